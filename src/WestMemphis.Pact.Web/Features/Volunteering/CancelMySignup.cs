using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// A resident cancels their own sign-up (while the rules allow it); the seat goes to the waitlist. Cancelling is
/// never one tap: "Cancel…" opens a confirmation page (GET, changes nothing), and only its "Yes, cancel" POST
/// cancels. The page that follows offers "Undo" for <see cref="SignupRules.UndoWindow"/> while the seat is still
/// free (<see cref="SignupRules.UndoCancelRefusal"/>); undoing signs the person up again through the usual rules.
/// </summary>
public sealed partial class VolunteeringController
{
    [HttpGet("/signups/{id:long}/cancel")]
    public async Task<IActionResult> ConfirmCancel(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var s = await MySignupAsync(id, cancellationToken);
        if (s is null)
        {
            return NotFound();
        }

        var back = SafeLocal(returnUrl) ?? s.EventPath;
        if (s.Status is not (SignupStatus.Confirmed or SignupStatus.Waitlisted or SignupStatus.AwaitingConsent))
        {
            this.SetStatus("That sign-up was already cancelled.");
            return LocalRedirect(back);
        }

        var refusal = SignupRules.VolunteerCancelRefusal(s.EventStatus, s.StartUtc, clock.GetUtcNow().UtcDateTime);
        return View("ConfirmCancel", new CancelSignupViewModel(s, SafeLocal(returnUrl), back, refusal));
    }

    [HttpPost("/signups/{id:long}/cancel")]
    public async Task<IActionResult> Cancel(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await signups.CancelAsync(id, UserId, cancellationToken);
        if (result.Outcome == CancelOutcome.NotFound)
        {
            return NotFound();
        }

        this.SetStatus(result.Outcome switch
        {
            CancelOutcome.Cancelled => "Your sign-up is cancelled. Thank you for letting us know.",
            CancelOutcome.Refused => result.Message!,
            _ => "That sign-up was already cancelled.",
        });
        var back = SafeLocal(returnUrl);
        if (result.Outcome == CancelOutcome.Cancelled)
        {
            // The page with "Undo" (and the way back).
            return LocalRedirect($"/signups/{id}/cancelled" + (back is null ? "" : "?returnUrl=" + Uri.EscapeDataString(back)));
        }

        if (back is null)
        {
            var e = await db.Signups.Where(s => s.Id == id).Select(s => new { s.Shift!.EventId, s.Shift.Event!.Title }).FirstAsync(cancellationToken);
            back = Slug.EventPath(e.EventId, e.Title);
        }

        return LocalRedirect(back);
    }

    /// <summary>After cancelling: what was cancelled, "Undo" while it is cheap, and the way back.</summary>
    [HttpGet("/signups/{id:long}/cancelled")]
    public async Task<IActionResult> Cancelled(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var s = await MySignupAsync(id, cancellationToken);
        if (s is null)
        {
            return NotFound();
        }

        var back = SafeLocal(returnUrl) ?? s.EventPath;
        if (s.Status != SignupStatus.Cancelled)
        {
            return LocalRedirect(back);
        }

        var refusal = SignupRules.UndoCancelRefusal(s.Status, s.CancelledUtc, s.EventStatus, s.StartUtc, s.Filled, s.Capacity, clock.GetUtcNow().UtcDateTime);
        return View("Cancelled", new CancelSignupViewModel(s, SafeLocal(returnUrl), back, refusal));
    }

    [HttpPost("/signups/{id:long}/undo")]
    public async Task<IActionResult> UndoCancel(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var s = await MySignupAsync(id, cancellationToken);
        if (s is null)
        {
            return NotFound();
        }

        var back = SafeLocal(returnUrl) ?? s.EventPath;
        if (SignupRules.UndoCancelRefusal(s.Status, s.CancelledUtc, s.EventStatus, s.StartUtc, s.Filled, s.Capacity, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            this.SetStatus(refusal);
            return LocalRedirect(back);
        }

        // One key per cancelled sign-up: a second "Undo" (double click, another tab) finds the first and does nothing more.
        var result = await signups.SignUpAsync(s.ShiftId, UserId, $"undo{id}", cancellationToken: cancellationToken);
        this.SetStatus(result.Outcome switch
        {
            SignupOutcome.Confirmed => "Undone: you're signed up again.",
            SignupOutcome.Waitlisted => $"The last place went meanwhile: you are number {result.WaitlistPosition} on the waitlist.",
            SignupOutcome.AwaitingConsent => "Undone: you're signed up again, waiting for your parent or guardian's consent.",
            SignupOutcome.Refused => result.Message!,
            SignupOutcome.NotFound => "This shift is no longer open for sign-ups.",
            _ => "You're already signed up for this shift.",
        });
        return LocalRedirect(back);
    }

    private async Task<MySignup?> MySignupAsync(long id, CancellationToken cancellationToken)
    {
        var found = await db.Signups.AsNoTracking().Where(s => s.Id == id && s.VolunteerId == UserId)
            .Select(s => new MySignup(s.Id, s.ShiftId, s.Shift!.Role, s.Shift.EventId, s.Shift.Event!.Title, s.Shift.Event.Location, s.Shift.Event.Status,
                s.Shift.StartUtc, s.Shift.EndUtc, s.Status, s.CancelledUtc, s.Shift.Filled, s.Shift.Capacity, ""))
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : found with { EventPath = Slug.EventPath(found.EventId, found.EventTitle) };
    }
}

public sealed record MySignup(long Id, int ShiftId, string Role, int EventId, string EventTitle, string Location, EventStatus EventStatus,
    DateTime StartUtc, DateTime EndUtc, SignupStatus Status, DateTime? CancelledUtc, int Filled, int Capacity, string EventPath);

/// <summary>The cancel confirmation and the "cancelled, undo?" pages. <see cref="Refusal"/> is why the button is not offered.</summary>
public sealed record CancelSignupViewModel(MySignup Signup, string? ReturnUrl, string BackUrl, string? Refusal);
