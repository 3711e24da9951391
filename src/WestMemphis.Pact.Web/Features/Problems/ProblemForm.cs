using FluentValidation;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Forms;

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

    public static ProblemForm From(Problem p) => new()
    {
        Title = p.Title,
        Summary = p.Summary,
        AreaId = p.AreaId,
        Location = p.Location,
        OwnerId = p.OwnerId,
        OffenseCodes = p.OffenseCodes.Select(c => c.NibrsCode).Order(StringComparer.Ordinal).ToList(),
        Offender = p.Offender,
        OffenderHandler = p.OffenderHandler,
        VictimOrTarget = p.VictimOrTarget,
        VictimGuardian = p.VictimGuardian,
        Place = p.Place,
        PlaceManager = p.PlaceManager,
        AnalysisNotes = p.AnalysisNotes,
        ResponsePlan = p.ResponsePlan,
        Version = p.Version.ToString(),
    };

    /// <summary>Copies the (validated) form onto the problem; the owner is <paramref name="me"/> when the form names none.</summary>
    public void ApplyTo(Problem problem, string me, DateTime nowUtc)
    {
        problem.Title = Title!.Trim();
        problem.Summary = FormRules.Clean(Summary);
        problem.AreaId = AreaId;
        problem.Location = FormRules.Clean(Location);
        problem.OwnerId = FormRules.Clean(OwnerId) ?? me;
        problem.Offender = FormRules.Clean(Offender);
        problem.OffenderHandler = FormRules.Clean(OffenderHandler);
        problem.VictimOrTarget = FormRules.Clean(VictimOrTarget);
        problem.VictimGuardian = FormRules.Clean(VictimGuardian);
        problem.Place = FormRules.Clean(Place);
        problem.PlaceManager = FormRules.Clean(PlaceManager);
        problem.AnalysisNotes = FormRules.Clean(AnalysisNotes);
        problem.ResponsePlan = FormRules.Clean(ResponsePlan);
        problem.UpdatedUtc = nowUtc;
        ProblemOffenseCodes.Apply(problem, OffenseCodes);
    }
}

public sealed class ProblemFormValidator : AbstractValidator<ProblemForm>
{
    public ProblemFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Give the problem a short title.")
            .MaximumLength(FieldLengths.Problem.Title).WithMessage($"The title is at most {FieldLengths.Problem.Title} characters.").Must(FormRules.IsPlainText).WithMessage("The title contains characters that cannot be used.");
        RuleFor(f => f.Location).MaximumLength(FieldLengths.Problem.Location).WithMessage($"The place is at most {FieldLengths.Problem.Location} characters.").Must(FormRules.IsPlainText).WithMessage("The place contains characters that cannot be used.");
        RuleFor(f => f.OffenseCodes).Must(c => c.Count <= ProblemLimits.MaxOffenseCodes).WithMessage($"Choose at most {ProblemLimits.MaxOffenseCodes} offense types.")
            .Must(c => c.All(code => code is null || (code.Length <= 10 && FormRules.IsPlainText(code)))).WithMessage("Choose offense types from the list.");
        RuleFor(f => f.OwnerId).MaximumLength(FieldLengths.Problem.OwnerId).WithMessage("Choose the owner from the list.");
        foreach (var (name, get, max) in new (string, Func<ProblemForm, string?>, int)[]
        {
            (nameof(ProblemForm.Summary), f => f.Summary, FieldLengths.Problem.Summary), (nameof(ProblemForm.Offender), f => f.Offender, FieldLengths.Problem.Offender),
            (nameof(ProblemForm.OffenderHandler), f => f.OffenderHandler, FieldLengths.Problem.OffenderHandler), (nameof(ProblemForm.VictimOrTarget), f => f.VictimOrTarget, FieldLengths.Problem.VictimOrTarget),
            (nameof(ProblemForm.VictimGuardian), f => f.VictimGuardian, FieldLengths.Problem.VictimGuardian), (nameof(ProblemForm.Place), f => f.Place, FieldLengths.Problem.Place),
            (nameof(ProblemForm.PlaceManager), f => f.PlaceManager, FieldLengths.Problem.PlaceManager), (nameof(ProblemForm.AnalysisNotes), f => f.AnalysisNotes, FieldLengths.Problem.AnalysisNotes),
            (nameof(ProblemForm.ResponsePlan), f => f.ResponsePlan, FieldLengths.Problem.ResponsePlan),
        })
        {
            RuleFor(f => get(f)).MaximumLength(max).WithMessage($"This is at most {max:N0} characters.")
                .Must(FormRules.IsPlainMultilineText).WithMessage("This contains characters that cannot be used.").OverridePropertyName(name);
        }
    }
}

public static class ProblemLimits
{
    public const int MaxOffenseCodes = 100;
}
