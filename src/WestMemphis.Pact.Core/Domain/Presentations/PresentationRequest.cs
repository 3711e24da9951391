namespace WestMemphis.Pact.Domain;

/// <summary>
/// A request from a school or group for a presentation, a Rusty the Crime Dog visit, a station tour or a
/// National Night Out block-party visit. The requester follows it on /status with the public reference code
/// and their email address. Staff edit it (triage, schedule, complete), so it carries a concurrency token.
/// </summary>
public class PresentationRequest : IVersioned, IAuditedRecord
{
    public int Id { get; set; }

    /// <summary>Public reference code, for example "PR-7K3M9Q2X"; unique.</summary>
    public required string ReferenceCode { get; set; }

    /// <summary>From the form's hidden field: a double-clicked submit finds the first request and creates nothing.</summary>
    public required string IdempotencyKey { get; set; }

    public PresentationKind Kind { get; set; }
    public PresentationStatus Status { get; set; }
    public required string RequesterName { get; set; }
    public string? RequesterRole { get; set; }
    public required string RequesterEmail { get; set; }
    public string? RequesterPhone { get; set; }

    /// <summary>The signed-in resident who sent it, when there was one (shown on /my).</summary>
    public string? UserId { get; set; }

    public int? SchoolId { get; set; }
    public School? School { get; set; }

    /// <summary>"Other organization" (or the block-party host's street) when no school is chosen.</summary>
    public string? OrganizationName { get; set; }

    /// <summary><see cref="PresentationTopic"/> names, comma-separated.</summary>
    public string? Topics { get; set; }
    public string? TopicOther { get; set; }
    public string? GradeLevels { get; set; }
    public int? NumberOfClasses { get; set; }
    public int AudienceSize { get; set; }
    public bool Outdoor { get; set; }
    public int MinutesAllotted { get; set; }

    /// <summary>Where (the block party's address for National Night Out).</summary>
    public required string Location { get; set; }
    public string? Parking { get; set; }
    public string? Greeter { get; set; }
    public string? OnSitePhone { get; set; }
    public bool RustyRequested { get; set; }
    public string? Notes { get; set; }

    /// <summary>Up to three preferred times (option 1 is required; for National Night Out, the party's time window).</summary>
    public DateTime Option1StartUtc { get; set; }
    public DateTime Option1EndUtc { get; set; }
    public DateTime? Option2StartUtc { get; set; }
    public DateTime? Option2EndUtc { get; set; }
    public DateTime? Option3StartUtc { get; set; }
    public DateTime? Option3EndUtc { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>After the visit: students or people reached, which feed the engagement figures.</summary>
    public int? PeopleReached { get; set; }
    public string? CompletionNotes { get; set; }
    public DateTime? CompletedUtc { get; set; }

    public List<PresentationMessage> Messages { get; set; } = [];
    public Appearance? Appearance { get; set; }
    public Guid Version { get; set; }

    /// <summary>The requested options that are filled in, in order.</summary>
    public IReadOnlyList<TimeSlot> Options()
    {
        var list = new List<TimeSlot> { new(Option1StartUtc, Option1EndUtc) };
        if (Option2StartUtc is { } s2 && Option2EndUtc is { } e2)
        {
            list.Add(new(s2, e2));
        }

        if (Option3StartUtc is { } s3 && Option3EndUtc is { } e3)
        {
            list.Add(new(s3, e3));
        }

        return list;
    }

    /// <summary>Rusty needs more notice, whether asked for by kind or by the check box.</summary>
    public bool WantsRusty => RustyRequested || Kind == PresentationKind.RustyVisit;
}

public enum PresentationKind
{
    SchoolPresentation = 0,
    SpeakingEngagement = 1,
    RustyVisit = 2,
    StationTour = 3,
    NationalNightOut = 4,
}

public enum PresentationStatus
{
    Submitted = 0,
    UnderReview = 1,
    Scheduled = 2,
    Declined = 3,
    Completed = 4,
    Cancelled = 5,
}

public enum PresentationTopic
{
    StrangerDanger,
    Bullying,
    InternetSafety,
    DrugAwareness,
    GunSafety,
    BikeAndPedestrianSafety,
    NineOneOne,
    CareersInPolicing,
    CrimePrevention,
    Other,
}

/// <summary>A span of time in UTC.</summary>
public readonly record struct TimeSlot(DateTime StartUtc, DateTime EndUtc);
