using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>The event a form page is about, for its heading and links.</summary>
public sealed record EventHeading(int Id, string Title, DateTime StartUtc, DateTime EndUtc)
{
    public static EventHeading From(Event e) => new(e.Id, e.Title, e.StartUtc, e.EndUtc);
}
