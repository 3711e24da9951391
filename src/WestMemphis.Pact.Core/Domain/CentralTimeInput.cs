using System.Globalization;

namespace WestMemphis.Pact.Domain;

/// <summary>
/// Turns a date and a wall-clock time typed in West Memphis into UTC. A time in the spring-forward gap
/// (2:30 AM on 8 March 2026) does not exist and is refused with a message; a time in the fall-back
/// overlap (1:30 AM on 1 November 2026) happens twice and is taken as the first (daylight) one.
/// </summary>
public static class CentralTimeInput
{
    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 2000 and <= 2100;

    public static bool TryParseTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Null when the local time does not exist (the daylight-saving gap).</summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var zone = CentralTime.Zone;
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Both offsets are possible; the first occurrence is daylight time (the larger offset).
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    public static string GapMessage(DateOnly date, TimeOnly time) =>
        $"{time.ToString("h:mm tt", CultureInfo.GetCultureInfo("en-US"))} on {date.ToString("ddd, MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))} does not exist in Central time (clocks spring forward an hour). Choose another time.";

    public static string DateInput(DateTime utc) => CentralTime.ToLocal(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string TimeInput(DateTime utc) => CentralTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);
}
