using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// The volunteer profile asked once before the first shift (phone, area, age, waiver; for 13–17-year-olds their parent or
/// guardian's name and email). When a "Sign up" click sent the resident here, saving leads on to confirming that shift.
/// A minor's guardian is asked by email (<see cref="GuardianConsents"/>): a new or changed guardian email sends a new
/// link, and the minor can send it again from this page.
/// </summary>
public sealed partial class VolunteeringController
{
    [HttpGet("/volunteer/profile")]
    public async Task<IActionResult> Profile(string? returnUrl, string? shiftId, CancellationToken cancellationToken)
    {
        var profile = await db.VolunteerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
        // A first profile starts from what the account already knows (phone, area), so nothing is asked twice.
        var account = profile is null
            ? await db.Users.Where(u => u.Id == UserId).Select(u => new { u.PhoneNumber, u.AreaId }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var form = account is not null
            ? new VolunteerProfileForm { Phone = account.PhoneNumber, AreaId = account.AreaId?.ToString(CultureInfo.InvariantCulture) }
            : profile is null ? new VolunteerProfileForm() : new VolunteerProfileForm
            {
                Phone = profile.Phone,
                AreaId = profile.AreaId?.ToString(CultureInfo.InvariantCulture),
                Interests = profile.Interests,
                AgeGroup = profile.AgeGroup.ToString(),
                GuardianName = profile.GuardianName,
                GuardianEmail = profile.GuardianEmail,
                AcceptWaiver = profile.WaiverVersion == options.Value.WaiverVersion,
            };
        form.ReturnUrl = SafeLocal(returnUrl);
        form.ShiftId = (await ConfirmSignup.ValidShiftIdAsync(db, shiftId, cancellationToken))?.ToString(CultureInfo.InvariantCulture);
        return await ProfileViewAsync(form, cancellationToken);
    }

    [HttpPost("/volunteer/profile")]
    public async Task<IActionResult> Profile(VolunteerProfileForm form, [FromServices] IValidator<VolunteerProfileForm> validator,
        [FromServices] GuardianConsents guardians, CancellationToken cancellationToken)
    {
        var profile = await db.VolunteerProfiles.FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
        var account = await db.Users.Where(u => u.Id == UserId).Select(u => new { u.FullName, u.Email }).FirstAsync(cancellationToken);
        int? areaId = int.TryParse(form.AreaId, out var a) ? a : null;
        var result = await validator.ValidateAsync(form, cancellationToken);
        var valid = result.AddTo(ModelState);
        if (valid && form.IsMinor && string.Equals(form.GuardianEmail?.Trim(), account.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(form.GuardianEmail), "Enter your parent or guardian's own email address, not yours: we ask them for their consent.");
            valid = false;
        }

        if (!valid || (areaId is { } id && !await db.Areas.AnyAsync(x => x.Id == id, cancellationToken)))
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            }

            return await ProfileViewAsync(form, cancellationToken, profile);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ageGroup = form.ParsedAgeGroup()!.Value;
        var guardianEmail = form.IsMinor ? FormRules.Clean(form.GuardianEmail) : null;
        var change = GuardianConsentRules.OnProfileSaved(profile?.AgeGroup, profile?.GuardianConsent ?? GuardianConsentStatus.NotNeeded, profile?.GuardianEmail,
            ageGroup, guardianEmail);
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
        profile.GuardianEmail = guardianEmail;
        if (!form.IsMinor)
        {
            // 18 or older: nobody is asked, and the guardian's link stops working.
            profile.GuardianConsent = GuardianConsentStatus.NotNeeded;
            profile.GuardianConsentUtc = null;
            profile.GuardianSignature = null;
            profile.GuardianAnsweredUtc = null;
            profile.GuardianRequestedUtc = null;
            profile.GuardianLinkHash = null;
        }
        else if (change == GuardianChange.NewRequest)
        {
            guardians.NewRequest(profile, account.FullName, "by the volunteer, on saving their profile");
        }

        if (profile.WaiverVersion != options.Value.WaiverVersion)
        {
            profile.WaiverVersion = options.Value.WaiverVersion;
            profile.WaiverAcceptedUtc = now;
        }

        profile.UpdatedUtc = now;
        var released = 0;
        if (change == GuardianChange.NoLongerMinor)
        {
            // The profile's UPDATE comes first, so the sign-ups that waited are released under this person's lock.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            released = (await guardians.ReleaseWaitingAsync(UserId, cancellationToken)).Count(o => o.Outcome == WaitingOutcome.TakeSeat);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var saved = change switch
        {
            GuardianChange.NewRequest => $"Your volunteer profile is saved. We emailed {profile.GuardianName} at {profile.GuardianEmail} for their consent: until they agree, your sign-ups wait and hold no place.",
            GuardianChange.NoLongerMinor when released > 0 => $"Your volunteer profile is saved. {released} sign-up{(released == 1 ? " that was" : "s that were")} waiting for a guardian's consent {(released == 1 ? "is" : "are")} now confirmed.",
            _ => "Your volunteer profile is saved.",
        };
        if (await ConfirmSignup.ValidShiftIdAsync(db, form.ShiftId, cancellationToken) is { } shiftId)
        {
            // Never signs up here: the shift id came through a link anyone can write, so the resident confirms
            // the shift they see named on the next page (docs/decisions/0012-finish-sign-up-after-profile.md).
            this.SetStatus(saved + " One more step: confirm your sign-up below.");
            return LocalRedirect($"/shifts/{shiftId}/signup");
        }

        this.SetStatus(saved);
        return LocalRedirect(SafeLocal(form.ReturnUrl) ?? "/my");
    }

    /// <summary>The minor sends the consent request to their guardian again (a new link; the old one stops working).</summary>
    [HttpPost("/volunteer/profile/guardian/resend")]
    public async Task<IActionResult> ResendGuardianLink([FromServices] GuardianConsents guardians, CancellationToken cancellationToken)
    {
        var refusal = await guardians.ResendAsync(UserId, "sent again by the volunteer", cancellationToken);
        this.SetStatus(refusal ?? "Sent: we emailed your parent or guardian a new link. The link in any earlier email no longer works.");
        return LocalRedirect("/volunteer/profile");
    }

    private async Task<IActionResult> ProfileViewAsync(VolunteerProfileForm form, CancellationToken cancellationToken, VolunteerProfile? saved = null)
    {
        saved ??= await db.VolunteerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
        string? nextShift = null;
        if (int.TryParse(form.ShiftId, NumberStyles.None, CultureInfo.InvariantCulture, out var shiftId))
        {
            nextShift = await db.Shifts.AsNoTracking().Where(s => s.Id == shiftId && s.Event!.Status == EventStatus.Published)
                .Select(s => s.Role + " at " + s.Event!.Title).FirstOrDefaultAsync(cancellationToken);
        }

        var guardian = saved is null || !GuardianConsentRules.IsMinor(saved.AgeGroup) ? null
            : new GuardianStanding(saved.GuardianName, saved.GuardianEmail, saved.GuardianConsent, saved.GuardianRequestedUtc, saved.GuardianConsentUtc, saved.GuardianAnsweredUtc,
                GuardianConsentRules.IsLegacyConsent(saved.AgeGroup, saved.GuardianConsent, saved.GuardianEmail));
        return View("Profile", new VolunteerProfilePage(form, await db.AreaSelectListAsync(cancellationToken), options.Value.WaiverVersion, nextShift, guardian));
    }
}

/// <summary>The profile page: the form, the area choices, the waiver's version, the shift to confirm next (if any), and where a minor's guardian consent stands.</summary>
public sealed record VolunteerProfilePage(VolunteerProfileForm Form, IReadOnlyList<SelectListItem> Areas, string WaiverVersion, string? NextShift,
    GuardianStanding? Guardian = null);

/// <summary>A saved minor's guardian consent as their profile page tells it; <see cref="Legacy"/>: the old ticked box, no email yet.</summary>
public sealed record GuardianStanding(string? Name, string? Email, GuardianConsentStatus Status, DateTime? RequestedUtc, DateTime? ConsentUtc,
    DateTime? AnsweredUtc, bool Legacy);

public sealed class VolunteerProfileForm
{
    public string? Phone { get; set; }
    public string? AreaId { get; set; }
    public string? Interests { get; set; }
    public string? AgeGroup { get; set; }
    public string? GuardianName { get; set; }
    public string? GuardianEmail { get; set; }
    public bool AcceptWaiver { get; set; }
    public string? ReturnUrl { get; set; }

