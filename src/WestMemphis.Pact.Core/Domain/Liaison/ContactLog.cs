namespace WestMemphis.Pact.Domain.Liaison;

public enum ContactKind
{
    ChurchVisit = 0,
    ClergyMeeting = 1,
    PartnerMeeting = 2,
    PjaCoordination = 3,
    BusinessCheck = 4,
    SchoolVisit = 5,
    CommunityContact = 6,
    ParkAndWalk = 7,
    Cleanup = 8,
}

public enum ContactCategory
{
    Relationship = 0,
    ProblemSolving = 1,
    Activity = 2,
}

/// <summary>
/// An officer's logged visit or contact, with an optional follow-up (what, owner, due date) closed with an outcome.
/// Visit notes are staff-only and every view of them is audited.
/// </summary>
public class ContactLog : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string OfficerId { get; set; }
    public ApplicationUser? Officer { get; set; }
    public DateTime WhenUtc { get; set; }
    public ContactKind Kind { get; set; }
    public ContactCategory Category { get; set; }
    public int? CongregationId { get; set; }
    public Congregation? Congregation { get; set; }
    public int? ClergyId { get; set; }
    public Clergy? Clergy { get; set; }
    public int? PartnerOrganizationId { get; set; }
    public PartnerOrganization? PartnerOrganization { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public required string Purpose { get; set; }
    public string? Notes { get; set; }

    /// <summary>People reached (positive contacts); null when the officer did not say, which is not 0.</summary>
    public int? PositiveContacts { get; set; }

    public string? FollowUp { get; set; }
    public string? FollowUpOwnerId { get; set; }
    public ApplicationUser? FollowUpOwner { get; set; }
    public DateOnly? FollowUpDue { get; set; }
    public DateTime? FollowUpClosedUtc { get; set; }
    public string? FollowUpOutcome { get; set; }

    /// <summary>The problem-solving project this contact was part of, if any.</summary>
    public int? ProblemId { get; set; }
    public Problems.Problem? Problem { get; set; }

    public DateTime CreatedUtc { get; set; }
    public bool IsDemo { get; set; }
    public Guid Version { get; set; }

    public bool HasOpenFollowUp => FollowUp is not null && FollowUpClosedUtc is null;

    public bool IsOverdue(DateOnly today) => HasOpenFollowUp && FollowUpDue is { } due && due < today;

    /// <summary>Who may open (read or edit) a log: the officer who wrote it, or an admin. Visit notes go no further.</summary>
    public bool MayBeOpenedBy(string? userId, bool isAdmin) => isAdmin || (userId is not null && OfficerId == userId);

    /// <summary>Who may close its follow-up: its owner, the officer who wrote the log, or an admin.</summary>
    public bool MayCloseFollowUp(string? userId, bool isAdmin) => MayBeOpenedBy(userId, isAdmin) || (userId is not null && FollowUpOwnerId == userId);

    /// <summary>
    /// Sets the follow-up (what, owner, due). A changed follow-up is a new promise: it opens again. An unchanged one
    /// keeps its closing; no follow-up clears owner, due date, closing and outcome.
    /// </summary>
    public void SetFollowUp(string? what, string? ownerId, DateOnly? due)
    {
        if (what is null)
        {
            FollowUpClosedUtc = null;
            FollowUpOutcome = null;
        }
        else if (what != FollowUp)
        {
            FollowUpClosedUtc = null;
        }

        FollowUp = what;
        FollowUpOwnerId = what is null ? null : ownerId;
        FollowUpDue = what is null ? null : due;
    }
}

public static class ContactKinds
{
    public static string Label(ContactKind kind) => kind switch
    {
        ContactKind.ChurchVisit => "Church visit",
        ContactKind.ClergyMeeting => "Clergy meeting",
        ContactKind.PartnerMeeting => "Partner meeting",
        ContactKind.PjaCoordination => "PJA coordination",
        ContactKind.BusinessCheck => "Business check",
        ContactKind.SchoolVisit => "School visit",
        ContactKind.CommunityContact => "Community contact",
        ContactKind.ParkAndWalk => "Park and Walk",
        ContactKind.Cleanup => "Cleanup",
        _ => kind.ToString(),
    };

    public static string Label(ContactCategory category) => category switch
    {
        ContactCategory.ProblemSolving => "Problem-solving",
        _ => category.ToString(),
    };
}
