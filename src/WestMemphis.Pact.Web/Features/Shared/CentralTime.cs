using System.Globalization;

namespace WestMemphis.Pact.Web.Features.Shared;

/// <summary>
/// Times are stored in UTC and shown in West Memphis time (America/Chicago), the way people say them:
/// "Sat, Oct 3, 6:00 PM", and ranges as "Sat, Oct 3, 6:00–8:00 PM".
/// </summary>
public static class CentralTime
{
    public const string ZoneId = "America/Chicago";

    private static readonly Lazy<TimeZoneInfo> LazyZone = new(() => Find(TimeZoneInfo.FindSystemTimeZoneById));
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// The zone from the host's time-zone database. The app checks it at start-up (<see cref="EnsureAvailable"/>),
    /// so a host without the data (a slim container) stops there with a message rather than on the first page.
    /// </summary>
    public static TimeZoneInfo Zone => LazyZone.Value;

    /// <summary>Throws, with what to do about it, when the host has no data for America/Chicago.</summary>
    public static void EnsureAvailable() => _ = Zone;

    /// <summary>Looks the zone up with <paramref name="lookup"/>; a missing or unreadable zone becomes a clear message.</summary>
    public static TimeZoneInfo Find(Func<string, TimeZoneInfo> lookup)
    {
        try
        {
            return lookup(ZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException(
                $"This host has no time-zone data for {ZoneId}, which PACT Portal needs to show West Memphis times. " +
                "Install the tzdata package in the image (Debian/Ubuntu: apt-get install tzdata; Alpine: apk add tzdata), " +
                "or point the TZDIR environment variable at a zoneinfo folder.", ex);
        }
    }

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string Format(DateTime utc) => ToLocal(utc).ToString("ddd, MMM d, yyyy, h:mm tt", Us);

    public static string FormatDate(DateTime utc) => ToLocal(utc).ToString("ddd, MMM d, yyyy", Us);

    public static string FormatRange(DateTime startUtc, DateTime endUtc)
    {
        var start = ToLocal(startUtc);
        var end = ToLocal(endUtc);
        var day = start.ToString("ddd, MMM d", Us);
        if (start.Date != end.Date)
        {
            return $"{day}, {Time(start)} – {end.ToString("ddd, MMM d", Us)}, {Time(end)}";
        }

        return start.ToString("tt", Us) == end.ToString("tt", Us)
            ? $"{day}, {start.ToString("h:mm", Us)}–{Time(end)}"
            : $"{day}, {Time(start)}–{Time(end)}";
    }

    private static string Time(DateTime local) => local.ToString("h:mm tt", Us);
}
