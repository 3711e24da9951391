using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>The public calendar: anyone may browse published events and subscribe to the feeds.</summary>
[AllowAnonymous]
public sealed class EventsController(AppDbContext db, TimeProvider clock, LinkBuilder links, PublicDataCache publicData) : Controller
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
            $"events:{filter.IsMonthView}|{filter.MonthDate()}|{dates.From}|{dates.To}|{filter.EventType()}|{filter.AreaId()}|{filter.Seeking == "true"}|{Math.Clamp(filter.PageNumber(), 1, 1000)}");
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
        var areas = await AreasAsync(cancellationToken);
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

    [HttpGet("/volunteer")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Volunteer(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.SeekingVolunteers && e.StartUtc > now && e.Shifts.Any())
            .OrderBy(e => e.StartUtc).ToListItems().Take(30).ToListAsync(cancellationToken);
        return View(events);
    }

    [HttpGet("/events/{id:int}/{slug?}")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [CachedPerSession]
    public async Task<IActionResult> Details(int id, string? slug, CancellationToken cancellationToken)
    {
        // The event itself is the same for everyone (kept in memory a few seconds); what this visitor signed up for is
        // read fresh, onto a copy of its own, never onto the shared one.
        var shared = await publicData.GetOrCreateAsync(string.Create(CultureInfo.InvariantCulture, $"event:{id}"), ct => EventAsync(id, ct), cancellationToken);
        if (shared is null)
        {
            return NotFound();
        }

        var e = shared.ForViewer();
        e.Now = clock.GetUtcNow().UtcDateTime;
        e.SignedIn = User.Identity?.IsAuthenticated == true;
        e.IsResident = User.IsInRole(Roles.Resident);
        if (e.SignedIn && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var shiftIds = e.Shifts.Select(s => s.Id).ToList();
            var mine = await db.Signups.AsNoTracking()
                .Where(s => s.VolunteerId == userId && shiftIds.Contains(s.ShiftId) && s.Status != SignupStatus.Cancelled)
                .Select(s => new MySignupOnShift(s.Id, s.ShiftId, s.Status, 0))
                .ToListAsync(cancellationToken);
            var waiting = mine.Where(s => s.Status == SignupStatus.Waitlisted).Select(s => s.Id).ToList();
            var positions = waiting.Count == 0 ? [] : await db.WaitlistPositionsAsync(waiting, cancellationToken);
            e.MySignups = mine.Select(s => s with { WaitlistPosition = positions.GetValueOrDefault(s.Id) }).ToList();
        }

        return View(e);
    }

    private Task<EventDetailsViewModel?> EventAsync(int id, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Public().Where(x => x.Id == id)
            .Select(x => new EventDetailsViewModel
            {
                Id = x.Id,
                Title = x.Title,
                Type = x.Type,
                Description = x.Description,
                Location = x.Location,
                AreaName = x.Area != null ? x.Area.Name : null,
                AreaCode = x.Area != null ? x.Area.Code : null,
                StartUtc = x.StartUtc,
                EndUtc = x.EndUtc,
                Status = x.Status,
                IsSeasonal = x.IsSeasonal,
                SeasonNote = x.SeasonNote,
                SeekingVolunteers = x.SeekingVolunteers,
                Partners = x.Partners,
                CancellationReason = x.CancellationReason,
                Shifts = x.Shifts.OrderBy(s => s.StartUtc).ThenBy(s => s.Role).Select(s => new ShiftViewModel(
                    s.Id, s.Role, s.StartUtc, s.EndUtc, s.Capacity, s.Filled, s.WaitlistCount, s.MinimumAge, s.WorksWithChildren, s.Notes)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);

    [HttpGet("/events/{id:int}.ics")]
    public async Task<IActionResult> EventCalendarFile(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Public().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        var item = EventCalendar.ForEvent(e, links.Absolute(Slug.EventPath(e.Id, e.Title)));
        return File(EventCalendar.Bytes(e.Title, [item], clock.GetUtcNow().UtcDateTime), EventCalendar.ContentType, $"{Slug.From(e.Title)}.ics");
    }

    [HttpGet("/events/calendar.ics")]
    public async Task<IActionResult> CalendarFeed([FromQuery] EventFilter filter, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-90);
        var events = await Filtered(db.Events.AsNoTracking().Public(), filter)
            .Where(e => e.EndUtc >= since).OrderBy(e => e.StartUtc).Take(2000).ToListAsync(cancellationToken);
        var items = events.Select(e => EventCalendar.ForEvent(e, links.Absolute(Slug.EventPath(e.Id, e.Title))));
        return File(EventCalendar.Bytes("PACT West Memphis events", items, clock.GetUtcNow().UtcDateTime), EventCalendar.ContentType, "pact-events.ics");
    }

    private static IQueryable<Event> Filtered(IQueryable<Event> query, EventFilter filter)
    {
        if (filter.EventType() is { } type)
        {
            query = query.Where(e => e.Type == type);
        }

        if (filter.AreaId() is { } area)
        {
            query = query.Where(e => e.AreaId == area);
        }

        if (filter.Seeking == "true")
        {
            query = query.Where(e => e.SeekingVolunteers && e.Status == EventStatus.Published);
        }

        return query;
    }

    private Task<List<AreaOption>> AreasAsync(CancellationToken cancellationToken) => db.AreaOptionsAsync(cancellationToken);
}

/// <summary>Query-string filter. Everything is text so that nonsense is ignored rather than an error.</summary>
public sealed class EventFilter
{
    public string? Type { get; set; }
    public string? Area { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Seeking { get; set; }
    public string? View { get; set; }
    public string? Month { get; set; }
    public string? Page { get; set; }

    public bool IsMonthView => View == "month";

    public EventType? EventType() => EnumInput.Parse<EventType>(Type);

    public int? AreaId() => int.TryParse(Area, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;

    public DateOnly? FromDate() => CentralTimeInput.TryParseDate(From, out var d) ? d : null;

    public DateOnly? ToDate() => CentralTimeInput.TryParseDate(To, out var d) ? d : null;

    /// <summary>The typed dates within <see cref="DateRangeLimits"/>, with a message for each one changed.</summary>
    public CheckedRange Dates(DateOnly today) => DateRangeLimits.Check(DateRangeLimits.Read(From), DateRangeLimits.Read(To), today);

    public DateOnly? MonthDate() => DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        && d.Year is >= 2000 and <= 2100 ? d : null;

    public int PageNumber() => int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;

    public string Query(string? view = null, string? month = null, int? page = null) => QueryLinks.Build(
        ("type", EventType()?.ToString()),
        ("area", AreaId()?.ToString(CultureInfo.InvariantCulture)),
        ("from", FromDate()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("to", ToDate()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("seeking", Seeking == "true" ? "true" : null),
        ("view", view),
        ("month", month),
        ("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
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

public sealed record ShiftViewModel(int Id, string Role, DateTime StartUtc, DateTime EndUtc, int Capacity, int Filled, int WaitlistCount,
    int MinimumAge, bool WorksWithChildren, string? Notes)
{
    public int SpotsLeft => Math.Max(0, Capacity - Filled);
}

public sealed record MySignupOnShift(long Id, int ShiftId, SignupStatus Status, int WaitlistPosition);

public sealed class EventDetailsViewModel
{
    /// <summary>A copy for one visitor of the event as everyone sees it (the per-visitor properties are set on the copy).</summary>
    public EventDetailsViewModel ForViewer() => (EventDetailsViewModel)MemberwiseClone();

    public int Id { get; init; }
    public string Title { get; init; } = "";
    public EventType Type { get; init; }
    public string? Description { get; init; }
    public string Location { get; init; } = "";
    public string? AreaName { get; init; }
    public string? AreaCode { get; init; }
    public DateTime StartUtc { get; init; }
    public DateTime EndUtc { get; init; }
    public EventStatus Status { get; init; }
    public bool IsSeasonal { get; init; }
    public string? SeasonNote { get; init; }
    public bool SeekingVolunteers { get; init; }
    public string? Partners { get; init; }
    public string? CancellationReason { get; init; }
    public IReadOnlyList<ShiftViewModel> Shifts { get; init; } = [];
    public IReadOnlyList<MySignupOnShift> MySignups { get; set; } = [];
    public DateTime Now { get; set; }
    public bool SignedIn { get; set; }
    public bool IsResident { get; set; }
}