    /// <summary>The shift whose "Sign up" sent the resident here: after saving, they confirm it in one click.</summary>
    public string? ShiftId { get; set; }

    public AgeGroup? ParsedAgeGroup() =>
        EnumInput.Parse<Domain.AgeGroup>(AgeGroup);

    public bool IsMinor => ParsedAgeGroup() is Domain.AgeGroup.SixteenToSeventeen or Domain.AgeGroup.ThirteenToFifteen;
}

public sealed class VolunteerProfileFormValidator : AbstractValidator<VolunteerProfileForm>
{
    public VolunteerProfileFormValidator()
    {
        RuleFor(f => f.Phone).NotEmpty().WithMessage("Enter a phone number so the coordinator can reach you on the day.").PhoneRules();
        RuleFor(f => f.AreaId).Must(a => string.IsNullOrEmpty(a) || int.TryParse(a, out _)).WithMessage("Choose an area from the list.");
        RuleFor(f => f.Interests).MaximumLength(FieldLengths.VolunteerProfile.Interests).WithMessage($"Interests must be {FieldLengths.VolunteerProfile.Interests} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Interests contain characters we cannot accept.");
        RuleFor(f => f.AgeGroup).Must(a => new VolunteerProfileForm { AgeGroup = a }.ParsedAgeGroup() is not null)
            .WithMessage("Choose your age group.");
        When(f => f.IsMinor, () =>
        {
            RuleFor(f => f.GuardianName).NotEmpty().WithMessage("Volunteers under 18 need a parent or guardian: enter their name.");
            RuleFor(f => f.GuardianEmail).NotEmpty().WithMessage("Volunteers under 18 need a parent or guardian's consent: enter their email address, and we will email them a link to consent.")
                .Must(e => string.IsNullOrWhiteSpace(e) || FormRules.IsEmailAddress(e.Trim())).WithMessage("Enter your parent or guardian's email address like name@example.com.");
        });
        RuleFor(f => f.GuardianName).MaximumLength(FieldLengths.VolunteerProfile.GuardianName).WithMessage($"The name must be {FieldLengths.VolunteerProfile.GuardianName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters we cannot accept.");
        RuleFor(f => f.GuardianEmail).MaximumLength(FieldLengths.VolunteerProfile.GuardianEmail).WithMessage($"Email addresses are at most {FieldLengths.VolunteerProfile.GuardianEmail} characters.");
        RuleFor(f => f.AcceptWaiver).Equal(true).WithMessage("Read and accept the volunteer waiver to volunteer.");
        RuleFor(f => f.ReturnUrl).MaximumLength(500);
    }
}
