namespace WestMemphis.Pact.Domain.Records;

/// <summary>What a legal hold covers.</summary>
public enum HoldKind
{
    /// <summary>One record of one kind (<see cref="LegalHold.RecordKind"/>, <see cref="LegalHold.RecordId"/>).</summary>
    Record = 0,

    /// <summary>A problem and everything linked to it: its concerns and contact logs.</summary>
    Problem = 1,

    /// <summary>Every record where the person is reporter, requester or the officer/volunteer named.</summary>
    Person = 2,

    /// <summary>Incidents that occurred in a date range (UTC, end exclusive).</summary>
    IncidentDateRange = 3,
}

/// <summary>
/// A legal hold: while it is in force (not released) the records it covers are never purged or anonymised by the
/// retention run. Released holds stay as history; placing and releasing are audited.
/// </summary>
public class LegalHold : IAuditedRecord
{
    public int Id { get; set; }
    public HoldKind Kind { get; set; }
    public RecordKind? RecordKind { get; set; }

    /// <summary>The held record's id as text (kinds have int and long keys).</summary>
    public string? RecordId { get; set; }
    public int? ProblemId { get; set; }
    public string? PersonId { get; set; }
    public DateTime? FromUtc { get; set; }
    public DateTime? ToUtc { get; set; }
    public required string Reason { get; set; }
    public required string PlacedById { get; set; }
    public DateTime PlacedUtc { get; set; }
    public string? ReleasedById { get; set; }
    public DateTime? ReleasedUtc { get; set; }
    public string? ReleaseReason { get; set; }

    public bool IsActive => ReleasedUtc is null;
}

/// <summary>
/// One retention run, claimed for its day: the row is inserted before any work, and its unique <see cref="DayKey"/>
/// makes the second instance's insert fail, so that instance does nothing.
/// </summary>
public class RetentionRun
{
    public int Id { get; set; }

    /// <summary>The Central-time day of the run, yyyy-MM-dd.</summary>
    public required string DayKey { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }

    /// <summary>Counts per kind, for example "Concern: 2 anonymised; OutboxMessage: 5 deleted; held: 1".</summary>
    public string? Details { get; set; }
}
