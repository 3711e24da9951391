using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Data;

// Neighborhood concerns from residents and meetings.
public partial class AppDbContext
{
    public DbSet<Concern> Concerns => Set<Concern>();
    public DbSet<ConcernUpdate> ConcernUpdates => Set<ConcernUpdate>();
}
