using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Digest;

namespace WestMemphis.Pact.UnitTests;

/// <summary>What the weekly area digest says: only counts the public pages show, compared in words, never one worked out of withheld ones.</summary>
public sealed class AreaDigestRulesTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    private static PublicCell C(int? v) => new(v);

    private static DigestCrimeMonth Month(DateOnly month, int? persons, int? property, int? society, int? total) =>
        new(month, [C(persons), C(property), C(society)], C(total));

    [Fact]
    public void The_latest_month_is_compared_with_the_average_of_the_three_before_in_words()
    {
        var lines = AreaDigestRules.CrimeLines([
            Month(October, 0, 12, 5, 17),
            Month(October.AddMonths(-1), 0, 8, 5, 13),
            Month(October.AddMonths(-2), 0, 7, 6, 13),
            Month(October.AddMonths(-3), 0, 9, 4, 13),
        ]);

        Assert.Equal([
            "Crimes against persons: 0 in October 2026, none in the 3 months before (July 2026 to September 2026) either.",
            "Crimes against property: 12 in October 2026, more than an average of 8 a month over the 3 months before (July 2026 to September 2026).",
            "Crimes against society: 5 in October 2026, about the same as an average of 5 a month over the 3 months before (July 2026 to September 2026).",
            "All published offenses: 17 in October 2026, more than an average of 13 a month over the 3 months before (July 2026 to September 2026).",
        ], lines);
    }

    [Fact]
    public void A_withheld_count_is_said_to_be_withheld_and_never_given_a_number()
    {
        var line = AreaDigestRules.Compare(C(null), [C(4), C(5), C(6)], October, [October.AddMonths(-1), October.AddMonths(-2), October.AddMonths(-3)]);

        Assert.Equal($"{AreaDigestRules.Withheld} in October 2026.", line);
        Assert.DoesNotContain("average", line, StringComparison.Ordinal);
    }

    [Fact]
    public void No_average_is_made_of_months_with_a_withheld_count()
    {
        var line = AreaDigestRules.Compare(C(9), [C(4), C(null), C(6)], October, [October.AddMonths(-1), October.AddMonths(-2), October.AddMonths(-3)]);

        Assert.Equal("9 in October 2026; it cannot be compared with July 2026 to September 2026, as some of those months' counts are withheld.", line);
    }

    [Theory]
    [InlineData(10, 10.0, 0)]
    [InlineData(11, 10.0, 0)] // within one
    [InlineData(22, 20.0, 0)] // within a tenth
    [InlineData(23, 20.0, 1)]
    [InlineData(3, 5.0, -1)]
    [InlineData(0, 0.0, 0)]
    public void About_the_same_means_within_one_or_a_tenth_of_the_average(int now, double average, int expected) =>
        Assert.Equal(expected, AreaDigestRules.Direction(now, average));

    [Fact]
    public void One_month_before_is_named_rather_than_averaged()
    {
        var line = AreaDigestRules.Compare(C(2 + 1), [C(8)], October, [October.AddMonths(-1)]);

        Assert.Equal("3 in October 2026, fewer than 8 in September 2026.", line);
    }

    [Fact]
    public void Concerns_are_said_as_the_area_page_shows_them_withheld_ones_by_the_word()
    {
        var lines = AreaDigestRules.ConcernLines(October, [("Traffic and speeding", C(5)), ("Noise", C(null))], C(null), C(4));

        Assert.Equal([
            $"Concerns raised in October 2026: {AreaDigestRules.Withheld}.",
            "- Traffic and speeding: 5",
            $"- Noise: {AreaDigestRules.Withheld}",
            "Concerns resolved in October 2026: 4.",
        ], lines);
        Assert.Equal(["No concerns were raised in October 2026.", "Concerns resolved in October 2026: 0."], AreaDigestRules.ConcernLines(October, [], C(0), C(0)));
    }

    [Fact]
    public void The_week_starts_at_the_send_hour_of_its_first_day()
    {
        // Monday 30 Nov 2026.
        Assert.Null(AreaDigestRules.DueWeek(new DateTime(2026, 11, 30, 7, 59, 0), DayOfWeek.Monday, 8));
        Assert.Equal(new DateOnly(2026, 11, 30), AreaDigestRules.DueWeek(new DateTime(2026, 11, 30, 8, 0, 0), DayOfWeek.Monday, 8));
        Assert.Equal(new DateOnly(2026, 11, 30), AreaDigestRules.DueWeek(new DateTime(2026, 12, 6, 23, 0, 0), DayOfWeek.Monday, 8));
        Assert.Equal(new DateOnly(2026, 11, 23), AreaDigestRules.DueWeek(new DateTime(2026, 11, 30, 6, 0, 0).AddDays(-1), DayOfWeek.Monday, 8));
    }
}
