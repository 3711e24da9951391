using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Domain.Problems;

/// <summary>
/// What the assessment counts over: the period after the response (whole local days, both ends included) and an
/// equal period that ends the day before it.
/// </summary>
public readonly record struct AssessmentWindow(DateSpan Before, DateSpan After)
{
    public static AssessmentWindow For(DateOnly afterStart, DateOnly afterEnd)
    {
        var (beforeStart, beforeEnd) = ProblemRules.EqualPeriodBefore(afterStart, afterEnd);
        return new AssessmentWindow(new DateSpan(beforeStart, beforeEnd), new DateSpan(afterStart, afterEnd));
    }
}
