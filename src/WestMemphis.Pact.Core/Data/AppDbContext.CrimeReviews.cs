using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime.Reviews;

namespace WestMemphis.Pact.Data;

// Crime review meetings and their action items.
public partial class AppDbContext
{
    public DbSet<CrimeReview> CrimeReviews => Set<CrimeReview>();
    public DbSet<CrimeReviewArea> CrimeReviewAreas => Set<CrimeReviewArea>();
    public DbSet<CrimeActionItem> CrimeActionItems => Set<CrimeActionItem>();
}
