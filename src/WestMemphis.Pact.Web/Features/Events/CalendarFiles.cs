using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>Calendar files: one event (.ics), and the feed of public events a calendar app subscribes to.</summary>
public sealed partial class EventsController
{
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
}
