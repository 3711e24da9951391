using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>One entry of an iCalendar feed: an event, or a person's shift.</summary>
public sealed record CalendarItem(string Uid, string Title, string? Description, string Location, DateTime StartUtc, DateTime EndUtc, bool Cancelled, string? Url);

/// <summary>RFC 5545 calendars (Ical.Net) with the Central time zone included and stable UIDs.</summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string TimeZoneId = "America/Chicago";

    public static string EventUid(int eventId) => $"event-{eventId}@pact.westmemphis.example";

    public static string ShiftUid(long signupId) => $"signup-{signupId}@pact.westmemphis.example";

    public static string Serialize(string name, IEnumerable<CalendarItem> items, DateTime nowUtc)
    {
        var calendar = new Calendar { ProductId = "-//West Memphis Police Department//PACT Portal//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddTimeZone(VTimeZone.FromSystemTimeZone(CentralTime.Zone));
        foreach (var item in items)
        {
            var entry = new CalendarEvent
            {
                Uid = item.Uid,
                Summary = item.Title,
                Description = item.Description,
                Location = item.Location,
                DtStart = new CalDateTime(CentralTime.ToLocal(item.StartUtc), TimeZoneId),
                DtEnd = new CalDateTime(CentralTime.ToLocal(item.EndUtc), TimeZoneId),
                DtStamp = new CalDateTime(nowUtc, "UTC"),
                Status = item.Cancelled ? "CANCELLED" : "CONFIRMED",
                Sequence = item.Cancelled ? 1 : 0,
            };
            if (item.Url is not null)
            {
                entry.Url = new Uri(item.Url);
            }

            calendar.Events.Add(entry);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static byte[] Bytes(string name, IEnumerable<CalendarItem> items, DateTime nowUtc) =>
        Encoding.UTF8.GetBytes(Serialize(name, items, nowUtc));

    public static CalendarItem ForEvent(Event e, string? url) => new(
        EventUid(e.Id), e.Status == Domain.EventStatus.Cancelled ? "CANCELLED: " + e.Title : e.Title, e.Description,
        e.Location, e.StartUtc, e.EndUtc, e.Status == Domain.EventStatus.Cancelled, url);
}
