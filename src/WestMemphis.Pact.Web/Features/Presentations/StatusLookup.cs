using FluentValidation;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>/status: a reference code and the email address it was sent to. Posted, so neither ends up in an address or a log.</summary>
public sealed class StatusLookupForm
{
    public string? Code { get; set; }
    public string? Email { get; set; }
}

public sealed class StatusLookupFormValidator : AbstractValidator<StatusLookupForm>
{
    public StatusLookupFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the reference code from your confirmation, for example PR-7K3M9Q2X or C-7K3M9Q2XH4TP.")
            .MaximumLength(20).WithMessage("Reference codes look like PR-7K3M9Q2X.")
            .Must(FormRules.IsPlainText).WithMessage("Reference codes look like PR-7K3M9Q2X.");
        // A concern reported without an email is found by its code alone.
        RuleFor(f => f.Email).EmailRules().When(f => !Concerns.ConcernStatusLookup.IsConcernCode(f.Code));
        RuleFor(f => f.Email).MaximumLength(256).WithMessage("Email addresses are at most 256 characters.")
            .Must(e => string.IsNullOrWhiteSpace(e) || FormRules.IsEmailAddress(e.Trim())).WithMessage("Enter an email address like name@example.com.")
            .When(f => Concerns.ConcernStatusLookup.IsConcernCode(f.Code));
    }
}

public sealed record StatusMessageViewModel(DateTime SentUtc, string Body);

public sealed record StatusViewModel(string ReferenceCode, string Kind, string Status, string Explanation, string Organization, DateTime SubmittedUtc,
    DateTime? ScheduledStartUtc, DateTime? ScheduledEndUtc, string? ScheduledLocation, bool RustyComing, string? DeclineReason,
    IReadOnlyList<StatusMessageViewModel> Messages);
