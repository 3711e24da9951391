namespace WestMemphis.Pact.Domain;

/// <summary>
/// Where an action item stands: a step of a problem's response plan or an item agreed at a crime review meeting.
/// Stored as its number (0–3), so the members keep their values.
/// </summary>
public enum ActionItemStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    Dropped = 3,
}

/// <summary>
/// The rules every action item shares: any status may follow any other (a dropped item can be picked up again);
/// finishing it (done or dropped) stamps when, once — moving between done and dropped keeps the first stamp —
/// and reopening it clears the stamp.
/// </summary>
public static class ActionItemStatuses
{
    public static bool IsOpen(this ActionItemStatus status) => status is ActionItemStatus.Open or ActionItemStatus.InProgress;

    /// <summary>Any status may follow any other.</summary>
    public static bool CanMove(ActionItemStatus from, ActionItemStatus to) => Enum.IsDefined(from) && Enum.IsDefined(to);

    /// <summary>The completion stamp after moving to <paramref name="to"/>: none while open, else the first one.</summary>
    public static DateTime? CompletedStamp(ActionItemStatus to, DateTime? stamped, DateTime nowUtc) => to.IsOpen() ? null : stamped ?? nowUtc;

    /// <summary>How the status reads on a page: "Open", "In progress", "Done", "Dropped".</summary>
    public static string Label(ActionItemStatus status) => status switch
    {
        ActionItemStatus.Open => "Open",
        ActionItemStatus.InProgress => "In progress",
        ActionItemStatus.Done => "Done",
        _ => "Dropped",
    };
}
