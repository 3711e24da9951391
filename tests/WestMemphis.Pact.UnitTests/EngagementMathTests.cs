using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.UnitTests;

/// <summary>The pure arithmetic behind the engagement dashboard: periods, medians, year-over-year change, Central-time months.</summary>
public sealed class EngagementMathTests
{
    private static readonly TimeZoneInfo Central = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Fact]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_values_and_null_for_none()
    {
        Assert.Null(EngagementMath.Median([]));
        Assert.Equal(7, EngagementMath.Median([7]));
        Assert.Equal(3, EngagementMath.Median([9, 1, 3]));
        Assert.Equal(2.5, EngagementMath.Median([4, 1, 2, 3]));
        Assert.Equal(0.5, EngagementMath.Median([0, 1]));
    }

    [Theory]
    [InlineData(4, 1, 3, 300)]
    [InlineData(1, 4, -3, -75)]
    [InlineData(5, 5, 0, 0)]
    [InlineData(7.25, 4, 3.25, 81.3)] // 81.25: a half rounds away from zero
    [InlineData(2, 3, -1, -33.3)]
    public void Year_over_year_change_is_absolute_and_in_percent(double current, double previous, double change, double percent)
    {
        var yoy = YearOverYear.Of(current, previous);
        Assert.Equal(change, yoy.Change, 6);
        Assert.Equal(percent, yoy.Percent);
    }

    [Fact]
    public void A_percentage_of_nothing_is_not_given()
    {
        Assert.Null(YearOverYear.Of(5, 0).Percent);
        Assert.Null(YearOverYear.Of(0, 0).Percent);
        Assert.Equal(5, YearOverYear.Of(5, 0).Change);
    }

    [Theory]
    [InlineData("2025-04-01T03:00:00Z", "2025-03-01")] // 10 PM on March 31 in Central daylight time
    [InlineData("2025-03-01T05:30:00Z", "2025-02-01")] // 11:30 PM on February 28 in Central standard time
    [InlineData("2025-03-01T06:00:00Z", "2025-03-01")] // midnight, March 1
    [InlineData("2026-11-01T06:30:00Z", "2026-11-01")] // 1:30 AM on November 1, the fall-back hour
    [InlineData("2026-01-01T05:59:59Z", "2025-12-01")] // a second before midnight on New Year's Eve
    public void An_instant_falls_in_its_Central_time_month(string utc, string month)
    {
        var instant = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), EngagementMath.MonthOf(instant, Central));
    }

    [Fact]
    public void Values_add_up_by_month_with_zero_for_empty_months_and_nothing_outside()
    {
        var months = EngagementMath.ChartMonths(new ReportPeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)));
        var items = new[]
        {
            (When: new DateTime(2025, 4, 1, 3, 0, 0, DateTimeKind.Utc), Value: 2.0), // March, Central
            (When: new DateTime(2025, 3, 10, 15, 0, 0, DateTimeKind.Utc), Value: 1.5),
            (When: new DateTime(2025, 4, 10, 15, 0, 0, DateTimeKind.Utc), Value: 9.0), // April: after the chart
            (When: new DateTime(2023, 4, 10, 15, 0, 0, DateTimeKind.Utc), Value: 9.0), // before the chart
        };
        var series = EngagementMath.ByMonth(items, i => i.When, i => i.Value, months, Central);
        Assert.Equal(12, series.Count);
        Assert.Equal(new DateOnly(2024, 4, 1), series[0].Month);
        Assert.Equal(new MonthValue(new DateOnly(2025, 3, 1), 3.5), series[^1]);
        Assert.All(series.Take(11), m => Assert.Equal(0, m.Value));
    }

    [Fact]
    public void A_chart_shows_the_months_of_the_period_and_at_least_twelve()
    {
        Assert.Equal(12, EngagementMath.ChartMonths(new ReportPeriod(new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 6))).Count);
        var long_ = EngagementMath.ChartMonths(new ReportPeriod(new DateOnly(2023, 1, 15), new DateOnly(2025, 3, 6)));
        Assert.Equal(27, long_.Count);
        Assert.Equal(new DateOnly(2023, 1, 1), long_[0]);
        Assert.Equal(new DateOnly(2025, 3, 1), long_[^1]);
    }

    [Fact]
    public void A_period_runs_from_local_midnight_to_local_midnight_after_its_last_day()
    {
        var march = new ReportPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        Assert.Equal(new DateTime(2026, 3, 1, 6, 0, 0, DateTimeKind.Utc), march.StartUtc(Central)); // CST
        Assert.Equal(new DateTime(2026, 4, 1, 5, 0, 0, DateTimeKind.Utc), march.EndUtc(Central)); // CDT
        Assert.Equal("March 2026", march.Label);
        Assert.True(march.IsWholeMonths);
        Assert.Equal(new ReportPeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), march.YearEarlier());
        Assert.Equal(new DateOnly(2023, 2, 28), new ReportPeriod(new DateOnly(2024, 2, 29), new DateOnly(2024, 2, 29)).YearEarlier().From);
        Assert.Equal(new DateTime(2025, 3, 1, 6, 0, 0, DateTimeKind.Utc), EngagementMath.WindowStartUtc(march, Central));
        Assert.Equal("Mar 5 – Apr 2, 2026", new ReportPeriod(new DateOnly(2026, 3, 5), new DateOnly(2026, 4, 2)).Label);
    }

    [Theory]
    [InlineData("2026-11-25", "2026-10-01", "2026-10-31")]
    [InlineData("2026-01-03", "2025-12-01", "2025-12-31")]
    [InlineData("2024-03-31", "2024-02-01", "2024-02-29")]
    public void The_default_period_is_the_last_full_month(string today, string from, string to)
    {
        var period = ReportPeriod.LastFullMonth(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Theory]
    [InlineData("2026-03-31", "2026-03-01", "To", "The end date is before the start date.")]
    [InlineData("2026-02-30", "2026-03-01", "From", "The start date is not a real date; use the form 2026-10-31.")]
    [InlineData("2026-03-01", "", "To", "Enter the end date.")]
    [InlineData("1999-12-31", "2000-01-31", "From", "The start date must be between the years 2000 and 2100.")]
    [InlineData("2000-01-01", "2100-12-31", "To", "Choose a period of at most five years.")]
    [InlineData("2026-03-01T00:00", "2026-03-31", "From", "The start date is not a real date; use the form 2026-10-31.")]
    public void A_bad_period_is_refused_with_a_message_on_its_field(string from, string to, string field, string message)
    {
        var (period, errors) = ReportPeriod.Parse(from, to, ReportPeriod.Month(new DateOnly(2026, 1, 1)));
        Assert.Null(period);
        Assert.Contains(new KeyValuePair<string, string>(field, message), errors);
    }

    [Fact]
    public void No_dates_give_the_default_and_good_dates_the_period()
    {
        var fallback = ReportPeriod.Month(new DateOnly(2026, 1, 1));
        Assert.Equal(fallback, ReportPeriod.Parse(null, " ", fallback).Period);
        var (period, errors) = ReportPeriod.Parse("2026-03-01", "2026-03-01", fallback);
        Assert.Empty(errors);
        Assert.Equal(1, period!.Days);
    }
}
