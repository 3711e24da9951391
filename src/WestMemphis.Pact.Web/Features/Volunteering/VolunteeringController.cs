using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>A resident's volunteer profile, sign-ups and cancellations.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class VolunteeringController(AppDbContext db, ShiftSignups signups, TimeProvider clock, IOptions<EventsOptions> options) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("/volunteer/profile")]
    public async Task<IActionResult> Profile(string? returnUrl, string? shiftId, CancellationToken cancellationToken)
    {
        var profile = await db.VolunteerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
        var form = profile is null
            ? new VolunteerProfileForm { Phone = await db.Users.Where(u => u.Id == UserId).Select(u => u.PhoneNumber).FirstOrDefaultAsync(cancellationToken) }
            : new VolunteerProfileForm
            {
                Phone = profile.Phone,
                AreaId = profile.AreaId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Interests = profile.Interests,
                AgeGroup = profile.AgeGroup.ToString(),
                GuardianName = profile.GuardianName,
                GuardianConsent = profile.GuardianConsentUtc is not null,
                AcceptWaiver = profile.WaiverVersion == options.Value.WaiverVersion,
            };
        form.ReturnUrl = SafeLocal(returnUrl);
        form.ShiftId = (await ConfirmSignup.ValidShiftIdAsync(db, shiftId, cancellationToken))?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await ProfileViewAsync(form, profile, cancellationToken);
    }

    [HttpPost("/volunteer/profile")]
    public async Task<IActionResult> Profile(VolunteerProfileForm form, [FromServices] IValidator<VolunteerProfileForm> validator, CancellationToken cancellationToken)
    {
        var profile = await db.VolunteerProfiles.FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
        int? areaId = int.TryParse(form.AreaId, out var a) ? a : null;
        var result = await validator.ValidateAsync(form, cancellationToken);
        if (!result.AddTo(ModelState) || (areaId is { } id && !await db.Areas.AnyAsync(x => x.Id == id, cancellationToken)))
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            }

            return await ProfileViewAsync(form, profile, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ageGroup = form.ParsedAgeGroup()!.Value;
        if (profile is null)
        {
            profile = new VolunteerProfile { UserId = UserId, Phone = "", WaiverVersion = "", CreatedUtc = now };
            db.VolunteerProfiles.Add(profile);
        }

        profile.Phone = form.Phone!.Trim();
        profile.AreaId = areaId;
        profile.Interests = FormRules.Clean(form.Interests);
        profile.AgeGroup = ageGroup;
        profile.GuardianName = form.IsMinor ? FormRules.Clean(form.GuardianName) : null;
        profile.GuardianConsentUtc = form.IsMinor ? profile.GuardianConsentUtc ?? now : null;
        if (profile.WaiverVersion != options.Value.WaiverVersion)
        {
            profile.WaiverVersion = options.Value.WaiverVersion;
            profile.WaiverAcceptedUtc = now;
        }

        profile.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        if (await ConfirmSignup.ValidShiftIdAsync(db, form.ShiftId, cancellationToken) is { } shiftId)
        {
            // Never signs up here: the shift id came through a link anyone can write, so the resident confirms
            // the shift they see named on the next page (docs/decisions/0012-finish-sign-up-after-profile.md).
            this.SetStatus("Your volunteer profile is saved. One more step: confirm your sign-up below.");
            return LocalRedirect($"/shifts/{shiftId}/signup");
        }

        this.SetStatus("Your volunteer profile is saved.");
        return LocalRedirect(SafeLocal(form.ReturnUrl) ?? "/my");
    }

    /// <summary>Shows one shift with a "Sign up" button (the POST below). Never signs up by itself.</summary>
    [HttpGet("/shifts/{id:int}/signup")]
    public async Task<IActionResult> ConfirmSignUp(int id, CancellationToken cancellationToken)
    {
        var model = await ConfirmSignup.LoadAsync(db, id, UserId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (!await db.VolunteerProfiles.AnyAsync(p => p.UserId == UserId, cancellationToken))
        {
            this.SetStatus("Before your first shift, please fill in your volunteer profile. Then you can confirm this shift.");
            return LocalRedirect($"/volunteer/profile?shiftId={id}&returnUrl=" + Uri.EscapeDataString(model.EventPath));
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
            this.SetStatus("Before your first shift, please fill in your volunteer profile. Then you can confirm this shift.");
            return LocalRedirect($"/volunteer/profile?shiftId={id}&returnUrl=" + Uri.EscapeDataString(back));
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
            case SignupOutcome.Waitlisted:
                this.SetStatus($"The shift is full: you are number {result.WaitlistPosition} on the waitlist. We'll email you if a place opens.");
                break;
            default:
                this.SetStatus("You're already signed up for this shift.");
                break;
        }

        return LocalRedirect(back);
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
        if (back is null)
        {
            var e = await db.Signups.Where(s => s.Id == id).Select(s => new { s.Shift!.EventId, s.Shift.Event!.Title }).FirstAsync(cancellationToken);
            back = Slug.EventPath(e.EventId, e.Title);
        }

        return LocalRedirect(back);
    }

    private async Task<IActionResult> ProfileViewAsync(VolunteerProfileForm form, VolunteerProfile? profile, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await db.AreaSelectListAsync(cancellationToken);
        ViewData["WaiverVersion"] = options.Value.WaiverVersion;
        ViewData["Existing"] = profile is not null;
        if (int.TryParse(form.ShiftId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var shiftId))
        {
            ViewData["NextShift"] = await db.Shifts.AsNoTracking().Where(s => s.Id == shiftId && s.Event!.Status == EventStatus.Published)
                .Select(s => s.Role + " at " + s.Event!.Title).FirstOrDefaultAsync(cancellationToken);
        }

        return View("Profile", form);
    }

    private string? SafeLocal(string? url) => !string.IsNullOrEmpty(url) && url.Length <= 500 && Url.IsLocalUrl(url) ? url : null;
}

public sealed class SignupForm
{
    public string? IdempotencyKey { get; set; }
}

public sealed record SignupRefusedViewModel(string Message, string BackUrl, string EventTitle);
