using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// The volunteer profile asked once before the first shift (phone, area, age, guardian consent, waiver). When a
/// "Sign up" click sent the resident here, saving leads on to confirming that shift.
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
                GuardianConsent = profile.GuardianConsentUtc is not null,
                AcceptWaiver = profile.WaiverVersion == options.Value.WaiverVersion,
            };
        form.ReturnUrl = SafeLocal(returnUrl);
        form.ShiftId = (await ConfirmSignup.ValidShiftIdAsync(db, shiftId, cancellationToken))?.ToString(CultureInfo.InvariantCulture);
        return await ProfileViewAsync(form, cancellationToken);
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

            return await ProfileViewAsync(form, cancellationToken);
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

    private async Task<IActionResult> ProfileViewAsync(VolunteerProfileForm form, CancellationToken cancellationToken)
    {
        string? nextShift = null;
        if (int.TryParse(form.ShiftId, NumberStyles.None, CultureInfo.InvariantCulture, out var shiftId))
        {
            nextShift = await db.Shifts.AsNoTracking().Where(s => s.Id == shiftId && s.Event!.Status == EventStatus.Published)
                .Select(s => s.Role + " at " + s.Event!.Title).FirstOrDefaultAsync(cancellationToken);
        }

        return View("Profile", new VolunteerProfilePage(form, await db.AreaSelectListAsync(cancellationToken), options.Value.WaiverVersion, nextShift));
    }
}

/// <summary>The profile page: the form, the area choices, the waiver's version, and the shift to confirm next (if any).</summary>
public sealed record VolunteerProfilePage(VolunteerProfileForm Form, IReadOnlyList<SelectListItem> Areas, string WaiverVersion, string? NextShift);

public sealed class VolunteerProfileForm
{
    public string? Phone { get; set; }
    public string? AreaId { get; set; }
    public string? Interests { get; set; }
    public string? AgeGroup { get; set; }
    public string? GuardianName { get; set; }
    public bool GuardianConsent { get; set; }
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
            RuleFor(f => f.GuardianName).NotEmpty().WithMessage("Volunteers under 18 need a parent or guardian: enter their name.")
                .MaximumLength(FieldLengths.VolunteerProfile.GuardianName).WithMessage($"The name must be {FieldLengths.VolunteerProfile.GuardianName} characters or fewer.")
                .Must(FormRules.IsPlainText).WithMessage("The name contains characters we cannot accept.");
            RuleFor(f => f.GuardianConsent).Equal(true).WithMessage("Your parent or guardian must agree to you volunteering.");
        });
        RuleFor(f => f.GuardianName).MaximumLength(FieldLengths.VolunteerProfile.GuardianName).WithMessage($"The name must be {FieldLengths.VolunteerProfile.GuardianName} characters or fewer.");
        RuleFor(f => f.AcceptWaiver).Equal(true).WithMessage("Read and accept the volunteer waiver to volunteer.");
        RuleFor(f => f.ReturnUrl).MaximumLength(500);
    }
}
