using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>/events: the public list of events, or a month of them, filtered by type, area, dates and need for volunteers.</summary>
public sealed partial class EventsController
{
    private const int PageSize = 40;

    [HttpGet("/events")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [CachedPerSession]
    public async Task<IActionResult> Index([FromQuery] EventFilter filter, CancellationToken cancellationToken)
    {
        // The list is the same for everyone who asks for the same (normalised) filter: a signed-in visitor, whom
        // the output cache does not serve, gets it from memory and only the page around it is rendered fresh.
        var dates = filter.Dates(CentralTimeZone.Today(clock));
        var key = string.Create(CultureInfo.InvariantCulture,
            $"events:{filter.SearchText()}|{filter.IsMonthView}|{filter.MonthDate()}|{dates.From}|{dates.To}|{filter.EventType()}|{filter.AreaId()}|{filter.Seeking == "true"}|{Math.Clamp(filter.PageNumber(), 1, 1000)}");
        var data = await publicData.GetOrCreateAsync(key, ct => ListAsync(filter, dates, ct), cancellationToken);
        return View(new EventIndexViewModel
        {
            Filter = filter, Areas = data.Areas, Events = data.Events, MonthStart = data.MonthStart, Page = data.Page, HasMore = data.HasMore,
            DateProblems = dates.Problems,
        });
    }

    private async Task<EventListData> ListAsync(EventFilter filter, CheckedRange dates, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var areas = await db.AreaOptionsAsync(cancellationToken);
        var query = Filtered(db.Events.AsNoTracking().Public(), filter);

        if (filter.IsMonthView)
        {
            var month = filter.MonthDate() ?? DateOnly.FromDateTime(CentralTime.ToLocal(now));
            var first = new DateOnly(month.Year, month.Month, 1);
            var fromUtc = CentralTimeInput.ToUtc(first, TimeOnly.MinValue)!.Value;
            var toUtc = CentralTimeInput.ToUtc(first.AddMonths(1), TimeOnly.MinValue)!.Value;
            var inMonth = await query.Where(e => e.StartUtc < toUtc && e.EndUtc > fromUtc).OrderBy(e => e.StartUtc)
                .ToListItems().Take(500).ToListAsync(cancellationToken);
            return new EventListData(areas, inMonth, first, 1, false);
        }

        var fromDate = dates.From;
        var from = fromDate is { } f ? CentralTimeInput.ToUtc(f, TimeOnly.MinValue) ?? now : now;
        query = query.Where(e => e.EndUtc >= from && e.Status != EventStatus.Completed);
        if (dates.To is { } to)
        {
            var toUtc = CentralTimeInput.ToUtc(to.AddDays(1), TimeOnly.MinValue) ?? DateTime.MaxValue;
            query = query.Where(e => e.StartUtc < toUtc);
        }

        var page = Math.Clamp(filter.PageNumber(), 1, 1000);
        var items = await query.OrderBy(e => e.StartUtc).ThenBy(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .ToListItems().ToListAsync(cancellationToken);
        return new EventListData(areas, items.Take(PageSize).ToList(), null, page, items.Count > PageSize);
    }

    private sealed record EventListData(IReadOnlyList<AreaOption> Areas, IReadOnlyList<EventListItem> Events, DateOnly? MonthStart, int Page, bool HasMore);
}

public sealed class EventIndexViewModel
{
    public EventFilter Filter { get; init; } = new();
    public IReadOnlyList<AreaOption> Areas { get; init; } = [];
    public IReadOnlyList<EventListItem> Events { get; set; } = [];
    public DateOnly? MonthStart { get; set; }

    /// <summary>What was changed in the typed dates and why (shown above the list).</summary>
    public IReadOnlyList<string> DateProblems { get; set; } = [];
    public int Page { get; set; } = 1;
    public bool HasMore { get; set; }
}
