using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.UnitTests;

/// <summary>The CompStat arithmetic against tables worked out by hand.</summary>
public sealed class CrimeReviewArithmeticTests
{
    private static readonly TimeZoneInfo Central = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    [Theory]
    [InlineData(10, 4, 6, "+150.0%", "+2.32", false)]
    [InlineData(25, 9, 16, "+177.8%", "+4.00", true)]
    [InlineData(4, 16, -12, "-75.0%", "-4.00", true)]
    [InlineData(9, 4, 5, "+125.0%", "+2.00", false)]
    [InlineData(5, 0, 5, "n/a", "+4.47", true)]
    [InlineData(0, 0, 0, "n/a", "0.00", false)]
    [InlineData(0, 3, -3, "-100.0%", "-3.46", true)]
    [InlineData(7, 7, 0, "0.0%", "0.00", false)]
    public void Comparison_row_matches_the_hand_computed_figures(int current, int previous, int change, string percent, string z, bool flagged)
    {
        var row = new Comparison(current, previous);
        Assert.Equal(change, row.Change);
        Assert.Equal(percent, row.PercentText);
        Assert.Equal(z, row.ZText);
        Assert.Equal(flagged, row.Flagged);
    }

    [Fact]
    public void Z_score_is_two_times_the_difference_of_square_roots_and_flags_at_three()
    {
        Assert.Equal(2 * (Math.Sqrt(10) - 2), new Comparison(10, 4).Z, 10);
        Assert.Null(new Comparison(3, 0).PercentChange);
        // 16 against 1: 2(4 − 1) = 6; 4 against 1: 2(2 − 1) = 2.
        Assert.True(new Comparison(16, 1).Flagged);
        Assert.False(new Comparison(4, 1).Flagged);
    }

    [Fact]
    public void Periods_end_on_the_chosen_day_and_compare_with_the_equal_period_before()
    {
        var periods = ReviewPeriods.For(new DateOnly(2026, 11, 24));
        Assert.Equal(new DateSpan(new(2026, 11, 18), new(2026, 11, 24)), periods[0].Current);
        Assert.Equal(new DateSpan(new(2026, 11, 11), new(2026, 11, 17)), periods[0].Previous);
        Assert.Equal(new DateSpan(new(2026, 10, 28), new(2026, 11, 24)), periods[1].Current);
        Assert.Equal(new DateSpan(new(2026, 9, 30), new(2026, 10, 27)), periods[1].Previous);
        Assert.Equal(new DateSpan(new(2026, 1, 1), new(2026, 11, 24)), periods[2].Current);
        Assert.Equal(new DateSpan(new(2025, 1, 1), new(2025, 11, 24)), periods[2].Previous);
        Assert.All(periods.Take(2), p => Assert.Equal(p.Current.Days, p.Previous.Days));
    }

    [Fact]
    public void Year_to_date_ending_on_29_February_is_compared_with_the_prior_year_to_28_February()
    {
        var ytd = ReviewPeriods.YearToDate(new DateOnly(2028, 2, 29));
        Assert.Equal(new DateSpan(new(2027, 1, 1), new(2027, 2, 28)), ytd.Previous);
    }

