namespace WestMemphis.Pact.Domain.Problems;

/// <summary>
/// A step of the response plan: it starts open; any status may follow any other (a dropped step can be picked up
/// again). Finishing it (done or dropped) stamps when, once: moving between done and dropped keeps the first stamp,
/// reopening it clears the stamp.
/// </summary>
public static class ProblemActionItemRules
{
    public static bool IsOpen(ActionItemStatus status) => status.IsOpen();

    public static ProblemActionItem Add(Problem problem, string what, string owner, DateOnly? due, DateTime nowUtc)
    {
        var item = new ProblemActionItem { ProblemId = problem.Id, What = what, Owner = owner, Due = due, Status = ActionItemStatus.Open, CreatedUtc = nowUtc };
        problem.ActionItems.Add(item);
        problem.UpdatedUtc = nowUtc;
        return item;
    }

    public static void Move(ProblemActionItem item, ActionItemStatus to, string? outcome, DateTime nowUtc)
    {
        item.Status = to;
        item.Outcome = outcome;
        item.CompletedUtc = ActionItemStatuses.CompletedStamp(to, item.CompletedUtc, nowUtc);
    }
}
