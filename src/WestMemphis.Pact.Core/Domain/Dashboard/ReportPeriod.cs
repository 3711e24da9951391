using System.Globalization;

namespace WestMemphis.Pact.Domain.Dashboard;

/// <summary>
/// A reporting period of whole days in West Memphis (Central) time, both ends included. The engagement dashboard
/// and the partner and congregation reports read every figure for such a period; its UTC bounds are local
/// days as <see cref="CentralTimeZone.StartOfDayUtc"/> starts them, as the crime review's weeks do.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period a page will compute: five years keeps every query bounded.</summary>
    public const int MaxDays = 5 * 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>
    /// The default when no dates are given: the last full calendar month, because its figures are complete and it is
    /// what the monthly report for the city council covers.
    /// </summary>
    public static ReportPeriod LastFullMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new ReportPeriod(first, first.AddMonths(1).AddDays(-1));
    }

    public static ReportPeriod Month(DateOnly anyDayInMonth)
    {
        var first = new DateOnly(anyDayInMonth.Year, anyDayInMonth.Month, 1);
        return new ReportPeriod(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The same dates a year earlier (29 February becomes 28 February).</summary>
    public ReportPeriod YearEarlier() => new(From.AddYears(-1), To.AddYears(-1));

    /// <summary>True when the period is whole calendar months.</summary>
    public bool IsWholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    public DateTime StartUtc(TimeZoneInfo zone) => CentralTimeZone.StartOfDayUtc(From, zone);

    /// <summary>Exclusive end: local midnight after <see cref="To"/>.</summary>
    public DateTime EndUtc(TimeZoneInfo zone) => CentralTimeZone.StartOfDayUtc(To.AddDays(1), zone);

    public bool Contains(DateTime utc, TimeZoneInfo zone) => utc >= StartUtc(zone) && utc < EndUtc(zone);

    /// <summary>"Oct 1 – Oct 31, 2026", or "October 2026" for one whole month.</summary>
    public string Label
    {
        get
        {
            var us = CultureInfo.GetCultureInfo("en-US");
            if (IsWholeMonths && From.AddMonths(1).AddDays(-1) == To)
            {
                return From.ToString("MMMM yyyy", us);
            }

            return From.Year == To.Year
                ? $"{From.ToString("MMM d", us)} – {To.ToString("MMM d, yyyy", us)}"
                : $"{From.ToString("MMM d, yyyy", us)} – {To.ToString("MMM d, yyyy", us)}";
        }
    }

    /// <summary>
    /// Reads the period from the filter's text boxes (yyyy-MM-dd). Both empty: <paramref name="fallback"/>. Otherwise
    /// the errors say what is wrong in words (keyed by field), and the period is null.
    /// </summary>
    public static (ReportPeriod? Period, IReadOnlyList<KeyValuePair<string, string>> Errors) Parse(string? from, string? to, ReportPeriod fallback)
    {
        var errors = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
        {
            return (fallback, errors);
        }

        var f = ParseDate(from, "From", "start", errors);
        var t = ParseDate(to, "To", "end", errors);
        if (f is { } start && t is { } end)
        {
            if (end < start)
            {
                errors.Add(new("To", "The end date is before the start date."));
            }
            else if (end.DayNumber - start.DayNumber + 1 > MaxDays)
            {
                errors.Add(new("To", "Choose a period of at most five years."));
            }
            else
            {
                return (new ReportPeriod(start, end), errors);
            }
        }

        return (null, errors);
    }

    private static DateOnly? ParseDate(string? value, string field, string word, List<KeyValuePair<string, string>> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, $"Enter the {word} date."));
            return null;
        }

        if (value.Length > 10 || !DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(field, $"The {word} date is not a real date; use the form 2026-10-31."));
            return null;
        }

        if (date.Year is < 2000 or > 2100)
        {
            errors.Add(new(field, $"The {word} date must be between the years 2000 and 2100."));
            return null;
        }

        return date;
    }
}
