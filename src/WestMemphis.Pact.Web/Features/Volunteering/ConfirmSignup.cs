using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// "Confirm your sign-up": the page a resident lands on after filling in the volunteer profile that a
/// "Sign up" click sent them to. It only shows the shift; the sign-up itself is the same antiforgery-checked
/// POST /shifts/{id}/signup the event page uses, so the rules and messages are the same by construction.
/// A GET never signs anybody up (see docs/decisions/0012-finish-sign-up-after-profile.md).
/// </summary>
public sealed partial class VolunteeringController
{
    /// <summary>Shows one shift with a "Sign up" button (the POST below). Never signs up by itself.</summary>
    [HttpGet("/shifts/{id:int}/signup")]
    public async Task<IActionResult> ConfirmSignUp(int id, CancellationToken cancellationToken)
    {
        var model = await ConfirmSignup.LoadAsync(db, id, UserId, clock.GetUtcNow().UtcDateTime, options.Value.BackgroundCheckValidMonths, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (!await db.VolunteerProfiles.AnyAsync(p => p.UserId == UserId, cancellationToken))
        {
            return ProfileFirst(id, model.EventPath);
        }

        return View("ConfirmSignup", model);
    }

    [HttpPost("/shifts/{id:int}/signup")]
    public async Task<IActionResult> SignUp(int id, SignupForm form, CancellationToken cancellationToken)
    {
        var shift = await db.Shifts.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.EventId, s.Event!.Title, s.Event.Status }).FirstOrDefaultAsync(cancellationToken);
        if (shift is null || shift.Status == EventStatus.Draft)
        {
            return NotFound();
        }

        var back = Slug.EventPath(shift.EventId, shift.Title) + $"#shift-{id}";
        if (!await db.VolunteerProfiles.AnyAsync(p => p.UserId == UserId, cancellationToken))
        {
            return ProfileFirst(id, back);
        }

        var key = form.IdempotencyKey is { Length: > 0 and <= 64 } k && k.All(char.IsAsciiLetterOrDigit) ? k : Guid.NewGuid().ToString("N");
        var result = await signups.SignUpAsync(id, UserId, key, cancellationToken: cancellationToken);
        switch (result.Outcome)
        {
            case SignupOutcome.NotFound:
                return NotFound();
            case SignupOutcome.Refused:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("SignupRefused", new SignupRefusedViewModel(result.Message!, back, shift.Title));
            case SignupOutcome.Confirmed:
                this.SetStatus("You're signed up. A confirmation email with a calendar file is on its way.");
                break;
            case SignupOutcome.AwaitingConsent:
                this.SetStatus(AwaitingConsentMessage);
                break;
            case SignupOutcome.Waitlisted:
                this.SetStatus($"The shift is full: you are number {result.WaitlistPosition} on the waitlist. We'll email you if a place opens.");
                break;
            default:
                this.SetStatus("You're already signed up for this shift.");
                break;
        }

        return LocalRedirect(back);
    }

    public const string AwaitingConsentMessage = "You're signed up, waiting for your parent or guardian's consent: we emailed them a link. Until they agree, your sign-up holds no place on the shift; we'll email you when they answer.";

    /// <summary>No volunteer profile yet: fill it in first, then come back to confirm this shift.</summary>
    private IActionResult ProfileFirst(int shiftId, string returnUrl)
    {
        this.SetStatus("Before your first shift, please fill in your volunteer profile. Then you can confirm this shift.");
        return LocalRedirect($"/volunteer/profile?shiftId={shiftId}&returnUrl=" + Uri.EscapeDataString(returnUrl));
    }
}

public sealed class SignupForm
{
    public string? IdempotencyKey { get; set; }
}

public sealed record SignupRefusedViewModel(string Message, string BackUrl, string EventTitle);

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
    bool AlreadySignedUp,
    bool WaitsForConsent = false)
{
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");
}

public static class ConfirmSignup
{
    /// <summary>The page for a shift of a published (or cancelled, completed) event, or null for unknown shifts and drafts.</summary>
    public static async Task<ConfirmSignupViewModel?> LoadAsync(AppDbContext db, int shiftId, string volunteerId, DateTime nowUtc,
        int backgroundCheckValidMonths, CancellationToken cancellationToken)
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
            s => s.ShiftId == shiftId && s.VolunteerId == volunteerId
                && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted || s.Status == SignupStatus.AwaitingConsent),
            cancellationToken);
        var terms = new ShiftTerms(shift.Status, shift.SeekingVolunteers, shift.StartUtc, shift.MinimumAge, shift.WorksWithChildren);
        var refusal = SignupRules.ClosedRefusal(terms, nowUtc, byStaff: false) ?? SignupRules.EligibilityRefusal(terms, profile, byStaff: false, backgroundCheckValidMonths)
            ?? GuardianConsentRules.SignupRefusal(profile?.AgeGroup, profile?.GuardianConsent ?? GuardianConsentStatus.NotNeeded);
        var waitsForConsent = profile is not null && GuardianConsentRules.Admission(profile.AgeGroup, profile.GuardianConsent) == SignupAdmission.WaitsForConsent;
        return new ConfirmSignupViewModel(shiftId, shift.Role, shift.Title, Slug.EventPath(shift.EventId, shift.Title) + $"#shift-{shiftId}",
            shift.Location, shift.StartUtc, shift.EndUtc, shift.Capacity, Math.Max(0, shift.Capacity - shift.Filled), shift.WaitlistCount,
            refusal, already, waitsForConsent);
    }

    /// <summary>A shift id from a form or query string, kept only when it names a shift a resident could sign up for.</summary>
    public static async Task<int?> ValidShiftIdAsync(AppDbContext db, string? value, CancellationToken cancellationToken) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
        && await db.Shifts.AnyAsync(s => s.Id == id && s.Event!.Status == EventStatus.Published, cancellationToken)
            ? id
            : null;
}
