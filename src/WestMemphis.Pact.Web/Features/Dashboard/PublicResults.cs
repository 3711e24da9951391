using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Dashboard;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <summary>
/// /about/results: the public part of the engagement dashboard, by month and by area, printable. Program figures only
/// (events held, volunteer hours, presentations and people reached, concerns and how fast they were resolved, problems
/// closed and assessed); no officer's contacts and nothing about a person. Concern counts follow the public crime
/// summary's rule: counts under the minimum are withheld, with whatever else it takes so none can be worked out.
/// </summary>
[AllowAnonymous]
public sealed class PublicResultsController(AppDbContext db, EngagementQueries engagement, TimeProvider clock, IOptions<PublicCrimeOptions> crimeOptions) : Controller
{
    [HttpGet("about/results")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Index(string? month, string? area, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(CentralTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var months = Months(today);
        var year = new ReportPeriod(months[^1], ReportPeriod.Month(months[0]).To);
        var areas = await AreasAsync(db, cancellationToken);

        var errors = new List<KeyValuePair<string, string>>();
        var period = year;
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (month.Length == 7 && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) && months.Contains(m))
            {
                period = ReportPeriod.Month(m);
            }
            else
            {
                errors.Add(new("month", "Choose a month from the list: the last twelve whole months."));
            }
        }

        var chosen = string.IsNullOrWhiteSpace(area) ? null : areas.FirstOrDefault(a => string.Equals(a.Code, area.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(area) && chosen is null)
        {
            errors.Add(new("area", "Choose an area from the list."));
        }

        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key, message);
        }

