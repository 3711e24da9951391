using FluentValidation;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;

namespace WestMemphis.Pact.Web.Features.Directories;

public static class DirectoryRules
{
    public static bool IsWebAddress(string? value) =>
        string.IsNullOrWhiteSpace(value) || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal));

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int max, string what) => rule
        .MaximumLength(max).WithMessage($"{what} is at most {max:N0} characters.")
        .Must(FormRules.IsPlainText).WithMessage($"{what} contains characters that cannot be used.");
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
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the organization's name.").Text(FieldLengths.PartnerOrganization.Name, "The name");
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose the kind of partner.").IsInEnum().WithMessage("Choose the kind of partner from the list.");
        RuleFor(f => f.ContactName).Text(FieldLengths.PartnerOrganization.ContactName, "The contact's name");
        RuleFor(f => f.ContactPhone).PhoneRules();
        RuleFor(f => f.ContactEmail).EmailRules().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail));
        RuleFor(f => f.Address).Text(FieldLengths.PartnerOrganization.Address, "The address");
        RuleFor(f => f.Services).MaximumLength(FieldLengths.PartnerOrganization.Services).WithMessage($"Services are at most {FieldLengths.PartnerOrganization.Services} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The services contain characters that cannot be used.");
        RuleFor(f => f.AreaIds).Must(a => a.Count <= 100).WithMessage("Choose areas from the list.");
        RuleFor(f => f.AgreementDate).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the agreement date as a date, for example 2025-09-01.");
    }
}
