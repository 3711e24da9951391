namespace WestMemphis.Pact.Domain;

/// <summary>Where a volunteer's background check stands on a given day.</summary>
public enum BackgroundCheckStanding
{
    /// <summary>Not started, pending or not cleared: shifts with children are closed to them.</summary>
    NotCleared = 0,
    Current = 1,

    /// <summary>Cleared and still valid, but ending within the reminder window.</summary>
    ExpiringSoon = 2,
    Expired = 3,
}

/// <summary>
/// A cleared background check is valid for a number of months from the day it was done (24 by default, set in
/// configuration: Events:BackgroundCheckValidMonths); the volunteer and the coordinator are reminded a number of days
/// before it ends (Events:BackgroundCheckReminderDays, 30). A shift that works with children needs a check valid on
/// the shift's day, not only on the day of the sign-up.
/// </summary>
public static class BackgroundChecks
{
    /// <summary>The moment a cleared check stops being valid; null when it is not cleared or has no date.</summary>
    public static DateTime? ExpiresUtc(BackgroundCheckStatus status, DateTime? checkedUtc, int validMonths) =>
        status == BackgroundCheckStatus.Cleared && checkedUtc is { } done ? done.AddMonths(Math.Max(1, validMonths)) : null;

    /// <summary>Whether the check is cleared and still valid at <paramref name="whenUtc"/>.</summary>
    public static bool ValidAt(BackgroundCheckStatus status, DateTime? checkedUtc, DateTime whenUtc, int validMonths) =>
        ExpiresUtc(status, checkedUtc, validMonths) is { } ends && whenUtc < ends;

    public static BackgroundCheckStanding Standing(BackgroundCheckStatus status, DateTime? checkedUtc, DateTime nowUtc, int validMonths, int reminderDays)
    {
        if (ExpiresUtc(status, checkedUtc, validMonths) is not { } ends)
        {
            return BackgroundCheckStanding.NotCleared;
        }

        return nowUtc >= ends ? BackgroundCheckStanding.Expired
            : nowUtc >= ends.AddDays(-Math.Max(0, reminderDays)) ? BackgroundCheckStanding.ExpiringSoon
            : BackgroundCheckStanding.Current;
    }

    /// <summary>
    /// Whether the reminder is due now: the check ends within the window, and no reminder was sent for this check
    /// (a reminder sent before the check was renewed does not count).
    /// </summary>
    public static bool ReminderDue(BackgroundCheckStatus status, DateTime? checkedUtc, DateTime? remindedUtc, DateTime nowUtc, int validMonths, int reminderDays) =>
        Standing(status, checkedUtc, nowUtc, validMonths, reminderDays) == BackgroundCheckStanding.ExpiringSoon
        && (remindedUtc is null || remindedUtc < checkedUtc);
}
