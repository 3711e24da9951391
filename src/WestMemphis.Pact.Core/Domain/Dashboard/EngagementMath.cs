namespace WestMemphis.Pact.Domain.Dashboard;

/// <summary>A figure this period against the same period a year earlier.</summary>
/// <param name="Percent">Null when the earlier figure is zero (a percentage of nothing means nothing: shown as "n/a").</param>
public readonly record struct YearOverYear(double Current, double Previous, double Change, double? Percent)
{
    public static YearOverYear Of(double current, double previous) =>
        new(current, previous, current - previous, previous == 0 ? null : Math.Round((current - previous) / previous * 100, 1, MidpointRounding.AwayFromZero));
}

/// <summary>The arithmetic of the engagement figures, kept apart from the queries so it can be tested on its own.</summary>
public static class EngagementMath
{
    /// <summary>The median, or null for no values (the middle value; the mean of the two middle values for an even count).</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Days between two instants, as a decimal (for "days to resolve").</summary>
    public static double Days(DateTime fromUtc, DateTime toUtc) => (toUtc - fromUtc).TotalDays;

    /// <summary>The first day of the Central-time month an instant falls in.</summary>
    public static DateOnly MonthOf(DateTime utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return new DateOnly(local.Year, local.Month, 1);
    }

    /// <summary>The months of a chart (first days): those of the period, and at least the twelve ending with its last month.</summary>
    public static IReadOnlyList<DateOnly> ChartMonths(ReportPeriod period)
    {
        var last = new DateOnly(period.To.Year, period.To.Month, 1);
        var first = new DateOnly(period.From.Year, period.From.Month, 1);
        if (first > last.AddMonths(-11))
        {
            first = last.AddMonths(-11);
        }

        var months = new List<DateOnly>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }

    /// <summary>
    /// Adds up values by Central-time month over <paramref name="months"/> (items in other months are left out), so
    /// that every month of the chart has a value, zero when nothing happened.
    /// </summary>
    public static IReadOnlyList<MonthValue> ByMonth<T>(IEnumerable<T> items, Func<T, DateTime> whenUtc, Func<T, double> value, IReadOnlyList<DateOnly> months, TimeZoneInfo zone)
    {
        var sums = months.ToDictionary(m => m, _ => 0d);
        foreach (var item in items)
        {
            var month = MonthOf(whenUtc(item), zone);
            if (sums.ContainsKey(month))
            {
                sums[month] += value(item);
            }
        }

        return months.Select(m => new MonthValue(m, sums[m])).ToList();
    }

    /// <summary>The earliest instant any figure of the page reads: the chart's first month or the period a year earlier.</summary>
    public static DateTime WindowStartUtc(ReportPeriod period, TimeZoneInfo zone)
    {
        var chart = CentralTimeZone.StartOfDayUtc(ChartMonths(period)[0], zone);
        var earlier = period.YearEarlier().StartUtc(zone);
        return chart < earlier ? chart : earlier;
    }
}

public readonly record struct MonthValue(DateOnly Month, double Value);
