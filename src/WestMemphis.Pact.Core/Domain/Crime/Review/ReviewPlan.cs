namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>
/// What the review reads from the database, planned as a handful of time intervals: every boundary of the three periods,
/// their comparison periods and the 52 + 52 trend weeks, merged and sorted. Each interval lies wholly inside or outside
/// every period and week, so counting offenses per (category, Part I class, interval) — one indexed range count each, no rows
/// loaded — is enough to build every table and chart exactly, with no per-row arithmetic in SQL.
/// </summary>
public sealed class ReviewPlan
{
    private ReviewPlan(DateOnly end, IReadOnlyList<ReviewPeriod> periods, IReadOnlyList<DateSpan> weeks, IReadOnlyList<DateOnly> boundaries)
    {
        End = end;
        Periods = periods;
        Weeks = weeks;
        Boundaries = boundaries;
    }

    public DateOnly End { get; }
    public IReadOnlyList<ReviewPeriod> Periods { get; }

    /// <summary>The 52 weeks ending on <see cref="End"/>, oldest first.</summary>
    public IReadOnlyList<DateSpan> Weeks { get; }

    /// <summary>Sorted local days; interval i covers [Boundaries[i], Boundaries[i + 1]).</summary>
    public IReadOnlyList<DateOnly> Boundaries { get; }

    public int IntervalCount => Boundaries.Count - 1;

    public DateSpan Interval(int i) => new(Boundaries[i], Boundaries[i + 1].AddDays(-1));

    public static ReviewPlan For(DateOnly end)
    {
        var periods = ReviewPeriods.For(end);
        var weeks = ReviewPeriods.Weeks(end);
        var days = new SortedSet<DateOnly>();
        foreach (var span in periods.SelectMany(p => new[] { p.Current, p.Previous }).Concat(weeks).Concat(weeks.Select(ReviewPeriods.YearEarlier)))
        {
            days.Add(span.Start);
            days.Add(span.End.AddDays(1));
        }

        return new ReviewPlan(end, periods, weeks, days.ToList());
    }

    /// <summary>The UTC instants of the boundaries (local midnights in <paramref name="zone"/>).</summary>
    public IReadOnlyList<DateTime> BoundariesUtc(TimeZoneInfo zone) => Boundaries.Select(d => CentralTimeZone.StartOfDayUtc(d, zone)).ToList();

    private static int Sum(IReadOnlyList<int> perInterval, ReviewPlan plan, DateSpan span)
    {
        var total = 0;
        for (var i = 0; i < plan.IntervalCount; i++)
        {
            if (plan.Boundaries[i] >= span.Start && plan.Boundaries[i] <= span.End)
            {
                total += perInterval[i];
            }
        }

        return total;
    }

    /// <summary>Builds the comparison table and the weekly trends from counts per offense code and interval.</summary>
    public ReviewFigures Compute(IEnumerable<CodeIntervalCounts> counts)
    {
        var perCategory = ReviewCategories.All.ToDictionary(c => c, _ => new int[IntervalCount]);
        foreach (var row in counts)
        {
            if (row.PerInterval.Count != IntervalCount)
            {
                throw new ArgumentException($"Expected {IntervalCount} interval counts, got {row.PerInterval.Count}.", nameof(counts));
            }

            foreach (var category in ReviewCategories.RowsFor(row.Against, row.PartI))
            {
                var target = perCategory[category];
                for (var i = 0; i < IntervalCount; i++)
                {
                    target[i] += row.PerInterval[i];
                }
            }
        }

        var table = new List<ComparisonLine>();
        var trends = new List<WeeklyTrend>();
        foreach (var category in ReviewCategories.All)
        {
            var values = perCategory[category];
            table.Add(new ComparisonLine(category, Periods.Select(p => new Comparison(Sum(values, this, p.Current), Sum(values, this, p.Previous))).ToList()));
            trends.Add(new WeeklyTrend(category, Weeks.Select(w => Sum(values, this, w)).ToList(),
                Weeks.Select(w => Sum(values, this, ReviewPeriods.YearEarlier(w))).ToList()));
        }

        return new ReviewFigures(End, Periods, table, trends, Weeks);
    }
}

/// <summary>Offenses of one category (null: unmapped) and Part I class per plan interval.</summary>
public sealed record CodeIntervalCounts(CrimesAgainstKind? Against, PartIKind PartI, IReadOnlyList<int> PerInterval)
{
    public CodeIntervalCounts(string? code, CrimesAgainstKind? against, IReadOnlyList<int> perInterval)
        : this(against, ReviewCategories.PartIOf(code), perInterval)
    {
    }
}

/// <summary>One category's comparisons, in the order of the plan's periods.</summary>
public sealed record ComparisonLine(ReviewCategory Category, IReadOnlyList<Comparison> ByPeriod)
{
    public string Label => ReviewCategories.Label(Category);
}

/// <summary>Weekly counts for the last 52 weeks and the same weeks a year earlier, oldest first.</summary>
public sealed record WeeklyTrend(ReviewCategory Category, IReadOnlyList<int> ThisYear, IReadOnlyList<int> YearEarlier);

/// <summary>Everything the review table and charts show for one area (or the city).</summary>
public sealed record ReviewFigures(DateOnly End, IReadOnlyList<ReviewPeriod> Periods, IReadOnlyList<ComparisonLine> Lines,
    IReadOnlyList<WeeklyTrend> Trends, IReadOnlyList<DateSpan> Weeks)
{
    public ComparisonLine Line(ReviewCategory category) => Lines.First(l => l.Category == category);

    public WeeklyTrend Trend(ReviewCategory category) => Trends.First(t => t.Category == category);
}
