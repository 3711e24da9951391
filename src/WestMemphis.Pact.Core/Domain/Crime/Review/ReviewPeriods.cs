namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>The three CompStat windows.</summary>
public enum ReviewPeriodKind
{
    Last7Days,
    Last28Days,
    YearToDate,
}

/// <summary>Whole local (Central) days, both ends included.</summary>
public readonly record struct DateSpan(DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The UTC instants [from, to) that cover these local days in <paramref name="zone"/>, daylight saving included.</summary>
    public (DateTime FromUtc, DateTime ToUtc) ToUtc(TimeZoneInfo zone) =>
        (CentralTimeZone.StartOfDayUtc(Start, zone), CentralTimeZone.StartOfDayUtc(End.AddDays(1), zone));

    public override string ToString() => $"{Start:yyyy-MM-dd}–{End:yyyy-MM-dd}";
}

/// <summary>A window and the one it is compared with.</summary>
public sealed record ReviewPeriod(ReviewPeriodKind Kind, DateSpan Current, DateSpan Previous)
{
    public string Label => Kind switch
    {
        ReviewPeriodKind.Last7Days => "Last 7 days",
        ReviewPeriodKind.Last28Days => "Last 28 days",
        _ => "Year to date",
    };

    public string PreviousLabel => Kind == ReviewPeriodKind.YearToDate ? "Prior year to date" : "Prior " + (Kind == ReviewPeriodKind.Last7Days ? "7" : "28") + " days";
}

/// <summary>
/// The review's periods. The review ends yesterday (local time) unless the officer picks another end date; the last 7
/// and 28 days are compared with the 7 and 28 days just before them, year-to-date with the same days of the year before
/// (29 February ends the prior year-to-date on 28 February).
/// </summary>
public static class ReviewPeriods
{
    public static DateOnly DefaultEnd(DateTimeOffset now, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddDays(-1);

    public static IReadOnlyList<ReviewPeriod> For(DateOnly end) =>
    [
        Rolling(ReviewPeriodKind.Last7Days, end, 7),
        Rolling(ReviewPeriodKind.Last28Days, end, 28),
        YearToDate(end),
    ];

    public static ReviewPeriod Rolling(ReviewPeriodKind kind, DateOnly end, int days)
    {
        var current = new DateSpan(end.AddDays(1 - days), end);
        var previous = new DateSpan(current.Start.AddDays(-days), current.Start.AddDays(-1));
        return new ReviewPeriod(kind, current, previous);
    }

    public static ReviewPeriod YearToDate(DateOnly end)
    {
        var current = new DateSpan(new DateOnly(end.Year, 1, 1), end);
        var priorYear = end.Year - 1;
        var priorEnd = new DateOnly(priorYear, end.Month, Math.Min(end.Day, DateTime.DaysInMonth(priorYear, end.Month)));
        return new ReviewPeriod(ReviewPeriodKind.YearToDate, current, new DateSpan(new DateOnly(priorYear, 1, 1), priorEnd));
    }

    /// <summary>The earliest and latest day any of the periods touches (what a query must read).</summary>
    public static DateSpan Extent(IEnumerable<ReviewPeriod> periods)
    {
        var list = periods.ToList();
        return new DateSpan(list.Min(p => p.Previous.Start < p.Current.Start ? p.Previous.Start : p.Current.Start), list.Max(p => p.Current.End));
    }


    /// <summary>The 52 weeks ending on <paramref name="end"/> (week 52 is the last 7 days), oldest first.</summary>
    public static IReadOnlyList<DateSpan> Weeks(DateOnly end, int count = 52) =>
        Enumerable.Range(0, count).Select(i => new DateSpan(end.AddDays(-7 * (count - i) + 1), end.AddDays(-7 * (count - i - 1)))).ToList();

    /// <summary>The same weeks a year earlier: 364 days back, so each week keeps its days of the week.</summary>
    public static DateSpan YearEarlier(DateSpan week) => new(week.Start.AddDays(-364), week.End.AddDays(-364));
}
