namespace WestMemphis.Pact.Domain;

/// <summary>A volunteer on a shift. History is kept: a cancellation changes the status, never deletes.</summary>
public class Signup
{
    public long Id { get; set; }
    public int ShiftId { get; set; }
    public Shift? Shift { get; set; }
    public required string VolunteerId { get; set; }
    public ApplicationUser? Volunteer { get; set; }
    public SignupStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>From the sign-up form's hidden field: a double-click sends the same key and creates nothing new.</summary>
    public required string IdempotencyKey { get; set; }
    public bool AddedByStaff { get; set; }
    public DateTime? PromotedUtc { get; set; }
    public DateTime? CancelledUtc { get; set; }
    public DateTime? CheckedInUtc { get; set; }
    public DateTime? CheckedOutUtc { get; set; }

    /// <summary>Hours credited, computed at check-out and editable by the coordinator until approved.</summary>
    public double? Hours { get; set; }
    public bool HoursApproved { get; set; }
    public DateTime? FirstReminderSentUtc { get; set; }
    public DateTime? SecondReminderSentUtc { get; set; }

    public static readonly SignupStatus[] Active = [SignupStatus.Confirmed, SignupStatus.Waitlisted];

    /// <summary>Statuses that hold a seat on the shift.</summary>
    public static readonly SignupStatus[] HoldingSeat = [SignupStatus.Confirmed, SignupStatus.Attended, SignupStatus.NoShow];
}

public enum SignupStatus
{
    Confirmed = 0,
    Waitlisted = 1,
    Cancelled = 2,
    Attended = 3,
    NoShow = 4,
}
