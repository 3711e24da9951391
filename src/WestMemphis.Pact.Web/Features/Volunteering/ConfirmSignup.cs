using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// "Confirm your sign-up": the page a resident lands on after filling in the volunteer profile that a
/// "Sign up" click sent them to. It only shows the shift; the sign-up itself is the same antiforgery-checked
/// POST /shifts/{id}/signup the event page uses, so the rules and messages are the same by construction.
/// A GET never signs anybody up (see docs/decisions/0012-finish-sign-up-after-profile.md).
/// </summary>
public sealed record ConfirmSignupViewModel(
    int ShiftId,
    string Role,
    string EventTitle,
    string EventPath,
    string Location,
    DateTime StartUtc,
    DateTime EndUtc,
    int Capacity,
    int SpotsLeft,
    int WaitlistCount,
    string? Refusal,
    bool AlreadySignedUp)
{
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");
}

public static class ConfirmSignup
{
    /// <summary>The page for a shift of a published (or cancelled, completed) event, or null for unknown shifts and drafts.</summary>
    public static async Task<ConfirmSignupViewModel?> LoadAsync(AppDbContext db, int shiftId, string volunteerId, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var shift = await db.Shifts.AsNoTracking().Where(s => s.Id == shiftId && s.Event!.Status != EventStatus.Draft)
            .Select(s => new
            {
                s.Role,
                s.EventId,
                s.Event!.Title,
                s.Event.Location,
                s.Event.Status,
                s.Event.SeekingVolunteers,
                s.StartUtc,
                s.EndUtc,
                s.Capacity,
                s.Filled,
                s.WaitlistCount,
                s.MinimumAge,
                s.WorksWithChildren,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (shift is null)
        {
            return null;
        }

        var profile = await db.VolunteerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == volunteerId, cancellationToken);
        var already = await db.Signups.AsNoTracking().AnyAsync(
            s => s.ShiftId == shiftId && s.VolunteerId == volunteerId && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted),
            cancellationToken);
        var terms = new ShiftTerms(shift.Status, shift.SeekingVolunteers, shift.StartUtc, shift.MinimumAge, shift.WorksWithChildren);
        var refusal = SignupRules.ClosedRefusal(terms, nowUtc, byStaff: false) ?? SignupRules.EligibilityRefusal(terms, profile, byStaff: false);
        return new ConfirmSignupViewModel(shiftId, shift.Role, shift.Title, Slug.EventPath(shift.EventId, shift.Title) + $"#shift-{shiftId}",
            shift.Location, shift.StartUtc, shift.EndUtc, shift.Capacity, Math.Max(0, shift.Capacity - shift.Filled), shift.WaitlistCount,
            refusal, already);
    }

    /// <summary>A shift id from a form or query string, kept only when it names a shift a resident could sign up for.</summary>
    public static async Task<int?> ValidShiftIdAsync(AppDbContext db, string? value, CancellationToken cancellationToken) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
        && await db.Shifts.AnyAsync(s => s.Id == id && s.Event!.Status == EventStatus.Published, cancellationToken)
            ? id
            : null;
}
