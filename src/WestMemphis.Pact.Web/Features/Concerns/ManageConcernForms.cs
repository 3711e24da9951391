using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Move a concern on: acknowledge, start, resolve or close (the last two with a reason the reporter reads).</summary>
public sealed class ConcernStatusForm
{
    public ConcernStatus? Status { get; set; }
    public string? Reason { get; set; }
    public string? Version { get; set; }
}

public sealed class ConcernStatusFormValidator : AbstractValidator<ConcernStatusForm>
{
    public ConcernStatusFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose the new status.").IsInEnum().WithMessage("Choose the new status from the list.");
        RuleFor(f => f.Reason).NotEmpty().When(f => f.Status is { } s && ConcernRules.NeedsReason(s))
            .WithMessage("Say why it is resolved or closed: the reporter reads this.");
        RuleFor(f => f.Reason).MaximumLength(1000).WithMessage("The reason is at most 1,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The reason contains characters that cannot be used.");
    }
}

public sealed class AssignConcernForm
{
    public string? OfficerId { get; set; }
    public string? Version { get; set; }
}

public sealed class AssignConcernFormValidator : AbstractValidator<AssignConcernForm>
{
    public AssignConcernFormValidator()
    {
        RuleFor(f => f.OfficerId).MaximumLength(450).WithMessage("Choose an officer from the list.")
            .Must(FormRules.IsPlainText).WithMessage("Choose an officer from the list.");
    }
}

/// <summary>A public update (emailed to the reporter when they gave an email) or an internal note.</summary>
public sealed class ConcernUpdateForm
{
    public string? Body { get; set; }
    public bool IsPublic { get; set; }
    public string? Version { get; set; }
}

public sealed class ConcernUpdateFormValidator : AbstractValidator<ConcernUpdateForm>
{
    public ConcernUpdateFormValidator()
    {
        RuleFor(f => f.Body).NotEmpty().WithMessage("Write the update or note.")
            .MaximumLength(2000).WithMessage("An update is at most 2,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The text contains characters that cannot be used.");
    }
}

public sealed class LinkProblemForm
{
    public int? ProblemId { get; set; }
    public string? Version { get; set; }
}

public sealed class LinkProblemFormValidator : AbstractValidator<LinkProblemForm>
{
    public LinkProblemFormValidator() => RuleFor(f => f.ProblemId).GreaterThan(0).WithMessage("Choose a problem from the list.");
}

/// <summary>A concern raised at a town hall or neighborhood association meeting, logged by staff.</summary>
public sealed class LogMeetingConcernForm
{
    public int? EventId { get; set; }
    public ConcernCategory? Category { get; set; }
    public string? Location { get; set; }
    public int? AreaId { get; set; }
    public string? Description { get; set; }
    public string? WhenItHappens { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class LogMeetingConcernFormValidator : AbstractValidator<LogMeetingConcernForm>
{
    public LogMeetingConcernFormValidator()
    {
        RuleFor(f => f.EventId).NotNull().WithMessage("Choose the meeting it was raised at.");
        RuleFor(f => f.Category).NotNull().WithMessage("Choose what the concern is about.").IsInEnum().WithMessage("Choose what the concern is about from the list.");
        RuleFor(f => f.Location).NotEmpty().WithMessage("Say where: a street address or the nearest intersection.")
            .MaximumLength(200).WithMessage("The place is at most 200 characters.")
            .Must(FormRules.IsPlainText).WithMessage("The place contains characters that cannot be used.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Say what was raised.")
            .MaximumLength(4000).WithMessage("The description is at most 4,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The description contains characters that cannot be used.");
        RuleFor(f => f.WhenItHappens).MaximumLength(200).WithMessage("“When” is at most 200 characters.")
            .Must(FormRules.IsPlainText).WithMessage("“When” contains characters that cannot be used.");
        RuleFor(f => f.Name).MaximumLength(100).WithMessage("The name is at most 100 characters.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters that cannot be used.");
        RuleFor(f => f.Email).MaximumLength(256).WithMessage("Email addresses are at most 256 characters.")
            .Must(e => string.IsNullOrWhiteSpace(e) || FormRules.IsEmailAddress(e.Trim())).WithMessage("Enter an email address like name@example.com, or leave it empty.");
        RuleFor(f => f.Phone).PhoneRules();
    }
}

public sealed record ConcernQueueRow(int Id, string ReferenceCode, ConcernCategory Category, string Location, string? Area, ConcernStatus Status, DateTime CreatedUtc,
    string? AssignedTo, bool FromMeeting, bool HasPhoto);

public sealed record ConcernQueueFilter(int? Area, ConcernCategory? Category, ConcernStatus? Status, int? OlderThanDays, bool All);

public sealed record ConcernQueueViewModel(IReadOnlyList<ConcernQueueRow> Rows, ConcernQueueFilter Filter, IReadOnlyList<SelectListItem> Areas, DateTime NowUtc);

public sealed record ConcernUpdateRow(DateTime WhenUtc, bool IsPublic, string Body, string? Author);

/// <summary>The staff view of one concern: reporter details and internal notes included (and the view audited).</summary>
public sealed record ConcernDetailsViewModel(int Id, string ReferenceCode, ConcernCategory Category, string Location, string? Area, AreaPlacement Placement,
    string Description, string? WhenItHappens, ConcernStatus Status, string? ResolutionReason, DateTime CreatedUtc, DateTime? AcknowledgedUtc, DateTime? ResolvedUtc,
    bool IsAnonymous, string? ReporterName, string? ReporterEmail, string? ReporterPhone, bool ReporterSignedIn, string? AssignedOfficerId, string? AssignedTo,
    string? RaisedAt, int? ProblemId, string? ProblemTitle, bool HasPhoto, string Version, IReadOnlyList<ConcernUpdateRow> Updates,
    IReadOnlyList<SelectListItem> Officers, IReadOnlyList<SelectListItem> Problems)
{
    public bool HasReporterContact => ReporterName is not null || ReporterEmail is not null || ReporterPhone is not null;

    /// <summary>The empty text box of the update form.</summary>
    public string? NewText => null;
}
