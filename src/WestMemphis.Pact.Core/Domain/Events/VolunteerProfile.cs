namespace WestMemphis.Pact.Domain;

/// <summary>
/// What a resident tells us once before their first shift. No birth date is stored: an age group is
/// enough to check a shift's minimum age.
/// </summary>
public class VolunteerProfile : IAuditedRecord
{
    /// <summary>The Identity user's id (one profile per account).</summary>
    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public required string Phone { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public string? Interests { get; set; }
    public AgeGroup AgeGroup { get; set; }

    /// <summary>For 13–17-year-olds: the parent or guardian's name, as the minor typed it.</summary>
    public string? GuardianName { get; set; }

    /// <summary>
    /// For 13–17-year-olds: where the consent request goes. Null on a profile saved before consent by email
    /// (docs/decisions/0024-guardian-consent-by-email.md): its old ticked box stays valid until the next edit asks for it.
    /// </summary>
    public string? GuardianEmail { get; set; }

    /// <summary>Where the guardian's consent stands (<see cref="GuardianConsentRules"/>); <see cref="GuardianConsentStatus.NotNeeded"/> for adults.</summary>
    public GuardianConsentStatus GuardianConsent { get; set; }

    /// <summary>When the current consent was given (by the link, or the old ticked box); kept after a withdrawal, with <see cref="GuardianAnsweredUtc"/>.</summary>
    public DateTime? GuardianConsentUtc { get; set; }

    /// <summary>The name the guardian typed to consent: their signature.</summary>
    public string? GuardianSignature { get; set; }

    /// <summary>When the guardian last answered (consent, decline or withdrawal).</summary>
    public DateTime? GuardianAnsweredUtc { get; set; }

    /// <summary>When the current request (the link now valid) was emailed: "waiting since".</summary>
    public DateTime? GuardianRequestedUtc { get; set; }

    /// <summary>SHA-256 (hex) of the secret in the guardian's link; a new request replaces it, so the older link stops working.</summary>
    public string? GuardianLinkHash { get; set; }
    public required string WaiverVersion { get; set; }
    public DateTime WaiverAcceptedUtc { get; set; }
    public BackgroundCheckStatus BackgroundCheck { get; set; }

    /// <summary>The day the check was done (the start of that day in West Memphis); a cleared check is valid for a set number of months from it.</summary>
    public DateTime? BackgroundCheckUtc { get; set; }

    /// <summary>When the volunteer and the coordinator were last reminded that the check ends soon (claimed by one worker only).</summary>
    public DateTime? BackgroundCheckReminderUtc { get; set; }

    /// <summary>Secret part of the person's private calendar-feed URL; replaced when revoked.</summary>
    public string? CalendarToken { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>The version the background-check form carries: the check's status and day (<see cref="StateVersion"/>).</summary>
    public string BackgroundCheckVersion() => StateVersion.Of(BackgroundCheck, BackgroundCheckUtc);

    public int YoungestAge => AgeGroup switch
    {
        AgeGroup.Adult => 18,
        AgeGroup.SixteenToSeventeen => 16,
        _ => 13,
    };
}

/// <summary>Where a minor's parent or guardian's consent stands.</summary>
public enum GuardianConsentStatus
{
    /// <summary>An adult: nobody is asked.</summary>
    NotNeeded = 0,

    /// <summary>The guardian was emailed a link and has not answered: the minor's sign-ups wait and hold no seat.</summary>
    Waiting = 1,
    Given = 2,
    Declined = 3,
    Withdrawn = 4,
}

public enum AgeGroup
{
    Adult = 0,
    SixteenToSeventeen = 1,
    ThirteenToFifteen = 2,
}

public enum BackgroundCheckStatus
{
    NotStarted = 0,
    Pending = 1,
    Cleared = 2,
    NotCleared = 3,
}
