using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.Data;

// Problem-solving projects (SARA).
public partial class AppDbContext
{
    public DbSet<Problem> Problems => Set<Problem>();
    public DbSet<ProblemActionItem> ProblemActionItems => Set<ProblemActionItem>();
    public DbSet<ProblemPartner> ProblemPartners => Set<ProblemPartner>();
    public DbSet<ProblemCongregation> ProblemCongregations => Set<ProblemCongregation>();
}
