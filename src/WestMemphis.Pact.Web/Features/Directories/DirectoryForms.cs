using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Directories;

public sealed class CongregationForm
{
    public string? Name { get; set; }
    public string? Denomination { get; set; }
    public string? Address { get; set; }
    public int? AreaId { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }

    public static CongregationForm From(Congregation c) => new()
    {
        Name = c.Name,
        Denomination = c.Denomination,
        Address = c.Address,
        AreaId = c.AreaId,
        Phone = c.Phone,
        Website = c.Website,
        Notes = c.Notes,
        Version = c.Version.ToString(),
    };
}

public static class DirectoryRules
{
    public static bool IsWebAddress(string? value) =>
        string.IsNullOrWhiteSpace(value) || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal));

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int max, string what) => rule
        .MaximumLength(max).WithMessage($"{what} is at most {max:N0} characters.")
        .Must(FormRules.IsPlainText).WithMessage($"{what} contains characters that cannot be used.");
}

public sealed class CongregationFormValidator : AbstractValidator<CongregationForm>
{
    public CongregationFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the congregation's name.").Text(150, "The name");
        RuleFor(f => f.Denomination).Text(100, "The denomination");
        RuleFor(f => f.Address).NotEmpty().WithMessage("Enter the street address, for example 1500 N Missouri St.").Text(200, "The address");
        RuleFor(f => f.Phone).PhoneRules();
        RuleFor(f => f.Website).MaximumLength(300).WithMessage("Web addresses are at most 300 characters.")
            .Must(DirectoryRules.IsWebAddress).WithMessage("Enter a web address starting with https://, for example https://example.org.");
        RuleFor(f => f.Notes).MaximumLength(4000).WithMessage("Notes are at most 4,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The notes contain characters that cannot be used.");
    }
}

public sealed class ClergyForm
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public PreferredContact PreferredContact { get; set; }
}

public sealed class ClergyFormValidator : AbstractValidator<ClergyForm>
{
    public ClergyFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the clergy member's name.").Text(100, "The name");
        RuleFor(f => f.Title).Text(100, "The title");
        RuleFor(f => f.Phone).PhoneRules();
        RuleFor(f => f.Email).EmailRules().When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.PreferredContact).IsInEnum().WithMessage("Choose how they prefer to be contacted.");
    }
}

public sealed class AssessmentForm
{
    public string? Date { get; set; }
    public int? Attendance { get; set; }
    public bool YouthPrograms { get; set; }
    public bool Daycare { get; set; }
    public bool Cameras { get; set; }
    public bool Alarm { get; set; }
    public bool AccessControl { get; set; }
    public bool SecurityTeam { get; set; }
    public string? Recommendations { get; set; }
    public string? FollowUpDate { get; set; }
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public AssessmentFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Date).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the day of the assessment, for example 2026-07-01.")
            .Must(d => !CentralTimeInput.TryParseDate(d, out var day) || day <= CentralTimeZone.Today(clock)).WithMessage("An assessment cannot be in the future.");
        RuleFor(f => f.Attendance).InclusiveBetween(0, 100_000).WithMessage("Attendance runs from 0 to 100,000.");
        RuleFor(f => f.Recommendations).MaximumLength(4000).WithMessage("Recommendations are at most 4,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The recommendations contain characters that cannot be used.");
        RuleFor(f => f.FollowUpDate).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the follow-up date as a date.")
            .Must((f, d) => !CentralTimeInput.TryParseDate(d, out var due) || !CentralTimeInput.TryParseDate(f.Date, out var day) || due >= day)
            .WithMessage("The follow-up cannot be before the assessment.");
    }
}

public sealed class PartnerForm
{
    public string? Name { get; set; }
    public PartnerKind? Kind { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Address { get; set; }
    public string? Services { get; set; }
    public List<int> AreaIds { get; set; } = [];
    public bool IsActive { get; set; } = true;
    public string? AgreementDate { get; set; }
    public string? Version { get; set; }

    public static PartnerForm From(PartnerOrganization p) => new()
    {
        Name = p.Name,
        Kind = p.Kind,
        ContactName = p.ContactName,
        ContactPhone = p.ContactPhone,
        ContactEmail = p.ContactEmail,
        Address = p.Address,
        Services = p.Services,
        AreaIds = p.AreasServed.Select(a => a.AreaId).ToList(),
        IsActive = p.IsActive,
        AgreementDate = p.AgreementDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Version = p.Version.ToString(),
    };
}

public sealed class PartnerFormValidator : AbstractValidator<PartnerForm>
{
    public PartnerFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the organization's name.").Text(150, "The name");
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose the kind of partner.").IsInEnum().WithMessage("Choose the kind of partner from the list.");
        RuleFor(f => f.ContactName).Text(100, "The contact's name");
        RuleFor(f => f.ContactPhone).PhoneRules();
        RuleFor(f => f.ContactEmail).EmailRules().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail));
        RuleFor(f => f.Address).Text(200, "The address");
        RuleFor(f => f.Services).MaximumLength(2000).WithMessage("Services are at most 2,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The services contain characters that cannot be used.");
        RuleFor(f => f.AreaIds).Must(a => a.Count <= 100).WithMessage("Choose areas from the list.");
        RuleFor(f => f.AgreementDate).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the agreement date as a date, for example 2025-09-01.");
    }
}
