using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>A concern as the public area page may count it: when, where and what kind, nothing else.</summary>
public sealed record ConcernFact(int? AreaId, ConcernCategory Category, DateTime CreatedUtc, DateTime? ResolvedUtc, int? ProblemId);

/// <summary>One month's concerns in an area after suppression: a row per category raised, the total, and how many were resolved.</summary>
public sealed record ConcernMonth(DateOnly Month, IReadOnlyList<(string Category, PublicCell Count)> Categories, PublicCell Total, PublicCell Resolved, double? MedianDaysToResolve)
{
    public bool Any => Categories.Count > 0;
}

/// <summary>The months of "you said" (oldest first), their span in UTC, and the concerns counted in it.</summary>
public sealed record ConcernWindow(IReadOnlyList<DateOnly> Months, DateTime StartUtc, DateTime EndUtc, IReadOnlyList<ConcernFact> Concerns);

/// <summary>
/// "You said": an area's concerns by category and month, through the public crime summary's suppression
/// (<see cref="PublishedTableProtection"/>) as one table of categories × months with its margins. The month totals and
/// resolved counts are also on /about/results (month by month for the area, area by area for each month, and the area's
/// own month), so a total or resolved count that page withholds starts withheld here and is protected like the rest:
/// reading both pages together gives no more than either.
/// </summary>
public static class ConcernMonths
{
    /// <summary>
    /// The last twelve whole months (oldest first) and every area's concerns received or resolved in them: counts only
    /// (the suppression must agree with /about/results, which compares areas), never a text column. The area pages and
    /// /data's "you said, we did" dataset both read them here.
    /// </summary>
    public static async Task<ConcernWindow> LoadAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var lastMonth = ReportPeriod.LastFullMonth(today).From;
        var months = Enumerable.Range(0, 12).Select(i => lastMonth.AddMonths(i - 11)).ToList();
        var start = CentralTimeZone.StartOfDayUtc(months[0], CentralTime.Zone);
        var end = CentralTimeZone.StartOfDayUtc(lastMonth.AddMonths(1), CentralTime.Zone);
        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.CreatedUtc >= start && c.CreatedUtc < end || c.ResolvedUtc >= start && c.ResolvedUtc < end)
            .Select(c => new ConcernFact(c.AreaId, c.Category, c.CreatedUtc, c.ResolvedUtc, c.ProblemId)).ToListAsync(cancellationToken);
        return new ConcernWindow(months, start, end, concerns);
    }

    public static IReadOnlyList<ConcernMonth> Build(int areaId, IReadOnlyList<int> areaIds, IReadOnlyList<DateOnly> monthsOldestFirst,
        IReadOnlyList<ConcernFact> concerns, int minimum)
    {
        var zone = CentralTime.Zone;
        var categories = Enum.GetValues<ConcernCategory>();
        var months = monthsOldestFirst;
        var monthIndex = months.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);
        int? MonthOf(DateTime utc) => monthIndex.TryGetValue(EngagementMath.MonthOf(utc, zone), out var i) ? i : null;

        // Received and resolved, per area and month (for /about/results's tables), and per category for this area.
        var received = new Dictionary<(int Area, int Month), int>();
        var resolved = new Dictionary<(int Area, int Month), int>();
        var grid = new int[categories.Length + 1, months.Count + 1];
        foreach (var c in concerns)
        {
            if (c.AreaId is not { } area)
            {
                continue;
            }

            if (MonthOf(c.CreatedUtc) is { } m)
            {
                received[(area, m)] = received.GetValueOrDefault((area, m)) + 1;
                if (area == areaId)
                {
                    var row = Array.IndexOf(categories, c.Category);
                    grid[row, m]++;
                    grid[row, months.Count]++;
                    grid[categories.Length, m]++;
                    grid[categories.Length, months.Count]++;
                }
            }

            if (c.ResolvedUtc is { } at && MonthOf(at) is { } rm)
            {
                resolved[(area, rm)] = resolved.GetValueOrDefault((area, rm)) + 1;
            }
        }

        // What /about/results withholds of this area's month totals and resolved counts.
        var areaRow = areaIds.ToList().IndexOf(areaId);
        var totalsByMonth = OneColumn(months.Select((_, m) => received.GetValueOrDefault((areaId, m))).ToList(), minimum);
        var alsoWithhold = new bool[categories.Length + 1, months.Count + 1];
        var resolvedWithheld = new bool[months.Count];
        for (var m = 0; m < months.Count; m++)
        {
            var receivedByArea = OneColumn(areaIds.Select(a => received.GetValueOrDefault((a, m))).ToList(), minimum);
            var resolvedByArea = OneColumn(areaIds.Select(a => resolved.GetValueOrDefault((a, m))).ToList(), minimum);
            var own = OneColumn([received.GetValueOrDefault((areaId, m)), resolved.GetValueOrDefault((areaId, m))], minimum);
            alsoWithhold[categories.Length, m] = totalsByMonth[m] || own[0] || areaRow >= 0 && receivedByArea[areaRow];
            resolvedWithheld[m] = own[1] || areaRow >= 0 && resolvedByArea[areaRow] || resolved.GetValueOrDefault((areaId, m)) < minimum;
        }

        var hidden = PublishedTableProtection.Protect(grid, minimum, alsoWithhold);
        PublicCell Cell(int r, int c) => new(hidden[r, c] ? null : grid[r, c]);

        var medians = concerns.Where(c => c.AreaId == areaId && c.ResolvedUtc is not null)
            .GroupBy(c => MonthOf(c.ResolvedUtc!.Value))
            .Where(g => g.Key is not null)
            .ToDictionary(g => g.Key!.Value, g => EngagementMath.Median(g.Select(c => EngagementMath.Days(c.CreatedUtc, c.ResolvedUtc!.Value))));

        return months.Select((month, m) =>
        {
            var rows = categories.Select((category, r) => (category, r)).Where(x => grid[x.r, m] > 0)
                .Select(x => (ConcernRules.Label(x.category), Cell(x.r, m))).ToList();
            var resolvedCell = resolvedWithheld[m] && resolved.GetValueOrDefault((areaId, m)) > 0 ? new PublicCell(null) : new PublicCell(resolved.GetValueOrDefault((areaId, m)));
            var median = resolvedCell.Value is { } n && n >= minimum && medians.TryGetValue(m, out var d) && d is { } days ? Math.Round(days, 1) : (double?)null;
            return new ConcernMonth(month, rows, Cell(categories.Length, m), resolvedCell, median);
        }).Reverse().ToList();
    }

    /// <summary>Which counts of a one-column table the public results page withholds (<see cref="PublicCrimeTable.OneColumn"/>).</summary>
    private static bool[] OneColumn(IReadOnlyList<int> counts, int minimum) =>
        PublicCrimeTable.OneColumn(counts, minimum).Select(c => c.Suppressed).ToArray();
}
