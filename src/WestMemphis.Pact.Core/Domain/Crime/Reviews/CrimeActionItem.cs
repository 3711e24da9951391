namespace WestMemphis.Pact.Domain.Crime.Reviews;

/// <summary>Who owns an action item.</summary>
public enum ActionOwnerKind
{
    LiaisonOfficer = 0,
    UniformPatrol = 1,
    Cid = 2,
    Narcotics = 3,
    Traffic = 4,
    CodeEnforcement = 5,
    PartnerAgency = 6,
}

/// <summary>
/// Something a review meeting agreed to do. Raised at one meeting; while open it carries over to each next meeting of
/// the same areas (<see cref="CurrentReviewId"/> moves, <see cref="TimesCarried"/> counts), where its outcome is recorded.
/// </summary>
public class CrimeActionItem : IVersioned, IAuditedRecord
{
    public const int WhatMaxLength = 1000;
    public const int OutcomeMaxLength = 2000;
    public const int PartnerMaxLength = 200;

    public int Id { get; set; }

    /// <summary>The meeting that raised it.</summary>
    public int RaisedInReviewId { get; set; }
    public CrimeReview? RaisedInReview { get; set; }

    /// <summary>The latest meeting it was on (the raising one, or the one it was carried over to).</summary>
    public int CurrentReviewId { get; set; }
    public CrimeReview? CurrentReview { get; set; }

    public int TimesCarried { get; set; }

    public required string What { get; set; }
    public ActionOwnerKind OwnerKind { get; set; }

    /// <summary>The liaison officer who owns it (owner kind <see cref="ActionOwnerKind.LiaisonOfficer"/>).</summary>
    public string? OwnerUserId { get; set; }
    public ApplicationUser? OwnerUser { get; set; }

    /// <summary>The partner agency's name (owner kind <see cref="ActionOwnerKind.PartnerAgency"/>).</summary>
    public string? PartnerName { get; set; }

    public DateOnly? DueDate { get; set; }
    public ActionItemStatus Status { get; set; }

    public string? Outcome { get; set; }

    /// <summary>The meeting at which the outcome was recorded.</summary>
    public int? OutcomeReviewId { get; set; }
    public CrimeReview? OutcomeReview { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public Guid Version { get; set; }

    public bool IsOpen => Status.IsOpen();

    public static string OwnerLabel(ActionOwnerKind kind) => kind switch
    {
        ActionOwnerKind.LiaisonOfficer => "Liaison officer",
        ActionOwnerKind.UniformPatrol => "Uniform patrol",
        ActionOwnerKind.Cid => "CID",
        ActionOwnerKind.Narcotics => "Narcotics",
        ActionOwnerKind.Traffic => "Traffic",
        ActionOwnerKind.CodeEnforcement => "Code enforcement",
        _ => "Partner agency",
    };

    public static string StatusLabel(ActionItemStatus status) => ActionItemStatuses.Label(status);
}
