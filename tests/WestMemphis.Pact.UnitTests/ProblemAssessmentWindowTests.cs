using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.UnitTests;

public sealed class ProblemAssessmentWindowTests
{
    private static readonly TimeZoneInfo Central = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Theory]
    [InlineData("2025-04-01", "2025-04-30")]
    [InlineData("2026-03-01", "2026-03-01")]
    [InlineData("2024-02-01", "2024-03-31")]
    public void The_before_period_has_as_many_days_and_ends_the_day_before(string start, string end)
    {
        var window = AssessmentWindow.For(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(window.After.Days, window.Before.Days);
        Assert.Equal(window.After.Start.AddDays(-1), window.Before.End);
    }

    [Fact]
    public void The_periods_are_whole_central_days_across_the_change_to_daylight_time()
    {
        // After: April 2025. Before: 2–31 March 2025, which starts in standard time (UTC−6) and ends in daylight time (UTC−5).
        var window = AssessmentWindow.For(new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30));
        Assert.Equal((new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 31)), (window.Before.Start, window.Before.End));
        Assert.Equal((new DateTime(2025, 3, 2, 6, 0, 0, DateTimeKind.Utc), new DateTime(2025, 4, 1, 5, 0, 0, DateTimeKind.Utc)), window.Before.ToUtc(Central));
        Assert.Equal((new DateTime(2025, 4, 1, 5, 0, 0, DateTimeKind.Utc), new DateTime(2025, 5, 1, 5, 0, 0, DateTimeKind.Utc)), window.After.ToUtc(Central));
    }
}
