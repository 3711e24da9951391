namespace WestMemphis.Pact.Domain.Problems;

/// <summary>Stage changes and the before/after arithmetic of the assessment.</summary>
public static class ProblemRules
{
    /// <summary>Stages move forward one at a time or back any number (an assessment can send a problem back to analysis); closing is allowed from any stage.</summary>
    public static bool CanMove(ProblemStage from, ProblemStage to) =>
        from != to && (to == ProblemStage.Closed || (int)to <= (int)from + 1);

    public static void Move(Problem problem, ProblemStage to, DateTime nowUtc)
    {
        if (!CanMove(problem.Stage, to))
        {
            throw new InvalidOperationException($"A problem cannot move from {problem.Stage} to {to}.");
        }

        problem.ClosedUtc = to == ProblemStage.Closed ? nowUtc : null;
        problem.Stage = to;
        problem.UpdatedUtc = nowUtc;
    }

    /// <summary>The "before" period of the same length that ends the day before <paramref name="afterStart"/>.</summary>
    public static (DateOnly Start, DateOnly End) EqualPeriodBefore(DateOnly afterStart, DateOnly afterEnd)
    {
        var days = afterEnd.DayNumber - afterStart.DayNumber;
        var end = afterStart.AddDays(-1);
        return (end.AddDays(-days), end);
    }

    /// <summary>The periods are equal in length and do not overlap, with "before" first.</summary>
    public static bool PeriodsValid(DateOnly beforeStart, DateOnly beforeEnd, DateOnly afterStart, DateOnly afterEnd) =>
        beforeEnd >= beforeStart && afterEnd >= afterStart && beforeEnd < afterStart
        && beforeEnd.DayNumber - beforeStart.DayNumber == afterEnd.DayNumber - afterStart.DayNumber;

    /// <summary>The change from before to after in words: "down 4 (−40%)", "up 2", "no change". No percentage from a zero base.</summary>
    public static string Change(int before, int after)
    {
        var difference = after - before;
        if (difference == 0)
        {
            return "no change";
        }

        var words = (difference < 0 ? "down " : "up ") + Math.Abs(difference).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (before == 0)
        {
            return words;
        }

        var percent = (int)Math.Round(100.0 * difference / before, MidpointRounding.AwayFromZero);
        return words + $" ({(percent < 0 ? "\u2212" : "+")}{Math.Abs(percent).ToString(System.Globalization.CultureInfo.InvariantCulture)}%)";
    }

    public static string Label(ProblemStage stage) => stage.ToString();

    public static string Label(ActionItemStatus status) => ActionItemStatuses.Label(status);
}
