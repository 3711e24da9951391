using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>A problem's description, analysis (the problem triangle) and response plan.</summary>
public sealed class ProblemForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? AreaId { get; set; }
    public string? Location { get; set; }
    public string? OwnerId { get; set; }

    /// <summary>NIBRS codes ticked in the offense-type checkboxes; checked against the code table by the controller.</summary>
    public List<string> OffenseCodes { get; set; } = [];
    public string? Offender { get; set; }
    public string? OffenderHandler { get; set; }
    public string? VictimOrTarget { get; set; }
    public string? VictimGuardian { get; set; }
    public string? Place { get; set; }
    public string? PlaceManager { get; set; }
    public string? AnalysisNotes { get; set; }
    public string? ResponsePlan { get; set; }
    public string? Version { get; set; }
}

public sealed class ProblemFormValidator : AbstractValidator<ProblemForm>
{
    public ProblemFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the problem a short title.")
            .MaximumLength(150).WithMessage("The title is at most 150 characters.").Must(FormRules.IsPlainText).WithMessage("The title contains characters that cannot be used.");
        RuleFor(f => f.Location).MaximumLength(200).WithMessage("The place is at most 200 characters.").Must(FormRules.IsPlainText).WithMessage("The place contains characters that cannot be used.");
        RuleFor(f => f.OffenseCodes).Must(c => c.Count <= ProblemLimits.MaxOffenseCodes).WithMessage($"Choose at most {ProblemLimits.MaxOffenseCodes} offense types.")
            .Must(c => c.All(code => code is null || (code.Length <= 10 && FormRules.IsPlainText(code)))).WithMessage("Choose offense types from the list.");
        RuleFor(f => f.OwnerId).MaximumLength(450).WithMessage("Choose the owner from the list.");
        foreach (var (name, get, max) in new (string, Func<ProblemForm, string?>, int)[]
        {
            (nameof(ProblemForm.Summary), f => f.Summary, 4000), (nameof(ProblemForm.Offender), f => f.Offender, 1000),
            (nameof(ProblemForm.OffenderHandler), f => f.OffenderHandler, 1000), (nameof(ProblemForm.VictimOrTarget), f => f.VictimOrTarget, 1000),
            (nameof(ProblemForm.VictimGuardian), f => f.VictimGuardian, 1000), (nameof(ProblemForm.Place), f => f.Place, 1000),
            (nameof(ProblemForm.PlaceManager), f => f.PlaceManager, 1000), (nameof(ProblemForm.AnalysisNotes), f => f.AnalysisNotes, 4000),
            (nameof(ProblemForm.ResponsePlan), f => f.ResponsePlan, 4000),
        })
        {
            RuleFor(f => get(f)).MaximumLength(max).WithMessage($"This is at most {max:N0} characters.")
                .Must(FormRules.IsPlainMultilineText).WithMessage("This contains characters that cannot be used.").OverridePropertyName(name);
        }
    }
}

public sealed class ProblemStageForm
{
    public ProblemStage? Stage { get; set; }
    public string? Version { get; set; }
}

public sealed class ProblemStageFormValidator : AbstractValidator<ProblemStageForm>
{
    public ProblemStageFormValidator() => RuleFor(f => f.Stage).NotNull().WithMessage("Choose the stage.").IsInEnum().WithMessage("Choose the stage from the list.");
}

public sealed class ActionItemForm
{
    public string? What { get; set; }
    public string? Owner { get; set; }
    public string? Due { get; set; }
}

public sealed class ActionItemFormValidator : AbstractValidator<ActionItemForm>
{
    public ActionItemFormValidator()
    {
        RuleFor(f => f.What).NotEmpty().WithMessage("Say what needs doing.").MaximumLength(500).WithMessage("At most 500 characters.")
            .Must(FormRules.IsPlainText).WithMessage("This contains characters that cannot be used.");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Say who does it: an officer, a unit or a partner.").MaximumLength(150).WithMessage("At most 150 characters.")
            .Must(FormRules.IsPlainText).WithMessage("This contains characters that cannot be used.");
        RuleFor(f => f.Due).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the due date as a date, for example 2026-07-15.");
    }
}

public sealed class ActionItemStatusForm
{
    public ActionItemStatus? Status { get; set; }
    public string? Outcome { get; set; }
    public string? Version { get; set; }
}

public sealed class ActionItemStatusFormValidator : AbstractValidator<ActionItemStatusForm>
{
    public ActionItemStatusFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose the status.").IsInEnum().WithMessage("Choose the status from the list.");
        RuleFor(f => f.Outcome).MaximumLength(1000).WithMessage("The outcome is at most 1,000 characters.").Must(FormRules.IsPlainMultilineText).WithMessage("The outcome contains characters that cannot be used.");
    }
}

