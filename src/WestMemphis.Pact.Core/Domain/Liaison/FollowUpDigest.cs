namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>
/// The weekly digest of an officer's open follow-ups, one row per officer per week. The unique (officer, week)
/// key is the claim: the digest's email is queued in the same transaction as this row, so a restart or a second
/// instance never sends the same week's digest twice.
/// </summary>
public class FollowUpDigest : IAuditedRecord
{
    public long Id { get; set; }
    public required string OfficerId { get; set; }

    /// <summary>The Monday (Central time) of the week the digest covers.</summary>
    public DateOnly WeekOf { get; set; }

    public DateTime QueuedUtc { get; set; }
    public int OpenFollowUps { get; set; }
    public int Overdue { get; set; }
}
