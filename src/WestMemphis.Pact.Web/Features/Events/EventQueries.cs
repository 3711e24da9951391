using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>One row of an event list, projected straight from the database.</summary>
public sealed record EventListItem(int Id, string Title, EventType Type, string Location, string? AreaName, DateTime StartUtc, DateTime EndUtc,
    EventStatus Status, bool IsSeasonal, string? SeasonNote, bool SeekingVolunteers, int Capacity, int Filled, int Waitlist)
{
    public int SpotsLeft => Math.Max(0, Capacity - Filled);
    public string Url => Slug.EventPath(Id, Title);
}

public static class EventQueries
{
    public static IQueryable<EventListItem> ToListItems(this IQueryable<Event> events) => events.Select(e => new EventListItem(
        e.Id, e.Title, e.Type, e.Location, e.Area != null ? e.Area.Name : null, e.StartUtc, e.EndUtc, e.Status, e.IsSeasonal, e.SeasonNote,
        e.SeekingVolunteers, e.Shifts.Sum(s => s.Capacity), e.Shifts.Sum(s => s.Filled), e.Shifts.Sum(s => s.WaitlistCount)));

    /// <summary>What the public may see: published, cancelled (shown as such) and completed events.</summary>
    public static IQueryable<Event> Public(this IQueryable<Event> events) =>
        events.Where(e => e.Status == EventStatus.Published || e.Status == EventStatus.Cancelled || e.Status == EventStatus.Completed);
}