public sealed class LinkForm
{
    public string? ReferenceCode { get; set; }
    public int? PartnerId { get; set; }
    public int? CongregationId { get; set; }
}

public sealed class LinkFormValidator : AbstractValidator<LinkForm>
{
    public LinkFormValidator() => RuleFor(f => f.ReferenceCode).MaximumLength(20).WithMessage("Concern codes look like C-7K3M9Q2XH4TP.")
        .Must(FormRules.IsPlainText).WithMessage("Concern codes look like C-7K3M9Q2XH4TP.");
}

/// <summary>The assessment: was the response carried out, did it work; the "after" period, with an equal "before" period ending the day before.</summary>
public sealed class AssessmentForm
{
    public bool ResponseCarriedOut { get; set; }
    public bool Effective { get; set; }
    public string? AfterStart { get; set; }
    public string? AfterEnd { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public AssessmentFormValidator()
    {
        RuleFor(f => f.AfterStart).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the first day after the response, for example 2026-05-01.");
        RuleFor(f => f.AfterEnd).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the last day of the period after the response.");
        RuleFor(f => f).Custom((f, context) =>
        {
            if (CentralTimeInput.TryParseDate(f.AfterStart, out var s) && CentralTimeInput.TryParseDate(f.AfterEnd, out var e) && (e < s || e.DayNumber - s.DayNumber > 3660))
            {
                context.AddFailure(nameof(AssessmentForm.AfterEnd), "The period ends on or after its first day, and lasts at most ten years.");
            }
        });
        RuleFor(f => f.Notes).MaximumLength(4000).WithMessage("Notes are at most 4,000 characters.").Must(FormRules.IsPlainMultilineText).WithMessage("The notes contain characters that cannot be used.");
    }
}

public sealed record ProblemRow(int Id, string Title, ProblemStage Stage, string? Area, string Owner, DateTime OpenedUtc, int Concerns, int OpenActions, bool? Effective);

public sealed record ProblemListViewModel(IReadOnlyList<ProblemRow> Rows, ProblemStage? Stage, int? Area, string? Owner, IReadOnlyList<SelectListItem> Areas,
    IReadOnlyList<SelectListItem> Owners, bool CanEdit);

public sealed record ProblemEditViewModel(int? Id, ProblemForm Form, IReadOnlyList<SelectListItem> Areas, IReadOnlyList<SelectListItem> Owners, IReadOnlyList<OffenseChoice> Offenses);

/// <summary>A NIBRS offense type offered as a checkbox, grouped by what the crime is against.</summary>
public sealed record OffenseChoice(string Code, string Name, OffenseCategory CrimesAgainst);

public static class ProblemLimits
{
    public const int MaxOffenseCodes = 100;
}

public sealed record LinkedConcern(int Id, string ReferenceCode, ConcernCategory Category, ConcernStatus Status, DateTime CreatedUtc);

/// <summary>A partner or congregation linked to a problem.</summary>
public sealed record LinkedRecord(int Id, string Name);

public sealed record ActionItemRow(int Id, string What, string Owner, DateOnly? Due, ActionItemStatus Status, string? Outcome, string Version);

public sealed record ProblemDetailsViewModel(Domain.Problems.Problem Problem, string? Area, string Owner, IReadOnlyList<ActionItemRow> Actions, IReadOnlyList<LinkedConcern> Concerns,
    IReadOnlyList<LinkedRecord> Partners, IReadOnlyList<LinkedRecord> Congregations, IReadOnlyList<SelectListItem> PartnerChoices, IReadOnlyList<SelectListItem> CongregationChoices,
    bool CanEdit, DateOnly Today, IReadOnlyList<OffenseChoice> Offenses)
{
    public string? NewText => null;
}

public enum LinkKind
{
    Concern = 0,
    Partner = 1,
    Congregation = 2,
}

/// <summary>Removes one link (a concern, partner or congregation) from a problem. Carries the problem's version so a stale page is refused.</summary>
public sealed class UnlinkForm
{
    public LinkKind? Kind { get; set; }
    public int? RecordId { get; set; }
    public string? Version { get; set; }
}

public sealed class UnlinkFormValidator : AbstractValidator<UnlinkForm>
{
    public UnlinkFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose what to unlink.").IsInEnum().WithMessage("Choose what to unlink.");
        RuleFor(f => f.RecordId).NotNull().WithMessage("Choose what to unlink.").GreaterThan(0).WithMessage("Choose what to unlink.");
    }
}

/// <summary>The small form that removes one link, next to the linked record.</summary>
public sealed record UnlinkButton(int ProblemId, Guid Version, LinkKind Kind, int RecordId, string Name);
