using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>Search the offenses (filters, paging) and export them as CSV; both are audited with their filters.</summary>
public sealed partial class CrimeIncidentsController
{
    [HttpGet("crime/incidents")]
    public async Task<IActionResult> Index(IncidentSearchForm form, CancellationToken cancellationToken)
    {
        var (search, query) = await SearchAsync(form, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(form.Page ?? 1, 1, pages);
        var rows = await Rows(query.OrderByDescending(o => o.OccurredAtUtc).ThenByDescending(o => o.Id).Skip((page - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        await audit.WriteAsync("Searched", nameof(Incident), null, $"{Filters(search)}; page {page}; {rows.Count} of {total} offenses shown", cancellationToken: cancellationToken);
        return View(new IncidentListViewModel(search, await db.AreaOptionsAsync(cancellationToken), rows, total, page, pages));
    }

    [HttpGet("crime/incidents.csv")]
    public async Task<IActionResult> Csv(IncidentSearchForm form, CancellationToken cancellationToken)
    {
        var (search, query) = await SearchAsync(form, cancellationToken);
        // A bulk export: audited with its filters and row count (CJIS AU-2) before a row leaves.
        var count = await query.CountAsync(cancellationToken);
        await audit.WriteAsync("Exported", nameof(Incident), null, $"CSV; {Filters(search)}; {count} offenses", cancellationToken: cancellationToken);
        var inv = CultureInfo.InvariantCulture;
        return CsvDownload.File($"crime-offenses-{search.Span.Start.ToString(ReviewFilter.DateFormat, inv)}-{search.Span.End.ToString(ReviewFilter.DateFormat, inv)}.csv",
            ["Incident", "Source", "Occurred (Central)", "NIBRS code", "Offense", "Category", "Area", "Hundred block", "Disposition"],
            Rows(query.OrderBy(o => o.OccurredAtUtc).ThenBy(o => o.Id)).AsAsyncEnumerable(),
            r => [r.IncidentNumber, r.Source, CentralTime.ToLocal(r.OccurredUtc).ToString("yyyy-MM-dd HH:mm", inv), r.Code, r.Description, r.Category.ToString(), r.Area ?? "Unassigned", r.Block, r.Disposition]);
    }

    /// <summary>What was asked, for the audit trail: the filters as the address carries them.</summary>
    private static string Filters(IncidentSearch search) => "filters " + search.Query().TrimStart('?');

    private static IQueryable<IncidentRow> Rows(IQueryable<IncidentOffense> query) => query.Select(o => new IncidentRow(
        o.IncidentId, o.Incident!.SourceIncidentNumber, o.Incident.Source, o.OccurredAtUtc, o.NibrsCode, o.NibrsOffense != null ? o.NibrsOffense.Name : o.Description,
        o.Category, o.Incident.Area != null ? o.Incident.Area.Name : null, o.Incident.HundredBlock, o.Incident.Disposition));

    private Task<(IncidentSearch Search, IQueryable<IncidentOffense> Query)> SearchAsync(IncidentSearchForm form, CancellationToken cancellationToken) =>
        IncidentSearchQuery.ReadAsync(form, db, queries, clock, cancellationToken);
}

public sealed class IncidentSearchForm
{
    public string? From { get; set; }
    public string? To { get; set; }
    public int? Area { get; set; }
    public string? Category { get; set; }
    public string? Block { get; set; }
    public int? Day { get; set; }
    public int? Hour { get; set; }
    public string? Q { get; set; }
    public int? Page { get; set; }
}

public sealed record IncidentSearch(DateSpan Span, int? AreaId, ReviewCategory Category, DayOfWeek? Day, int? Hour, string? Block, string? Text, IReadOnlyList<string> Problems)
{
    private static string D(DateOnly d) => d.ToString(ReviewFilter.DateFormat, CultureInfo.InvariantCulture);

    public string Query(int? page = null) => QueryLinks.Build(("from", D(Span.Start)), ("to", D(Span.End)),
        ("area", AreaId?.ToString(CultureInfo.InvariantCulture)), ("category", Category == ReviewCategory.All ? null : ReviewCategories.Slug(Category)),
        ("block", Block), ("day", Day is null ? null : ((int)Day.Value).ToString(CultureInfo.InvariantCulture)), ("hour", Hour?.ToString(CultureInfo.InvariantCulture)),
        ("q", Text), ("page", page?.ToString(CultureInfo.InvariantCulture)));
}

public sealed record IncidentRow(long IncidentId, string IncidentNumber, string Source, DateTime OccurredUtc, string? Code, string Description,
    OffenseCategory Category, string? Area, string? Block, string? Disposition);

public sealed record IncidentListViewModel(IncidentSearch Search, IReadOnlyList<AreaOption> Areas, IReadOnlyList<IncidentRow> Rows, int Total, int Page, int Pages);
