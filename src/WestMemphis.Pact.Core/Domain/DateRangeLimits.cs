using System.Globalization;

namespace WestMemphis.Pact.Domain;

/// <summary>
/// The one rule for every date filter a person can type into, staff or public (incidents, the crime review, the events
/// list, the audit log, the volunteers directory, the dashboard, activity reports): no date before 1 January 1990 (older
/// than any record the unit holds), none after 31 December of next year (nothing is planned further ahead), and a range
/// of at most ten years. Outside them a query could walk decades of hours or days for nothing; inside them every page
/// answers in its usual time. Out-of-bounds input never fails a page: it gets a message and a bounded value instead.
/// </summary>
public static class DateRangeLimits
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public const int MaxYears = 10;

    public static DateOnly Latest(DateOnly today) => new(today.Year + 1, 12, 31);

    public static bool IsWithin(DateOnly date, DateOnly today) => date >= Earliest && date <= Latest(today);

    /// <summary>"The 'from' date must be between 1 Jan 1990 and 31 Dec 2027."</summary>
    public static string OutOfBounds(string what, DateOnly today) =>
        $"{what} must be between {Say(Earliest)} and {Say(Latest(today))}.";

    /// <summary>Whether a range from <paramref name="from"/> to <paramref name="to"/> (both days included) is longer than allowed.</summary>
    public static bool IsTooLong(DateOnly from, DateOnly to) => to > from.AddYears(MaxYears).AddDays(-1);

    /// <summary>
    /// Checks a range (both ends already known to be dates, <paramref name="from"/> ≤ <paramref name="to"/>): each end is
    /// moved into the bounds, and a range over ten years keeps its end and starts ten years before. Says what it changed.
    /// </summary>
    public static (DateOnly From, DateOnly To, IReadOnlyList<string> Problems) Bound(DateOnly from, DateOnly to, DateOnly today)
    {
        var problems = new List<string>();
        var latest = Latest(today);
        if (from < Earliest || from > latest || to < Earliest || to > latest)
        {
            problems.Add($"Dates must be between {Say(Earliest)} and {Say(latest)}; the search was kept within them.");
            from = Clamp(from, latest);
            to = Clamp(to, latest);
        }

        if (IsTooLong(from, to))
        {
            from = to.AddYears(-MaxYears).AddDays(1);
            problems.Add($"A search covers at most {MaxYears} years; it starts on {Say(from)} instead.");
        }

        return (from, to, problems);
    }

    /// <summary>
    /// Checks an optional range as typed into a filter: an end outside the bounds is dropped (the filter then runs
    /// without it), ends given the wrong way round are swapped, and a range over ten years starts ten years before
    /// its end. Each change comes with a message for the page.
    /// </summary>
    public static CheckedRange Check(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var problems = new List<string>();
        if (from is { } f && !IsWithin(f, today))
        {
            problems.Add(OutOfBounds("The 'from' date", today) + " It was left out.");
            from = null;
        }

        if (to is { } t && !IsWithin(t, today))
        {
            problems.Add(OutOfBounds("The 'to' date", today) + " It was left out.");
            to = null;
        }

        if (from is { } start && to is { } end)
        {
            if (start > end)
            {
                (start, end) = (end, start);
                problems.Add("The 'from' date was after the 'to' date; they were swapped.");
            }

            var bounded = Bound(start, end, today);
            problems.AddRange(bounded.Problems);
            (from, to) = (bounded.From, bounded.To);
        }

        return new CheckedRange(from, to, problems);
    }

    /// <summary>A date as a date field sends it ("yyyy-MM-dd", any year: the bounds are <see cref="Check"/>'s to say); null when it is not one.</summary>
    public static DateOnly? Read(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateOnly Clamp(DateOnly date, DateOnly latest) => date < Earliest ? Earliest : date > latest ? latest : date;

    private static string Say(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>A filter's date range after <see cref="DateRangeLimits.Check"/>, with what was changed and why.</summary>
public sealed record CheckedRange(DateOnly? From, DateOnly? To, IReadOnlyList<string> Problems);
