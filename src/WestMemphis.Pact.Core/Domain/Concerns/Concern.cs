namespace WestMemphis.Pact.Domain.Concerns;

public enum ConcernCategory
{
    TrafficAndSpeeding = 0,
    DrugActivity = 1,
    BlightOrAbandonedProperty = 2,
    IllegalDumping = 3,
    StreetLighting = 4,
    Noise = 5,
    Loitering = 6,
    Animals = 7,
    Other = 8,
}

public enum ConcernStatus
{
    New = 0,
    Acknowledged = 1,
    InProgress = 2,
    Resolved = 3,
    Closed = 4,
}

/// <summary>
/// How the concern's area was chosen; stored as its number in <c>Concerns.AreaPlacedBy</c>, so the numbers never change.
/// Not an incident's placement (<see cref="Crime.AreaPlacement"/>), which has other ways and other numbers.
/// </summary>
public enum ConcernAreaPlacement
{
    /// <summary>No area yet (the address could not be placed and none was picked).</summary>
    None = 0,

    /// <summary>Placed by the address lookup (<c>IAreaLocator</c>).</summary>
    Lookup = 1,

    /// <summary>Picked by hand by the reporter or staff.</summary>
    Hand = 2,
}

/// <summary>
/// A neighborhood concern reported by a resident on /concerns/new or logged by staff at a town hall or
/// neighborhood association meeting. The reporter follows it on /status with the reference code (and the
/// email, when one was given). Reporter identity, contact and internal notes are staff-only; staff edit it,
/// so it carries a concurrency token.
/// </summary>
public class Concern : IVersioned, IAuditedRecord
{
    public int Id { get; set; }

    /// <summary>Public reference code, for example "C-7K3M9Q2XH4TP"; unique, long and random (see <see cref="ConcernRules.NewReferenceCode"/>).</summary>
    public required string ReferenceCode { get; set; }

    /// <summary>From the form's hidden field: a double-clicked submit finds the first concern and creates nothing.</summary>
    public required string IdempotencyKey { get; set; }

    public ConcernCategory Category { get; set; }

    /// <summary>Address or nearest intersection, as given.</summary>
    public required string Location { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public ConcernAreaPlacement AreaPlacedBy { get; set; }

    /// <summary>What is happening.</summary>
    public required string Description { get; set; }

    /// <summary>When it happens, in the reporter's words ("weeknights after 10 PM").</summary>
    public string? WhenItHappens { get; set; }

    public string? ReporterName { get; set; }
    public string? ReporterEmail { get; set; }
    public string? ReporterPhone { get; set; }

    /// <summary>The signed-in resident who reported it, when there was one (shown on /my).</summary>
    public string? ReporterUserId { get; set; }

    /// <summary>The reporter chose not to give a name or contact; follow-up is only through /status.</summary>
    public bool IsAnonymous { get; set; }

    public ConcernStatus Status { get; set; }

    /// <summary>Why it was resolved or closed (shown to the reporter).</summary>
    public string? ResolutionReason { get; set; }

    public string? AssignedOfficerId { get; set; }
    public ApplicationUser? AssignedOfficer { get; set; }

    /// <summary>The town hall or neighborhood association meeting it was raised at, when staff logged it there.</summary>
    public int? RaisedAtEventId { get; set; }
    public Event? RaisedAtEvent { get; set; }

    /// <summary>The staff member who logged it (for concerns raised at a meeting).</summary>
    public string? LoggedById { get; set; }

    public int? ProblemId { get; set; }
    public Problems.Problem? Problem { get; set; }

    /// <summary>The re-encoded photo's random file name in the private photo store (never under wwwroot).</summary>
    public string? PhotoStoredName { get; set; }
    public string? PhotoContentType { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? AcknowledgedUtc { get; set; }
    public DateTime? ResolvedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public bool IsDemo { get; set; }
    public Guid Version { get; set; }

    public List<ConcernUpdate> Updates { get; set; } = [];

    public bool IsOpen => Status is ConcernStatus.New or ConcernStatus.Acknowledged or ConcernStatus.InProgress;
}

/// <summary>A public update (shown to the reporter on /status and emailed) or an internal note (staff-only).</summary>
public class ConcernUpdate : IAuditedRecord
{
    public int Id { get; set; }
    public int ConcernId { get; set; }
    public Concern? Concern { get; set; }
    public bool IsPublic { get; set; }
    public required string Body { get; set; }
    public string? AuthorId { get; set; }
    public string? AuthorName { get; set; }
    public DateTime CreatedUtc { get; set; }
}
