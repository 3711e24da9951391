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

    /// <summary>For 13–17-year-olds: the parent or guardian who consented.</summary>
    public string? GuardianName { get; set; }
    public DateTime? GuardianConsentUtc { get; set; }
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

    public int YoungestAge => AgeGroup switch
    {
        AgeGroup.Adult => 18,
        AgeGroup.SixteenToSeventeen => 16,
        _ => 13,
    };
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
