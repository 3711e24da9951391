using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Volunteering;

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
        RuleFor(f => f.Interests).MaximumLength(500).WithMessage("Interests must be 500 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Interests contain characters we cannot accept.");
        RuleFor(f => f.AgeGroup).Must(a => new VolunteerProfileForm { AgeGroup = a }.ParsedAgeGroup() is not null)
            .WithMessage("Choose your age group.");
        When(f => f.IsMinor, () =>
        {
            RuleFor(f => f.GuardianName).NotEmpty().WithMessage("Volunteers under 18 need a parent or guardian: enter their name.")
                .MaximumLength(100).WithMessage("The name must be 100 characters or fewer.")
                .Must(FormRules.IsPlainText).WithMessage("The name contains characters we cannot accept.");
            RuleFor(f => f.GuardianConsent).Equal(true).WithMessage("Your parent or guardian must agree to you volunteering.");
        });
        RuleFor(f => f.GuardianName).MaximumLength(100).WithMessage("The name must be 100 characters or fewer.");
        RuleFor(f => f.AcceptWaiver).Equal(true).WithMessage("Read and accept the volunteer waiver to volunteer.");
        RuleFor(f => f.ReturnUrl).MaximumLength(500);
    }
}