    [Fact]
    public void The_review_ends_yesterday_in_Central_time_by_default()
    {
        // 03:00 UTC on 25 November is 9 PM on 24 November in West Memphis: yesterday there is 23 November.
        Assert.Equal(new DateOnly(2026, 11, 23), ReviewPeriods.DefaultEnd(new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero), Central));
        Assert.Equal(new DateOnly(2026, 11, 24), ReviewPeriods.DefaultEnd(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero), Central));
    }

    [Fact]
    public void Days_are_converted_to_UTC_at_local_midnight_across_daylight_saving()
    {
        var (from, to) = new DateSpan(new(2026, 3, 8), new(2026, 3, 8)).ToUtc(Central);
        Assert.Equal(new DateTime(2026, 3, 8, 6, 0, 0, DateTimeKind.Utc), from); // CST, UTC−6
        Assert.Equal(new DateTime(2026, 3, 9, 5, 0, 0, DateTimeKind.Utc), to);   // CDT, UTC−5: a 23-hour day
    }

    /// <summary>Offenses on local days, turned into the plan's per-interval counts (what the SQL returns).</summary>
    private static List<CodeIntervalCounts> Counts(ReviewPlan plan, params (string? Code, CrimesAgainstKind? Against, DateOnly Day, int Count)[] offenses) =>
        offenses.GroupBy(o => (o.Code, o.Against)).Select(g =>
        {
            var perInterval = new int[plan.IntervalCount];
            foreach (var o in g)
            {
                for (var i = 0; i < plan.IntervalCount; i++)
                {
                    if (o.Day >= plan.Boundaries[i] && o.Day < plan.Boundaries[i + 1])
                    {
                        perInterval[i] += o.Count;
                    }
                }
            }

            return new CodeIntervalCounts(g.Key.Code, g.Key.Against, perInterval);
        }).ToList();

    [Fact]
    public void Review_table_by_category_matches_a_hand_computed_table()
    {
        var plan = ReviewPlan.For(new DateOnly(2026, 11, 24));
        var figures = plan.Compute(Counts(plan,
            ("13A", CrimesAgainstKind.Persons, new(2026, 11, 20), 3),  // last 7 days
            ("13A", CrimesAgainstKind.Persons, new(2026, 11, 15), 2),  // prior 7 days
            ("13A", CrimesAgainstKind.Persons, new(2026, 11, 10), 1),  // last 28 days only
            ("23C", CrimesAgainstKind.Property, new(2025, 6, 1), 5),   // prior year to date
            ("23C", CrimesAgainstKind.Property, new(2026, 3, 1), 2),   // year to date
            ("35A", CrimesAgainstKind.Society, new(2026, 11, 24), 1),  // the end day counts
            ("35A", CrimesAgainstKind.Society, new(2026, 11, 25), 1),  // after the end: never
            (null, null, new(2026, 11, 19), 4)));                      // unmapped: Other and All

        // category → (7 days current, previous), (28 days), (YTD)
        var expected = new Dictionary<ReviewCategory, int[]>
        {
            [ReviewCategory.Persons] = [3, 2, 6, 0, 6, 0],
            [ReviewCategory.PartIViolent] = [3, 2, 6, 0, 6, 0],
            [ReviewCategory.Property] = [0, 0, 0, 0, 2, 5],
            [ReviewCategory.PartIProperty] = [0, 0, 0, 0, 2, 5],
            [ReviewCategory.Society] = [1, 0, 1, 0, 1, 0],
            [ReviewCategory.Other] = [4, 0, 4, 0, 4, 0],
            [ReviewCategory.All] = [8, 2, 11, 0, 13, 5],
        };
        foreach (var (category, numbers) in expected)
        {
            var line = figures.Line(category);
            Assert.Equal(numbers, line.ByPeriod.SelectMany(c => new[] { c.Current, c.Previous }).ToArray());
        }

        Assert.Equal("+300.0%", figures.Line(ReviewCategory.All).ByPeriod[0].PercentText);
        Assert.Equal("n/a", figures.Line(ReviewCategory.All).ByPeriod[1].PercentText);
        Assert.True(figures.Line(ReviewCategory.All).ByPeriod[1].Flagged); // 2√11 = 6.63
    }

    [Fact]
    public void Weekly_trend_puts_each_offense_in_its_week_and_the_same_week_a_year_earlier()
    {
        var plan = ReviewPlan.For(new DateOnly(2026, 11, 24));
        var figures = plan.Compute(Counts(plan,
            ("13A", CrimesAgainstKind.Persons, new(2026, 11, 20), 3),
            ("13A", CrimesAgainstKind.Persons, new(2026, 11, 15), 2),
            ("13A", CrimesAgainstKind.Persons, new(2026, 11, 10), 1),
            ("23C", CrimesAgainstKind.Property, new(2025, 6, 1), 5)));
        var all = figures.Trend(ReviewCategory.All);
        Assert.Equal(52, all.ThisYear.Count);
        Assert.Equal(new DateSpan(new(2026, 11, 18), new(2026, 11, 24)), figures.Weeks[51]);
        Assert.Equal([1, 2, 3], all.ThisYear.Skip(49).ToArray());
        // 1 June 2025 + 364 days = 31 May 2026, in the week 27 May – 2 June 2026 (index 26).
        Assert.Equal(new DateSpan(new(2026, 5, 27), new(2026, 6, 2)), figures.Weeks[26]);
        Assert.Equal(5, figures.Trend(ReviewCategory.Property).YearEarlier[26]);
        Assert.Equal(5, figures.Trend(ReviewCategory.Property).YearEarlier.Sum());
        Assert.Equal(0, figures.Trend(ReviewCategory.Property).ThisYear.Sum());
    }

    [Fact]
    public void Plan_intervals_never_straddle_a_period_or_week_boundary()
    {
        var plan = ReviewPlan.For(new DateOnly(2026, 1, 3));
        var spans = plan.Periods.SelectMany(p => new[] { p.Current, p.Previous }).Concat(plan.Weeks).Concat(plan.Weeks.Select(ReviewPeriods.YearEarlier));
        for (var i = 0; i < plan.IntervalCount; i++)
        {
            var interval = plan.Interval(i);
            Assert.All(spans, s => Assert.True(
                (interval.Start >= s.Start && interval.End <= s.End) || interval.End < s.Start || interval.Start > s.End,
                $"{interval} straddles {s}"));
        }

        Assert.True(plan.IntervalCount < 140, $"{plan.IntervalCount} intervals");
    }

    [Fact]
    public void Day_of_week_by_hour_uses_Central_time_in_winter_and_summer()
    {
        var grid = DayHourGrid.From(
        [
            (new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), 2), // Thu 19 Nov, 8 PM CST
            (new DateTime(2026, 7, 1, 5, 0, 0, DateTimeKind.Utc), 1),   // Wed 1 Jul, midnight CDT
        ], Central);
        Assert.Equal(2, grid[DayOfWeek.Thursday, 20]);
        Assert.Equal(1, grid[DayOfWeek.Wednesday, 0]);
        Assert.Equal(3, grid.Total);
        Assert.Equal(2, grid.Max);
        Assert.Equal(2, grid.DayTotal(DayOfWeek.Thursday));
        Assert.Equal(1, grid.HourTotal(0));
    }

    [Theory]
    [InlineData("13A", CrimesAgainstKind.Persons, new[] { ReviewCategory.Persons, ReviewCategory.PartIViolent, ReviewCategory.All })]
    [InlineData("120", CrimesAgainstKind.Property, new[] { ReviewCategory.Property, ReviewCategory.PartIViolent, ReviewCategory.All })]
    [InlineData("240", CrimesAgainstKind.Property, new[] { ReviewCategory.Property, ReviewCategory.PartIProperty, ReviewCategory.All })]
    [InlineData("13B", CrimesAgainstKind.Persons, new[] { ReviewCategory.Persons, ReviewCategory.All })]
    [InlineData("35A", CrimesAgainstKind.Society, new[] { ReviewCategory.Society, ReviewCategory.All })]
    public void An_offense_counts_in_its_category_its_Part_I_row_and_all(string code, CrimesAgainstKind against, ReviewCategory[] rows) =>
        Assert.Equal(rows, ReviewCategories.RowsFor(against, code).ToArray());

    [Fact]
    public void Trend_chart_is_an_SVG_with_a_name_a_description_and_no_script_or_style()
    {
        var weeks = ReviewPeriods.Weeks(new DateOnly(2026, 11, 24));
        var svg = SvgCharts.WeeklyTrend("t1", "All offenses <weekly>", Enumerable.Range(0, 52).ToList(), Enumerable.Repeat(3, 52).ToList(), weeks);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;weekly&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("total 1326", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Area_map_draws_each_boundary_shaded_by_its_change()
    {
        Assert.True(WestMemphis.Pact.Domain.Liaison.AreaBoundary.TryRead(
            "{\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.17,35.16],[-90.19,35.16],[-90.19,35.14]]]}", out var square, out _));
        var svg = SvgCharts.AreaMap("m", "Change by area", [
            new("Ward 1", square, new Comparison(30, 10), "/crime/review?area=1"),
            new("Ward 2", null, new Comparison(1, 1), null),
        ]);
        Assert.Contains(SvgCharts.ShadeColor(SvgCharts.Shade.MuchHigher), svg, StringComparison.Ordinal);
        Assert.Contains("href=\"/crime/review?area=1\"", svg, StringComparison.Ordinal);
        Assert.Contains("Ward 2: No boundary data", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"group\"", svg, StringComparison.Ordinal); // it holds links: not an image

        Assert.DoesNotContain("style=", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SvgCharts.Shade.MuchLower, SvgCharts.ShadeFor(new Comparison(1, 16)));
        Assert.Equal(SvgCharts.Shade.Higher, SvgCharts.ShadeFor(new Comparison(5, 4)));
    }
}
