using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.Data;

// The offense types a problem's assessment counts (links problems to crime data).
public partial class AppDbContext
{
    public DbSet<ProblemOffenseCode> ProblemOffenseCodes => Set<ProblemOffenseCode>();
}
