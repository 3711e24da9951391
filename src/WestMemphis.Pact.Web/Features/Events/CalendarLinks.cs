using System.Globalization;
using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>
/// "Add to calendar" links for one event, as the calendars people use take them: Google Calendar's and Outlook's
/// own "new event" pages, prefilled, and the event's <c>.ics</c> file for Apple Calendar and every other app. The
/// links only take the visitor to those sites when clicked; nothing is loaded from them.
/// </summary>
public static class CalendarLinks
{
    /// <summary>Google Calendar's prefilled new-event page.</summary>
    public static string Google(string title, DateTime startUtc, DateTime endUtc, string location, string details) =>
        "https://calendar.google.com/calendar/render" + QueryLinks.Build(
            ("action", "TEMPLATE"),
            ("text", title),
            ("dates", $"{Compact(startUtc)}/{Compact(endUtc)}"),
            ("location", location),
            ("details", details));

    /// <summary>Outlook on the web's prefilled new-event page (Outlook.com and Microsoft 365 alike).</summary>
    public static string Outlook(string title, DateTime startUtc, DateTime endUtc, string location, string details) =>
        "https://outlook.live.com/calendar/0/deeplink/compose" + QueryLinks.Build(
            ("path", "/calendar/action/compose"),
            ("rru", "addevent"),
            ("subject", title),
            ("startdt", Iso(startUtc)),
            ("enddt", Iso(endUtc)),
            ("location", location),
            ("body", details));

    private static string Compact(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Iso(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
