namespace WestMemphis.Pact.Domain.Crime.Reviews;

/// <summary>The carry-over rule: a new meeting takes every open item from the earlier meetings of exactly the same areas.</summary>
public static class CarryOver
{
    /// <summary>Moves the open items onto <paramref name="meeting"/>; returns how many moved.</summary>
    public static int Apply(CrimeReview meeting, IEnumerable<CrimeActionItem> openItemsOfSameAreas)
    {
        var moved = 0;
        foreach (var item in openItemsOfSameAreas.Where(i => i.IsOpen))
        {
            item.CurrentReview = meeting;
            item.TimesCarried++;
            moved++;
        }

        return moved;
    }

    /// <summary>Records an item's outcome at <paramref name="meetingId"/>; a done or dropped item no longer carries over
    /// and is stamped closed as <see cref="ActionItemStatuses.CompletedStamp"/> says.</summary>
    public static void RecordOutcome(CrimeActionItem item, int meetingId, ActionItemStatus status, string? outcome, DateTime nowUtc)
    {
        item.Status = status;
        item.Outcome = string.IsNullOrWhiteSpace(outcome) ? item.Outcome : outcome.Trim();
        item.OutcomeReviewId = meetingId;
        item.ClosedUtc = ActionItemStatuses.CompletedStamp(status, item.ClosedUtc, nowUtc);
    }
}
