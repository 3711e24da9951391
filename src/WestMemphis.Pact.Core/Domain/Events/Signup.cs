namespace WestMemphis.Pact.Domain;

/// <summary>A volunteer on a shift. History is kept: a cancellation changes the status, never deletes.</summary>
public class Signup : IAuditedRecord
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

    /// <summary>Statuses of a sign-up still to come true: a seat, a waitlist place, or one waiting for a guardian's consent.</summary>
    public static readonly SignupStatus[] Active = [SignupStatus.Confirmed, SignupStatus.Waitlisted, SignupStatus.AwaitingConsent];

    /// <summary>Statuses that hold a seat on the shift (never <see cref="SignupStatus.AwaitingConsent"/>).</summary>
    public static readonly SignupStatus[] HoldingSeat = [SignupStatus.Confirmed, SignupStatus.Attended, SignupStatus.NoShow];

    /// <summary>The most hours one check-in can credit.</summary>
    public const double MaxHours = 24;

    /// <summary>
    /// Hours credited for a check-in and check-out: quarter hours, rounded to the nearest (a half quarter
    /// rounds up), at least one quarter, at most <see cref="MaxHours"/> — what people expect on a timesheet.
    /// </summary>
    public static double CreditedHours(DateTime checkedInUtc, DateTime checkedOutUtc)
    {
        var quarters = Math.Max(1, Math.Round((checkedOutUtc - checkedInUtc).TotalHours * 4, MidpointRounding.AwayFromZero));
        return Math.Min(MaxHours, quarters / 4);
    }

    /// <summary>
    /// The version a roster form carries (check-in, check-out, no-show, hours, remove): the state those forms change,
    /// so a form read before someone else changed the sign-up is refused (<see cref="StateVersion"/>).
    /// </summary>
    public static string RosterVersion(SignupStatus status, DateTime? checkedInUtc, DateTime? checkedOutUtc, double? hours, bool hoursApproved) =>
        StateVersion.Of(status, checkedInUtc, checkedOutUtc, hours, hoursApproved);

    /// <summary>This sign-up's <see cref="RosterVersion(SignupStatus, DateTime?, DateTime?, double?, bool)"/>.</summary>
    public string RosterVersion() => RosterVersion(Status, CheckedInUtc, CheckedOutUtc, Hours, HoursApproved);

    /// <summary>Confirmed (or marked no-show by mistake) → Attended. Returns why not, or null when done.</summary>
    public string? CheckIn(DateTime nowUtc)
    {
        if (Status is not (SignupStatus.Confirmed or SignupStatus.NoShow))
        {
            return "Only a confirmed volunteer can be checked in.";
        }

        Status = SignupStatus.Attended;
        CheckedInUtc = nowUtc;
        return null;
    }

    /// <summary>Records the check-out and credits the hours, unless they were already approved. Returns why not, or null when done.</summary>
    public string? CheckOut(DateTime nowUtc)
    {
        if (Status != SignupStatus.Attended || CheckedInUtc is not { } checkedIn)
        {
            return "Check the volunteer in first.";
        }

        CheckedOutUtc = nowUtc;
        if (!HoursApproved)
        {
            Hours = CreditedHours(checkedIn, nowUtc);
        }

        return null;
    }

    /// <summary>Confirmed → No-show. Returns why not, or null when done.</summary>
    public string? MarkNoShow()
    {
        if (Status != SignupStatus.Confirmed)
        {
            return "Only a confirmed volunteer who has not checked in can be marked as not attending.";
        }

        Status = SignupStatus.NoShow;
        return null;
    }

    /// <summary>The coordinator sets (and optionally approves) the hours of someone who attended. Returns why not, or null when done.</summary>
    public string? SetHours(double hours, bool approve)
    {
        if (Status != SignupStatus.Attended)
        {
            return "Hours are credited only to volunteers who attended.";
        }

        if (HoursApproved)
        {
            return "These hours are already approved.";
        }

        if (!double.IsFinite(hours) || hours < 0 || hours > MaxHours)
        {
            return "Hours must be a number from 0 to 24, for example 2.5.";
        }

        Hours = Math.Round(hours, 2);
        HoursApproved = approve;
        return null;
    }
}

public enum SignupStatus
{
    Confirmed = 0,
    Waitlisted = 1,
    Cancelled = 2,
    Attended = 3,
    NoShow = 4,

    /// <summary>
    /// A minor's sign-up made before their parent or guardian consented: it holds no seat and no waitlist place, and
    /// becomes Confirmed (or Cancelled) when the guardian answers (<see cref="GuardianConsentRules"/>).
    /// </summary>
    AwaitingConsent = 5,
}
