namespace WestMemphis.Pact.Domain;

/// <summary>
/// West Memphis time (America/Chicago): the one place the zone is looked up, and "today" for the dates staff
/// think in. The web's <c>CentralTime</c> formats with this zone; rules in Core take their days from here.
/// </summary>
public static class CentralTimeZone
{
    public const string ZoneId = "America/Chicago";

    private static readonly Lazy<TimeZoneInfo> LazyZone = new(() => Find(TimeZoneInfo.FindSystemTimeZoneById));

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

    /// <summary>The calendar day in West Memphis at the instant <paramref name="utc"/>.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>
    /// The UTC instant a local calendar day starts in <paramref name="zone"/> (West Memphis time when omitted): local
    /// midnight, or, in a zone whose clocks skip midnight on the day they spring forward, the first local time that
    /// exists that day. Every period the portal counts (dashboard months, crime-review weeks) starts here, so a day is
    /// 23 or 25 hours long on the days the clocks change, and no instant belongs to two days or to none.
    /// </summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo? zone = null)
    {
        zone ??= Zone;
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var end = local.AddDays(1);
        while (zone.IsInvalidTime(local) && local < end)
        {
            local = local.AddMinutes(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The UTC instant the West Memphis day holding <paramref name="utc"/> started (its day, at <see cref="StartOfDayUtc(DateOnly, TimeZoneInfo?)"/>).</summary>
    public static DateTime DayStartUtc(DateTime utc) => StartOfDayUtc(DayOf(utc));

    /// <summary>"Today" for dates staff think in: the calendar day in West Memphis.</summary>
    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow().UtcDateTime);
}
