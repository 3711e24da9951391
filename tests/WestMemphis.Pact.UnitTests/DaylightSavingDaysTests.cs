using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.UnitTests;

/// <summary>
/// One definition of when a local day starts, used by the dashboard's periods and the crime review's weeks alike,
/// checked on the days the clocks change (2026: 8 March forward, 1 November back).
/// </summary>
public sealed class DaylightSavingDaysTests
{
    private static readonly TimeZoneInfo Central = CentralTimeZone.Zone;

    [Fact]
    public void The_spring_forward_day_is_23_hours_and_the_fall_back_day_25()
    {
        var spring = CentralTimeZone.StartOfDayUtc(new DateOnly(2026, 3, 8));
        var afterSpring = CentralTimeZone.StartOfDayUtc(new DateOnly(2026, 3, 9));
        Assert.Equal(new DateTime(2026, 3, 8, 6, 0, 0, DateTimeKind.Utc), spring);
        Assert.Equal(new DateTime(2026, 3, 9, 5, 0, 0, DateTimeKind.Utc), afterSpring);
        Assert.Equal(TimeSpan.FromHours(23), afterSpring - spring);

        var fall = CentralTimeZone.StartOfDayUtc(new DateOnly(2026, 11, 1));
        var afterFall = CentralTimeZone.StartOfDayUtc(new DateOnly(2026, 11, 2));
        Assert.Equal(new DateTime(2026, 11, 1, 5, 0, 0, DateTimeKind.Utc), fall);
        Assert.Equal(TimeSpan.FromHours(25), afterFall - fall);
    }

    [Fact]
    public void The_start_of_the_West_Memphis_day_of_an_instant_is_its_local_midnight_even_when_UTC_has_moved_on_a_day()
    {
        // 11:30 PM on 1 Nov (the 25-hour day) is already 2 Nov in UTC; 12:30 AM on 8 Mar is before the spring-forward.
        Assert.Equal(new DateTime(2026, 11, 1, 5, 0, 0, DateTimeKind.Utc), CentralTimeZone.DayStartUtc(new DateTime(2026, 11, 2, 5, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 3, 8, 6, 0, 0, DateTimeKind.Utc), CentralTimeZone.DayStartUtc(new DateTime(2026, 3, 8, 6, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 3, 9, 5, 0, 0, DateTimeKind.Utc), CentralTimeZone.DayStartUtc(new DateTime(2026, 3, 9, 5, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_dashboard_month_and_a_review_week_across_the_change_start_and_end_at_the_same_instants()
    {
        var march = ReportPeriod.Month(new DateOnly(2026, 3, 8));
        var week = new DateSpan(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8));
        var nextWeek = new DateSpan(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15));

        Assert.Equal(new DateTime(2026, 3, 1, 6, 0, 0, DateTimeKind.Utc), march.StartUtc(Central));
        Assert.Equal(new DateTime(2026, 4, 1, 5, 0, 0, DateTimeKind.Utc), march.EndUtc(Central));
        Assert.Equal(week.ToUtc(Central).ToUtc, nextWeek.ToUtc(Central).FromUtc);
        Assert.Equal(new ReportPeriod(week.Start, week.End).EndUtc(Central), week.ToUtc(Central).ToUtc);

        // 1:59 AM CST on the 8th (07:59 UTC) belongs to the 8th; 3:00 AM CDT on the 8th is 08:00 UTC, the same day.
        Assert.True(new ReportPeriod(new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 8)).Contains(new DateTime(2026, 3, 8, 7, 59, 0, DateTimeKind.Utc), Central));
        Assert.True(new ReportPeriod(new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 8)).Contains(new DateTime(2026, 3, 9, 4, 59, 0, DateTimeKind.Utc), Central));
    }

    [Fact]
    public void Where_the_clocks_skip_midnight_the_day_starts_at_the_first_time_that_exists()
    {
        // A zone (UTC-4, summer UTC-3) whose clocks go from 23:59:59 on 5 September straight to 01:00 on the 6th,
        // as Chile's do: midnight of the 6th never happens there, and ConvertTimeToUtc refuses it.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2020, 1, 1), new DateTime(2030, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 9, 6),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 4, 5));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/SkipsMidnight", TimeSpan.FromHours(-4), "Skips midnight", "Standard", "Summer", [rule]);
        var day = new DateOnly(2026, 9, 6);
        Assert.True(zone.IsInvalidTime(day.ToDateTime(TimeOnly.MinValue)));

        var start = CentralTimeZone.StartOfDayUtc(day, zone);

        Assert.Equal(new DateTime(2026, 9, 6, 4, 0, 0, DateTimeKind.Utc), start); // 01:00 summer time (UTC-3)
        Assert.Equal(start, CentralTimeZone.StartOfDayUtc(day.AddDays(-1), zone).AddHours(24));
        Assert.Equal(start, new DateSpan(day, day).ToUtc(zone).FromUtc);
        Assert.Equal(start, new ReportPeriod(day, day).StartUtc(zone));
    }
}
