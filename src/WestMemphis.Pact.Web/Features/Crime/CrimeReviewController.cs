using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>The CompStat-style review, citywide or for one area: tables, trends, day × hour, top blocks, map; print and CSV.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class CrimeReviewController(AppDbContext db, CrimeReviewQueries queries, TimeProvider clock) : Controller
{
    [HttpGet("crime/review")]
    public async Task<IActionResult> Index(ReviewFilterForm form, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var model = await BuildAsync(form, includeByArea: true, cancellationToken);
        Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"review;dur={watch.Elapsed.TotalMilliseconds:0.0}");
        return View(model);
    }

    /// <summary>The meeting handout: the citywide review and a page per area.</summary>
    [HttpGet("crime/review/print")]
    public async Task<IActionResult> Print(ReviewFilterForm form, CancellationToken cancellationToken)
    {
        var areas = await AreaNamesAsync(cancellationToken);
        var filter = ReviewFilter.Read(form, DefaultEnd(), areas);
        var pages = new List<ReviewPageViewModel>();
        var ids = filter.AreaId is { } only ? [only] : areas.Keys.Prepend(0).ToList();
        foreach (var id in ids)
        {
            pages.Add(await BuildAsync(new ReviewFilterForm { End = filter.EndText, Area = id == 0 ? null : id, Category = form.Category }, includeByArea: id == 0, cancellationToken));
        }

        return View(new ReviewPrintViewModel(filter, pages));
    }

    [HttpGet("crime/review.csv")]
    public async Task<IActionResult> Csv(ReviewFilterForm form, string? table, CancellationToken cancellationToken)
    {
        var model = await BuildAsync(form, includeByArea: table == "areas", cancellationToken);
        var scope = model.Filter.AreaName ?? "Citywide";
        var name = $"crime-review-{(table ?? "comparison")}-{model.Filter.EndText}.csv";
        var inv = CultureInfo.InvariantCulture;
        switch (table)
        {
            case "trend":
                return CsvDownload.File(name, ["Scope", "Category", "Week from", "Week to", "Offenses", "Same week a year earlier"],
                    model.Figures.Trends.SelectMany(t => model.Figures.Weeks.Select((w, i) => (IReadOnlyList<string?>)
                        [scope, ReviewCategories.Label(t.Category), w.Start.ToString(ReviewFilter.DateFormat, inv), w.End.ToString(ReviewFilter.DateFormat, inv),
                         t.ThisYear[i].ToString(inv), t.YearEarlier[i].ToString(inv)])).ToList());
            case "dayhour":
                return CsvDownload.File(name, ["Scope", "Category", "Day", .. Enumerable.Range(0, 24).Select(h => h.ToString("00", inv) + ":00")],
                    DayHourGrid.Days.Select(d => (IReadOnlyList<string?>)[scope, ReviewCategories.Label(model.Filter.Category), d.ToString(), .. Enumerable.Range(0, 24).Select(h => model.DayHour[d, h].ToString(inv))]).ToList());
            case "blocks":
                return CsvDownload.File(name, ["Scope", "Category", "From", "To", "Hundred block", "Offenses"],
                    model.Blocks.Select(b => (IReadOnlyList<string?>)[scope, ReviewCategories.Label(model.Filter.Category), model.RecentSpan.Start.ToString(ReviewFilter.DateFormat, inv), model.RecentSpan.End.ToString(ReviewFilter.DateFormat, inv), b.Block, b.Count.ToString(inv)]).ToList());
            case "areas":
                return CsvDownload.File(name, ["Area", "Category", "Last 28 days", "Prior 28 days", "Change", "Percent change", "z"],
                    (model.ByArea ?? []).Select(a => (IReadOnlyList<string?>)[a.Name, ReviewCategories.Label(model.Filter.Category), a.Change.Current.ToString(inv), a.Change.Previous.ToString(inv), a.Change.ChangeText, a.Change.PercentText, a.Change.ZText]).ToList());
            case null or "" or "comparison":
                return CsvDownload.File(name, ["Scope", "Category", "Period", "From", "To", "Current", "Previous", "Change", "Percent change", "z", "Flagged"],
                    model.Figures.Lines.SelectMany(l => l.ByPeriod.Select((c, i) => (IReadOnlyList<string?>)
                        [scope, l.Label, model.Figures.Periods[i].Label, model.Figures.Periods[i].Current.Start.ToString(ReviewFilter.DateFormat, inv), model.Figures.Periods[i].Current.End.ToString(ReviewFilter.DateFormat, inv),
                         c.Current.ToString(inv), c.Previous.ToString(inv), c.ChangeText, c.PercentText, c.ZText, c.Flagged ? "yes" : "no"])).ToList());
            default:
                return NotFound();
        }
    }

    private DateOnly DefaultEnd() => ReviewPeriods.DefaultEnd(clock.GetUtcNow(), CrimeReviewQueries.Zone);

    private Task<Dictionary<int, string>> AreaNamesAsync(CancellationToken cancellationToken) =>
        db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

    private async Task<ReviewPageViewModel> BuildAsync(ReviewFilterForm form, bool includeByArea, CancellationToken cancellationToken)
    {
        var areas = await AreaNamesAsync(cancellationToken);
        var filter = ReviewFilter.Read(form, DefaultEnd(), areas);
        var figures = await queries.FiguresAsync(filter.End, filter.AreaId, cancellationToken);
        var recent = figures.Periods.First(p => p.Kind == ReviewPeriodKind.Last28Days);
        var dayHour = await queries.DayHourAsync(recent.Current, filter.AreaId, filter.Category, cancellationToken);
        var blocks = await queries.TopBlocksAsync(recent.Current, filter.AreaId, filter.Category, cancellationToken);
        IReadOnlyList<AreaChange>? byArea = null;
        string? map = null;
        IReadOnlyList<string> unmapped = [];
        if (includeByArea && filter.AreaId is null)
        {
            byArea = await queries.ByAreaAsync(recent, filter.Category, cancellationToken);
            // Areas are drawn from their stored GeoJSON boundaries; with none at all there is no map, and the page says so.
            var mapAreas = byArea.Where(a => a.AreaId is not null).Select(a => new SvgCharts.MapArea(a.Name,
                AreaBoundary.TryRead(a.BoundaryGeoJson, out var geometry, out _) ? geometry : null, a.Change,
                CrimeLinks.Review(filter.End, a.AreaId, filter.Category))).ToList();
            if (mapAreas.Any(a => a.Boundary is { IsEmpty: false }))
            {
                map = SvgCharts.AreaMap("area-map", $"{ReviewCategories.Label(filter.Category)}: last 28 days against the prior 28 days, by area", mapAreas);
                unmapped = mapAreas.Where(a => a.Boundary is not { IsEmpty: false }).Select(a => a.Name).ToList();
            }
        }

        var trendCategories = filter.Category == ReviewCategory.All ? ReviewCategories.All : [filter.Category];
        var scope = filter.AreaName ?? "Citywide";
        var trends = trendCategories.Select(c => new TrendChart(c,
            SvgCharts.WeeklyTrend($"trend-{ReviewCategories.Slug(c)}{(filter.AreaId is { } a ? "-" + a.ToString(CultureInfo.InvariantCulture) : "")}",
                $"{scope}: {ReviewCategories.Label(c)} by week", figures.Trend(c).ThisYear, figures.Trend(c).YearEarlier, figures.Weeks))).ToList();
        var options = areas.Select(a => (a.Key, a.Value)).ToList();
        return new ReviewPageViewModel(filter, options, scope, figures, dayHour, recent.Current, blocks, byArea, map, trends) { UnmappedAreas = unmapped };
    }
}

/// <summary>A weekly trend chart. <see cref="SvgCharts"/> HTML-encodes every text it writes into the SVG, so the
/// markup is written to the page as it is.</summary>
public sealed record TrendChart(ReviewCategory Category, string Svg)
{
    public IHtmlContent Markup => new HtmlString(Svg);
}

public sealed record ReviewPageViewModel(ReviewFilter Filter, IReadOnlyList<(int Id, string Name)> Areas, string Scope, ReviewFigures Figures,
    DayHourGrid DayHour, DateSpan RecentSpan, IReadOnlyList<BlockCount> Blocks, IReadOnlyList<AreaChange>? ByArea, string? MapSvg, IReadOnlyList<TrendChart> Trends)
{
    /// <summary>The area map, drawn by <see cref="SvgCharts"/> (which encodes every text it writes).</summary>
    public IHtmlContent? MapMarkup => MapSvg is null ? null : new HtmlString(MapSvg);

    /// <summary>Areas left off the map because they have no boundary (listed under it).</summary>
    public IReadOnlyList<string> UnmappedAreas { get; init; } = [];
}

public sealed record ReviewPrintViewModel(ReviewFilter Filter, IReadOnlyList<ReviewPageViewModel> Pages);
