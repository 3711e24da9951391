using System.Linq.Expressions;

namespace WestMemphis.Pact.Domain;

/// <summary>When a sign-up may be cancelled and when a waitlist may move. Plain rules, used by the web layer and in queries.</summary>
public static class SignupRules
{
    /// <summary>
    /// A waitlist moves only for a published event whose shift has not started: a cancelled, completed or
    /// draft event, or a shift under way, never tells anyone "a place opened up".
    /// </summary>
    public static bool WaitlistMoves(EventStatus eventStatus, DateTime shiftStartUtc, DateTime nowUtc) =>
        eventStatus == EventStatus.Published && shiftStartUtc > nowUtc;

    /// <summary><see cref="WaitlistMoves(EventStatus, DateTime, DateTime)"/> as a query filter, so the database checks it inside the promoting UPDATE.</summary>
    public static Expression<Func<Shift, bool>> WaitlistMoves(DateTime nowUtc) =>
        s => s.Event!.Status == EventStatus.Published && s.StartUtc > nowUtc;

    /// <summary>How long after cancelling a volunteer may take it back with one "Undo".</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Why a volunteer may not undo the cancelling of their own sign-up now, or null when they may: only a sign-up
    /// they cancelled within <see cref="UndoWindow"/>, of a published event whose shift has not started, and only while
    /// the seat is still free (when the waitlist already took it, undoing would push someone out).
    /// </summary>
    public static string? UndoCancelRefusal(SignupStatus status, DateTime? cancelledUtc, EventStatus eventStatus, DateTime shiftStartUtc,
        int filled, int capacity, DateTime nowUtc) => status switch
    {
        _ when status != SignupStatus.Cancelled || cancelledUtc is null => "This sign-up is not cancelled, so there is nothing to undo.",
        _ when nowUtc - cancelledUtc.Value > UndoWindow => "It is too late to undo this: sign up again from the event page.",
        _ when !WaitlistMoves(eventStatus, shiftStartUtc, nowUtc) => "This shift is no longer open for sign-ups.",
        _ when filled >= capacity => "Your place has already gone to someone else. You can join the waitlist from the event page.",
        _ => null,
    };

    /// <summary>Why a volunteer may not cancel their own sign-up now, or null when they may.</summary>
    public static string? VolunteerCancelRefusal(EventStatus eventStatus, DateTime shiftStartUtc, DateTime nowUtc) => eventStatus switch
    {
        EventStatus.Cancelled => "This event has been cancelled, so there is nothing for you to cancel.",
        EventStatus.Completed => "This event is over, so the sign-up can no longer be cancelled.",
        _ when shiftStartUtc <= nowUtc => "This shift has already started, so it can no longer be cancelled here. If you cannot stay, please tell the coordinator on site or call 870-735-1210.",
        _ => null,
    };

    public static bool VolunteerMayCancel(EventStatus eventStatus, DateTime shiftStartUtc, DateTime nowUtc) =>
        VolunteerCancelRefusal(eventStatus, shiftStartUtc, nowUtc) is null;

    /// <summary>
    /// Why a shift is closed for sign-ups, or null when open. Staff may still add people to a shift that has
    /// started or to an event not seeking volunteers, but never to a draft or cancelled event.
    /// </summary>
    public static string? ClosedRefusal(ShiftTerms shift, DateTime nowUtc, bool byStaff)
    {
        if (shift.EventStatus is EventStatus.Cancelled or EventStatus.Draft)
        {
            return "This event is not open for sign-ups.";
        }

        if (byStaff)
        {
            return null;
        }

        if (!shift.SeekingVolunteers)
        {
            return "This event is not taking volunteers at the moment.";
        }

        return shift.StartUtc <= nowUtc ? "This shift has already started, so it is closed for sign-ups." : null;
    }

    /// <summary>
    /// Why this person may not take this shift (profile, age, background check), or null when they may.
    /// Staff may add someone who has no profile yet; age and background check hold for everyone.
    /// </summary>
    public static string? EligibilityRefusal(ShiftTerms shift, VolunteerProfile? profile, bool byStaff, int backgroundCheckValidMonths)
    {
        if (profile is null && !byStaff)
        {
            return "Please complete your volunteer profile first.";
        }

        if (profile is not null && profile.YoungestAge < shift.MinimumAge)
        {
            return $"Volunteers for this shift must be at least {shift.MinimumAge} years old.";
        }

        if (shift.WorksWithChildren && profile?.BackgroundCheck != BackgroundCheckStatus.Cleared)
        {
            return "This shift works with children: it is open only to volunteers whose background check the coordinator has cleared. Call 870-735-1210 to arrange one.";
        }

        if (shift.WorksWithChildren && !BackgroundChecks.ValidAt(profile!.BackgroundCheck, profile.BackgroundCheckUtc, shift.StartUtc, backgroundCheckValidMonths))
        {
            var ends = BackgroundChecks.ExpiresUtc(profile.BackgroundCheck, profile.BackgroundCheckUtc, backgroundCheckValidMonths);
            return ends is { } date
                ? $"This shift works with children, and your background check is valid only until {CentralTimeZone.DayOf(date).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture)}, before the shift. Call 870-735-1210 to renew it; you can sign up as soon as the coordinator records the new check."
                : "This shift works with children, and your background check has no date on record. Call 870-735-1210 so the coordinator can record it.";
        }

        return null;
    }

    /// <summary>Two time ranges overlap when each starts before the other ends (touching ends do not overlap).</summary>
    public static bool Overlaps(DateTime aStartUtc, DateTime aEndUtc, DateTime bStartUtc, DateTime bEndUtc) =>
        aStartUtc < bEndUtc && bStartUtc < aEndUtc;

    /// <summary>
    /// The person's active sign-ups that stop them taking this shift: one on the shift itself, or on another
    /// shift at an overlapping time (<see cref="Overlaps"/>, as a query the database runs).
    /// </summary>
    public static Expression<Func<Signup, bool>> ClashesWith(string volunteerId, int shiftId, DateTime startUtc, DateTime endUtc) =>
        s => s.VolunteerId == volunteerId && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted || s.Status == SignupStatus.AwaitingConsent)
            && (s.ShiftId == shiftId || (s.Shift!.StartUtc < endUtc && startUtc < s.Shift.EndUtc));
}

/// <summary>What about a shift decides whether someone may sign up for it.</summary>
public sealed record ShiftTerms(EventStatus EventStatus, bool SeekingVolunteers, DateTime StartUtc, int MinimumAge, bool WorksWithChildren);
