using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>The coordinator's calendar: appearances (and, unfiltered, published events), month or week, filtered by officer or resource.</summary>
public sealed partial class AppearanceCalendarController
{
    [HttpGet("manage/calendar")]
    public async Task<IActionResult> Index(string? view, string? date, int? resource, CancellationToken cancellationToken)
    {
        var week = view == "week";
        var anchor = CentralTimeInput.TryParseDate(date, out var d) ? d : VisitTimes.Today(clock);
        DateOnly from, to;
        if (week)
        {
            from = anchor.AddDays(-(int)anchor.DayOfWeek);
            to = from.AddDays(7);
        }
        else
        {
            var first = new DateOnly(anchor.Year, anchor.Month, 1);
            from = first.AddDays(-(int)first.DayOfWeek);
            to = first.AddMonths(1);
            to = to.AddDays((7 - (int)to.DayOfWeek) % 7);
        }

        var fromUtc = CentralTimeInput.ToUtc(from, TimeOnly.MinValue) ?? from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toUtc = CentralTimeInput.ToUtc(to, TimeOnly.MinValue) ?? to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var appearances = await db.Appearances.AsNoTracking()
            .Where(a => a.Active && a.StartUtc < toUtc && fromUtc < a.EndUtc && (resource == null || a.Bookings.Any(b => b.ResourceId == resource)))
            .OrderBy(a => a.StartUtc).Take(1000)
            .Select(a => new
            {
                a.StartUtc,
                a.EndUtc,
                a.Location,
                a.RequestId,
                a.Request!.Kind,
                a.Request.ReferenceCode,
                For = a.Request.School != null ? a.Request.School.Name : a.Request.OrganizationName,
                Team = a.Bookings.Select(b => new { b.Resource!.Name, b.Resource.Kind }).ToList(),
            }).ToListAsync(cancellationToken);
        var entries = appearances.Select(a => new CalendarEntry(a.StartUtc, a.EndUtc, $"{PresentationLabels.Name(a.Kind)}: {a.For}", a.Location,
            $"/manage/presentations/{a.RequestId}", true, TeamText(a.Team.Select(t => (t.Name, t.Kind))))).ToList();
        if (resource is null)
        {
            var events = await db.Events.AsNoTracking()
                .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Completed) && e.StartUtc < toUtc && fromUtc < e.EndUtc)
                .OrderBy(e => e.StartUtc).Take(1000).Select(e => new { e.Id, e.Title, e.Location, e.StartUtc, e.EndUtc }).ToListAsync(cancellationToken);
            entries.AddRange(events.Select(e => new CalendarEntry(e.StartUtc, e.EndUtc, e.Title, e.Location, $"/manage/events/{e.Id}", false, null)));
        }

        var resources = await db.BookableResources.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Kind).ThenBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        return View(new CalendarViewModel(week ? "week" : "month", from, to, anchor, resource, resources.Select(r => (r.Id, r.Name)).ToList(),
            entries.OrderBy(e => e.StartUtc).ToList()));
    }

    /// <summary>The team as the calendar shows it; Rusty is named with his handler(s), or flagged when an older booking has none.</summary>
    internal static string TeamText(IEnumerable<(string Name, ResourceKind Kind)> team)
    {
        var list = team.ToList();
        var officers = list.Where(t => t.Kind == ResourceKind.Officer).Select(t => t.Name).ToList();
        return string.Join(", ", list.Where(t => t.Kind != ResourceKind.Officer).Select(t => t.Kind == ResourceKind.Mascot
            ? $"{t.Name} (handler: {(officers.Count > 0 ? string.Join(" and ", officers) : "none booked")})"
            : t.Name).Concat(list.Any(t => t.Kind == ResourceKind.Mascot) ? [] : officers));
    }
}

public sealed record CalendarEntry(DateTime StartUtc, DateTime EndUtc, string Title, string Where, string Url, bool IsAppearance, string? Team);

public sealed record CalendarViewModel(string View, DateOnly From, DateOnly To, DateOnly Anchor, int? ResourceId, IReadOnlyList<(int Id, string Name)> Resources,
    IReadOnlyList<CalendarEntry> Entries);
