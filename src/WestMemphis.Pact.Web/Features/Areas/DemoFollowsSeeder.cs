using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// Demo data (Development with demo data on): the demo resident follows Ward 2 from their account, and a few dozen
/// neighbours (addresses at example.org, which no mail server delivers) follow the wards by email, all confirmed, so
/// the weekly digest, an alert's follower count and a prevention message have someone to reach.
/// </summary>
public sealed class DemoFollowsSeeder(AppDbContext db, IOptions<SeedOptions> seed, IHostEnvironment environment, TimeProvider clock)
{
    /// <summary>How many neighbours follow each area by email.</summary>
    public const int NeighboursPerArea = 6;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!environment.IsDevelopment() || !seed.Value.DemoData || await db.AreaFollows.AnyAsync(cancellationToken))
        {
            return;
        }

        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Code }).ToListAsync(cancellationToken);
        var resident = await db.Users.AsNoTracking().Where(u => u.Email == "resident@demo.pact.local").Select(u => new { u.Id, u.Email }).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var wardTwo = areas.FirstOrDefault(a => a.Code == "W2");
        if (resident is not null && wardTwo is not null)
        {
            db.AreaFollows.Add(new AreaFollow { AreaId = wardTwo.Id, Email = resident.Email!, UserId = resident.Id, CreatedUtc = now.AddDays(-30), ConfirmedUtc = now.AddDays(-30) });
        }

        foreach (var area in areas)
        {
            for (var i = 1; i <= NeighboursPerArea; i++)
            {
                var since = now.AddDays(-7 * i);
                db.AreaFollows.Add(new AreaFollow
                {
                    AreaId = area.Id, Email = $"neighbour{i}.{area.Code.ToLowerInvariant()}@example.org", CreatedUtc = since, ConfirmedUtc = since,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
