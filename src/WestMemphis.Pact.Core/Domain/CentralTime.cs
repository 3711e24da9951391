using System.Globalization;

namespace WestMemphis.Pact.Domain;

/// <summary>
/// Times are stored in UTC and shown in West Memphis time (America/Chicago), the way people say them:
/// "Sat, Oct 3, 6:00 PM", and ranges as "Sat, Oct 3, 6:00–8:00 PM".
/// </summary>
public static class CentralTime
{
    public const string ZoneId = CentralTimeZone.ZoneId;

    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The zone, looked up once in Core (<see cref="CentralTimeZone"/>).</summary>
    public static TimeZoneInfo Zone => CentralTimeZone.Zone;

    /// <summary>Throws, with what to do about it, when the host has no data for America/Chicago.</summary>
    public static void EnsureAvailable() => CentralTimeZone.EnsureAvailable();

    public static TimeZoneInfo Find(Func<string, TimeZoneInfo> lookup) => CentralTimeZone.Find(lookup);

    public static DateTime ToLocal(DateTime utc) => CentralTimeZone.ToLocal(utc);

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
