using System.Globalization;

namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// Reads the date-times crime files use: Chicago's "05/31/2019 11:55:00 PM", ISO 8601 ("2019-05-31T23:55:00",
/// with or without a "Z" or offset), "2019-05-31 23:55". Without an offset the time is West Memphis (Central)
/// wall-clock time. A time in the spring-forward gap is read with the standard-time offset (it is an hour later in
/// daylight terms); a time that happens twice is taken as the first (daylight) one. Never throws.
/// </summary>
public static class CrimeDates
{
    private static readonly string[] LocalFormats =
    [
        "MM/dd/yyyy hh:mm:ss tt", "M/d/yyyy h:mm:ss tt", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy MMM dd hh:mm:ss tt",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    /// <summary>True and the UTC time when <paramref name="text"/> is a date-time in a known format and a sensible year.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, TimeZoneInfo zone, out DateTime utc)
    {
        utc = default;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 40)
        {
            return false;
        }

        var last = text[^1];
        var hasOffset = last is 'Z' or 'z' || (text.Length > 19 && text[10] == 'T' && (text[^6] is '+' or '-') && text[^3] == ':');
        if (hasOffset)
        {
            if (!DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
            {
                return false;
            }

            utc = dto.UtcDateTime;
            return utc.Year is >= MinYear and <= MaxYear;
        }

        if (!(TryReadCommon(text, out var local) || DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out local))
            || local.Year is < MinYear or > MaxYear)
        {
            return false;
        }

        utc = LocalToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return true;
    }

    /// <summary>
    /// The two shapes nearly every row of a large file has — Chicago's "05/31/2019 11:55:00 PM" and ISO "2019-05-31T23:55:00"
    /// — read digit by digit; anything else (or anything out of range) is left to the general parser.
    /// </summary>
    private static bool TryReadCommon(ReadOnlySpan<char> t, out DateTime local)
    {
        local = default;
        int year, month, day, hour, minute, second;
        if (t.Length == 22 && t[2] == '/' && t[5] == '/' && t[10] == ' ' && t[13] == ':' && t[16] == ':' && t[19] == ' ' && t[21] is 'M' or 'm')
        {
            var pm = t[20] is 'P' or 'p';
            if (!pm && t[20] is not ('A' or 'a'))
            {
                return false;
            }

            (month, day, year, hour, minute, second) = (Number(t[..2]), Number(t[3..5]), Number(t[6..10]), Number(t[11..13]), Number(t[14..16]), Number(t[17..19]));
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (t.Length == 19 && t[4] == '-' && t[7] == '-' && t[10] is 'T' or ' ' && t[13] == ':' && t[16] == ':')
        {
            (year, month, day, hour, minute, second) = (Number(t[..4]), Number(t[5..7]), Number(t[8..10]), Number(t[11..13]), Number(t[14..16]), Number(t[17..19]));
        }
        else
        {
            return false;
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23
            || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>The value of a run of ASCII digits, or -1 when any character is not one.</summary>
    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Wall-clock time in <paramref name="zone"/> to UTC, defined for every wall-clock time (gaps and overlaps included).</summary>
    public static DateTime LocalToUtc(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // 2:30 AM on spring-forward day: read with the offset in force just before the gap (standard time).
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return DateTime.SpecifyKind(local - before, DateTimeKind.Utc);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        return DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);
    }
}
