using FluentValidation;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>/concerns/new: what, where, when, an optional photo and optional contact (or anonymous).</summary>
public sealed class ReportConcernForm
{
    public ConcernCategory? Category { get; set; }
    public string? Location { get; set; }
    public int? AreaId { get; set; }
    public string? Description { get; set; }
    public string? WhenItHappens { get; set; }
    public bool Anonymous { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? IdempotencyKey { get; set; }
}

public sealed class ReportConcernFormValidator : AbstractValidator<ReportConcernForm>
{
    public ReportConcernFormValidator()
    {
        RuleFor(f => f.Category).NotNull().WithMessage("Choose what the concern is about.").IsInEnum().WithMessage("Choose what the concern is about from the list.");
        RuleFor(f => f.Location).NotEmpty().WithMessage("Say where: a street address or the nearest intersection.")
            .MaximumLength(200).WithMessage("The place is at most 200 characters.")
            .Must(FormRules.IsPlainText).WithMessage("The place contains characters that cannot be used.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Say what is happening.")
            .MaximumLength(4000).WithMessage("The description is at most 4,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The description contains characters that cannot be used.");
        RuleFor(f => f.WhenItHappens).MaximumLength(200).WithMessage("“When” is at most 200 characters.")
            .Must(FormRules.IsPlainText).WithMessage("“When” contains characters that cannot be used.");
        RuleFor(f => f.Name).MaximumLength(100).WithMessage("Your name is at most 100 characters.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters that cannot be used.");
        RuleFor(f => f.Email).MaximumLength(256).WithMessage("Email addresses are at most 256 characters.")
            .Must(e => string.IsNullOrWhiteSpace(e) || FormRules.IsEmailAddress(e.Trim())).WithMessage("Enter an email address like name@example.com, or leave it empty.");
        RuleFor(f => f.Phone).PhoneRules();
        RuleFor(f => f.IdempotencyKey).MaximumLength(64).WithMessage("Reload the page and send the form again.");
    }
}

/// <summary>The reference code page after a report.</summary>
public sealed record ConcernSentViewModel(string? ReferenceCode, bool HasEmail, string? AreaName);