        var monthItems = months.Select(m => new SelectListItem(m.ToString("MMMM yyyy", CultureInfo.InvariantCulture), m.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            period.From == m && period.To == ReportPeriod.Month(m).To)).ToList();
        var areaItems = areas.Select(a => new SelectListItem(a.Name, a.Code, a.Id == chosen?.Id)).ToList();
        var shownMonth = period == year ? null : period.From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new PublicResultsPage(shownMonth, chosen?.Code, chosen?.Name, monthItems, areaItems, null, [], [], [], crimeOptions.Value.MinimumCell));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var minimum = crimeOptions.Value.MinimumCell;
        var figures = await engagement.LoadAsync(period, chosen?.Id, now, cancellationToken);

        // Month by month over the last twelve months (the same rows whichever single month is chosen).
        var trend = period == year ? figures : await engagement.LoadAsync(year, chosen?.Id, now, cancellationToken);
        var monthLabels = trend.Months.Select(m => m.ToString("MMM yyyy", CultureInfo.InvariantCulture)).ToList();
        var concernsByMonth = PublicCrimeTable.OneColumn(trend.Concerns.ByMonth.Select(v => (int)v.Value).ToList(), minimum);
        var byMonth = trend.Months.Select((m, i) => new PublicMonthRow(monthLabels[i],
            (int)Value(trend.Events.ByMonth, m), Value(trend.Volunteers.HoursByMonth, m), (int)Value(trend.Presentations.ByMonth, m),
            (int)Value(trend.Presentations.PeopleByMonth, m), concernsByMonth[i])).ToList();

        // Area by area for the period chosen (citywide only: an area's page is the area's own row).
        var byArea = chosen is null ? await ByAreaAsync(engagement, period, areas, now, minimum, cancellationToken) : [];
        var headlines = Headlines(figures, minimum);
        return View(new PublicResultsPage(shownMonth, chosen?.Code, chosen?.Name, monthItems, areaItems, period, headlines, byMonth, byArea, minimum)
        {
            Charts = [trend.Charts.First(ch => ch.Id == "chart-events"), trend.Charts.First(ch => ch.Id == "chart-hours"), trend.Charts.First(ch => ch.Id == "chart-presentations")],
        });
    }

    /// <summary>The months the page offers, newest first: the last twelve whole months (Central time).</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly today)
    {
        var lastMonth = ReportPeriod.LastFullMonth(today);
        return Enumerable.Range(0, 12).Select(i => lastMonth.From.AddMonths(-i)).ToList();
    }

    /// <summary>The areas in the page's order.</summary>
    public static async Task<IReadOnlyList<PublicResultsArea>> AreasAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new PublicResultsArea(a.Id, a.Name, a.Code)).ToListAsync(cancellationToken);

    /// <summary>
    /// "Area by area" for a period, exactly as the page shows it (concern counts withheld across the areas); /data's
    /// program-results dataset reads it here, so it withholds what the page withholds.
    /// </summary>
    public static async Task<IReadOnlyList<PublicAreaRow>> ByAreaAsync(EngagementQueries engagement, ReportPeriod period, IReadOnlyList<PublicResultsArea> areas,
        DateTime now, int minimum, CancellationToken cancellationToken)
    {
        var perArea = new List<(string Name, string Code, EngagementFigures Figures)>();
        foreach (var a in areas)
        {
            perArea.Add((a.Name, a.Code, await engagement.LoadAsync(period, a.Id, now, cancellationToken)));
        }

        var received = PublicCrimeTable.OneColumn(perArea.Select(p => p.Figures.Concerns.Current.Received).ToList(), minimum);
        var resolved = PublicCrimeTable.OneColumn(perArea.Select(p => p.Figures.Concerns.Current.Resolved).ToList(), minimum);
        return perArea.Select((p, i) => new PublicAreaRow(p.Name, p.Code, p.Figures.Events.Held, p.Figures.Volunteers.Current.Hours,
            p.Figures.Presentations.Current.Given, received[i], resolved[i], p.Figures.Problems.Current.Closed)).ToList();
    }

    /// <summary>"In numbers" for a period and scope, exactly as the page shows it (the concern figures withheld the same way when small).</summary>
    public static IReadOnlyList<PublicHeadline> Headlines(EngagementFigures figures, int minimum)
    {
        var concernTotals = PublicCrimeTable.OneColumn([figures.Concerns.Current.Received, figures.Concerns.Current.Resolved], minimum);
        var c = figures.Concerns.Current;
        return new List<PublicHeadline>
        {
            new("Events held", Shown(figures.Events.Held)),
            new("Volunteer hours", Shown(figures.Volunteers.Current.Hours)),
            new("Volunteers who served", Shown(figures.Volunteers.Current.Volunteers)),
            new("Presentations and visits given", Shown(figures.Presentations.Current.Given)),
            new("People reached by presentations", Shown(figures.Presentations.Current.PeopleReached)),
            new("Rusty the Crime Dog appearances", Shown(figures.Presentations.Current.Rusty)),
            new("Concerns received", concernTotals[0]),
            new("Concerns resolved", concernTotals[1]),
            new("Median days to resolve a concern", c.MedianDaysToResolve is { } days && c.Resolved >= minimum ? new PublicCell((int)Math.Round(days, MidpointRounding.AwayFromZero)) : new PublicCell(null)),
            new("Problem-solving projects closed", Shown(figures.Problems.Current.Closed)),
            new("Projects assessed effective", Shown(figures.Problems.Current.AssessedEffective)),
        };
    }

    private static double Value(IReadOnlyList<MonthValue> series, DateOnly month) => series.FirstOrDefault(v => v.Month == month).Value;

    private static PublicCell Shown(double value) => new((int)Math.Round(value, MidpointRounding.AwayFromZero));
}

public sealed record PublicResultsPage(string? Month, string? AreaCode, string? AreaName, IReadOnlyList<SelectListItem> Months, IReadOnlyList<SelectListItem> Areas,
    ReportPeriod? Period, IReadOnlyList<PublicHeadline> Headlines, IReadOnlyList<PublicMonthRow> ByMonth, IReadOnlyList<PublicAreaRow> ByArea, int MinimumCell)
{
    public IReadOnlyList<MonthlyChart> Charts { get; init; } = [];

    public string Scope => AreaName ?? "the whole city";
}

public sealed record PublicResultsArea(int Id, string Name, string Code);

public sealed record PublicHeadline(string Label, PublicCell Value);

public sealed record PublicMonthRow(string Month, int EventsHeld, double Hours, int Presentations, int PeopleReached, PublicCell ConcernsReceived);

public sealed record PublicAreaRow(string Name, string Code, int EventsHeld, double Hours, int Presentations, PublicCell ConcernsReceived, PublicCell ConcernsResolved, int ProblemsClosed);
