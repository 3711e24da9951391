using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>
/// The public crime summary: counts by area and category for a closed month, under every privacy rule
/// (<see cref="PublicCrimeRules"/>). Served through the public-page cache; an import evicts it (<see cref="PublicCrimeCache"/>).
/// </summary>
[AllowAnonymous]
public sealed class PublicCrimeController(AppDbContext db, TimeProvider clock, IOptions<PublicCrimeOptions> options) : Controller
{
    [HttpGet("crime")]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicCrimeCache.Tag])]
    public async Task<IActionResult> Index(string? month, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), CrimeReviewQueries.Zone).DateTime);
        var months = PublicCrimeRules.ClosedMonths(today, settings);
        string? problem = null;
        var chosen = months[0];
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) && months.Contains(m))
            {
                chosen = m;
            }
            else
            {
                problem = "That month is not available; the latest closed month is shown.";
            }
        }

        var (table, nothingPublished) = await TableAsync(db, chosen, settings, cancellationToken);
        return View(new PublicCrimeViewModel(chosen, months, table, problem, settings.WithheldDays, nothingPublished));
    }

    /// <summary>
    /// The public table of one closed month, rows in the areas' order (then "not located"), exactly as /crime shows it;
    /// the area digest reads its figures here, so it withholds what the page withholds. NothingPublished: no offense
    /// type is public (a locked type never counts).
    /// </summary>
    public static async Task<(PublicCrimeTable Table, bool NothingPublished)> TableAsync(AppDbContext db, DateOnly month, PublicCrimeOptions settings, CancellationToken cancellationToken)
    {
        var span = new DateSpan(month, month.AddMonths(1).AddDays(-1));
        var (from, to) = span.ToUtc(CrimeReviewQueries.Zone);
        var counts = await db.IncidentOffenses.AsNoTracking()
            .Where(o => o.OccurredAtUtc >= from && o.OccurredAtUtc < to)
            .GroupBy(o => new { o.AreaId, o.Category, o.NibrsCode, o.Incident!.IsDomestic, o.Incident.IsJuvenile })
            .Select(g => new { g.Key.AreaId, g.Key.Category, g.Key.NibrsCode, g.Key.IsDomestic, g.Key.IsJuvenile, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var codes = await db.NibrsOffenseCodes.AsNoTracking().Select(c => new { c.Code, c.IsPublic, c.IsSensitive }).ToListAsync(cancellationToken);
        var published = codes.Where(c => c.IsPublic).Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sensitive = codes.Where(c => c.IsSensitive).Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var table = PublicCrimeRules.Build(areas.Select(a => (a.Id, a.Name)).ToList(),
            counts.Select(c => new PublicCount(c.NibrsCode is not null && sensitive.Contains(c.NibrsCode) ? null : c.AreaId,
                CrimeReviewQueries.Against(c.Category), c.NibrsCode, c.IsDomestic, c.IsJuvenile, c.Count)),
            published, settings);
        var nothingPublished = !codes.Any(c => c.IsPublic && !OffensePublishing.IsLocked(c.Code, c.IsSensitive));
        return (table, nothingPublished);
    }
}

public sealed record PublicCrimeViewModel(DateOnly Month, IReadOnlyList<DateOnly> Months, PublicCrimeTable Table, string? Problem, int WithheldDays,
    bool NothingPublished = false);
