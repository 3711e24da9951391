using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>The offenses behind every number of the review (search, filters, paging) and an incident's detail, whose every view is audited.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class CrimeIncidentsController(AppDbContext db, CrimeReviewQueries queries, TimeProvider clock, AuditLog audit, ILogger<CrimeIncidentsController> logger) : Controller
{
    public const int PageSize = 50;

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
        return CsvExport.File($"crime-offenses-{search.Span.Start.ToString(ReviewFilter.DateFormat, inv)}-{search.Span.End.ToString(ReviewFilter.DateFormat, inv)}.csv",
            ["Incident", "Source", "Occurred (Central)", "NIBRS code", "Offense", "Category", "Area", "Hundred block", "Disposition"],
            Rows(query.OrderBy(o => o.OccurredAtUtc).ThenBy(o => o.Id)).AsAsyncEnumerable(),
            r => [r.IncidentNumber, r.Source, CentralTime.ToLocal(r.OccurredUtc).ToString("yyyy-MM-dd HH:mm", inv), r.Code, r.Description, r.Category.ToString(), r.Area ?? "Unassigned", r.Block, r.Disposition]);
    }

    [HttpGet("crime/incidents/{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().Include(i => i.Area).Include(i => i.Offenses).ThenInclude(o => o.NibrsOffense)
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        // Exact address and details are staff-only; every view is audited.
        await audit.WriteAsync("Viewed", nameof(Incident), id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        logger.LogInformation("Incident {IncidentId} viewed", id);
        return View(incident);
    }

    /// <summary>What was asked, for the audit trail: the filters as the address carries them.</summary>
    private static string Filters(IncidentSearch search) => "filters " + search.Query().TrimStart('?');

    private static IQueryable<IncidentRow> Rows(IQueryable<IncidentOffense> query) => query.Select(o => new IncidentRow(
        o.IncidentId, o.Incident!.SourceIncidentNumber, o.Incident.Source, o.OccurredAtUtc, o.NibrsCode, o.NibrsOffense != null ? o.NibrsOffense.Name : o.Description,
        o.Category, o.Incident.Area != null ? o.Incident.Area.Name : null, o.Incident.HundredBlock, o.Incident.Disposition));

    private async Task<(IncidentSearch Search, IQueryable<IncidentOffense> Query)> SearchAsync(IncidentSearchForm form, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var end = ReviewPeriods.DefaultEnd(clock.GetUtcNow(), CrimeReviewQueries.Zone);
        var to = end;
        var from = end.AddDays(-27);
        if (!string.IsNullOrWhiteSpace(form.To))
        {
            if (ReviewFilter.TryDate(form.To, out var t) && t.Year is >= 1900 and <= 9000)
            {
                to = t;
                from = t.AddDays(-27);
            }
            else
            {
                problems.Add("The 'to' date must be a date like 2026-11-24.");
            }
        }

        if (!string.IsNullOrWhiteSpace(form.From))
        {
            if (ReviewFilter.TryDate(form.From, out var f) && f.Year is >= 1900 and <= 9000)
            {
                from = f;
            }
            else
            {
                problems.Add("The 'from' date must be a date like 2026-10-28.");
            }
        }

        if (from > to)
        {
            problems.Add("The 'from' date is after the 'to' date; they were swapped.");
            (from, to) = (to, from);
        }

        int? area = null;
        if (form.Area is { } a)
        {
            if (await db.Areas.AnyAsync(x => x.Id == a, cancellationToken))
            {
                area = a;
            }
            else
            {
                problems.Add("There is no such area; all areas are shown.");
            }
        }

        var category = ReviewCategory.All;
        if (!string.IsNullOrWhiteSpace(form.Category))
        {
            if (ReviewCategories.FromSlug(form.Category) is { } c)
            {
                category = c;
            }
            else
            {
                problems.Add("There is no such category; all offenses are shown.");
            }
        }

        var span = new DateSpan(from, to);
        var query = queries.Offenses(span, area, category);
        DayOfWeek? day = form.Day is >= 0 and <= 6 ? (DayOfWeek)form.Day.Value : null;
        int? hour = form.Hour is >= 0 and <= 23 ? form.Hour : null;
        if (form.Day is not null && day is null)
        {
            problems.Add("The day must be 0 (Sunday) to 6 (Saturday).");
        }

        if (form.Hour is not null && hour is null)
        {
            problems.Add("The hour must be 0 to 23.");
        }

        if (day is not null || hour is not null)
        {
            query = query.Where(LocalTimeFilter(span, day, hour));
        }

        var block = Clean(form.Block, 200);
        if (block is not null)
        {
            query = query.Where(o => o.Incident!.HundredBlock == block);
        }

        var text = Clean(form.Q, 100);
        if (text is not null)
        {
            query = query.Where(o => o.Incident!.SourceIncidentNumber == text || o.Description.Contains(text) || (o.NibrsCode != null && o.NibrsCode == text)
                || (o.Incident.HundredBlock != null && o.Incident.HundredBlock.Contains(text)));
        }

        return (new IncidentSearch(span, area, category, day, hour, block, text, problems), query);
    }

    private static string? Clean(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return trimmed.Length == 0 ? null : trimmed.Length > max ? trimmed[..max] : trimmed;
    }

    /// <summary>Offenses at a local day of the week and/or hour within the span: an OR of the UTC hours that are those local hours.</summary>
    private static Expression<Func<IncidentOffense, bool>> LocalTimeFilter(DateSpan span, DayOfWeek? day, int? hour)
    {
        var (from, to) = span.ToUtc(CrimeReviewQueries.Zone);
        var ranges = new List<(DateTime From, DateTime To)>();
        for (var h = from; h < to; h = h.AddHours(1))
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(h, CrimeReviewQueries.Zone);
            if ((day is null || local.DayOfWeek == day) && (hour is null || local.Hour == hour))
            {
                if (ranges.Count > 0 && ranges[^1].To == h)
                {
                    ranges[^1] = (ranges[^1].From, h.AddHours(1));
                }
                else
                {
                    ranges.Add((h, h.AddHours(1)));
                }
            }
        }

        var o = Expression.Parameter(typeof(IncidentOffense), "o");
        var time = Expression.Property(o, nameof(IncidentOffense.OccurredAtUtc));
        Expression body = Expression.Constant(false);
        foreach (var (f, t) in ranges.Take(400))
        {
            body = Expression.OrElse(body, Expression.AndAlso(
                Expression.GreaterThanOrEqual(time, Expression.Constant(f)),
                Expression.LessThan(time, Expression.Constant(t))));
        }

        return Expression.Lambda<Func<IncidentOffense, bool>>(body, o);
    }
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
