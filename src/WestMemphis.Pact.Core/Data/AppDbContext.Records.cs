using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Records;

namespace WestMemphis.Pact.Data;

// Records retention: legal holds and the runs of the nightly purge.
public partial class AppDbContext
{
    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();
    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();
}
