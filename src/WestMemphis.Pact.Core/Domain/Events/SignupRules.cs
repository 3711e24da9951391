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
}
