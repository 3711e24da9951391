using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>
/// Records the assessment, counting concerns in the problem's area (and offenses of its types) over the "after"
/// period and an equal period before it (<see cref="AssessmentWindow"/>). The form carries the problem's version.
/// </summary>
public sealed class ProblemAssessmentController(AppDbContext db, ProblemDetailsQuery details, TimeProvider clock, ILogger<ProblemsController> logger)
    : ProblemsControllerBase(db, details, logger)
{
    [HttpPost("{id:int}/assessment"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Assess(int id, ProblemAssessmentForm form, [FromServices] IValidator<ProblemAssessmentForm> validator, CancellationToken cancellationToken)
    {
        var problem = await Db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (await RefusalAsync(id, problem, form, form.Version, validator, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        CentralTimeInput.TryParseDate(form.AfterStart, out var afterStart);
        CentralTimeInput.TryParseDate(form.AfterEnd, out var afterEnd);
        var window = AssessmentWindow.For(afterStart, afterEnd);
        problem!.ResponseCarriedOut = form.ResponseCarriedOut;
        problem.Effective = form.Effective;
        (problem.BeforeStart, problem.BeforeEnd) = (window.Before.Start, window.Before.End);
        (problem.AfterStart, problem.AfterEnd) = (window.After.Start, window.After.End);
        problem.ConcernsBefore = await CountConcernsAsync(problem.AreaId, window.Before, cancellationToken);
        problem.ConcernsAfter = await CountConcernsAsync(problem.AreaId, window.After, cancellationToken);
        var codes = await Db.ProblemOffenseCodes.Where(x => x.ProblemId == id).Select(x => x.NibrsCode).ToListAsync(cancellationToken);
        problem.IncidentsBefore = codes.Count == 0 ? null : await CountOffensesAsync(problem.AreaId, codes, window.Before, cancellationToken);
        problem.IncidentsAfter = codes.Count == 0 ? null : await CountOffensesAsync(problem.AreaId, codes, window.After, cancellationToken);
        problem.AssessmentNotes = FormRules.Clean(form.Notes);
        problem.AssessedUtc = clock.GetUtcNow().UtcDateTime;
        problem.UpdatedUtc = problem.AssessedUtc.Value;
        var offenses = problem.IncidentsBefore is null ? "" : $"; {problem.IncidentsBefore} offenses of the problem's types before, {problem.IncidentsAfter} after";
        return await SaveAsync(id, $"Assessment saved: {problem.ConcernsBefore} concerns before, {problem.ConcernsAfter} after{offenses}.", cancellationToken);
    }

    private async Task<int> CountConcernsAsync(int? areaId, DateSpan days, CancellationToken cancellationToken)
    {
        var (from, until) = days.ToUtc(CentralTime.Zone);
        return await Db.Concerns.CountAsync(c => (areaId == null || c.AreaId == areaId) && c.CreatedUtc >= from && c.CreatedUtc < until, cancellationToken);
    }

    /// <summary>Offenses (not incidents: an incident with two offenses of the types counts twice) of the given NIBRS codes in the area, by when they occurred.</summary>
    private async Task<int> CountOffensesAsync(int? areaId, List<string> codes, DateSpan days, CancellationToken cancellationToken)
    {
        var (from, until) = days.ToUtc(CentralTime.Zone);
        return await Db.IncidentOffenses.CountAsync(o => (areaId == null || o.AreaId == areaId) && o.NibrsCode != null && codes.Contains(o.NibrsCode)
            && o.OccurredAtUtc >= from && o.OccurredAtUtc < until, cancellationToken);
    }
}

/// <summary>The assessment: was the response carried out, did it work; the "after" period, with an equal "before" period ending the day before.</summary>
public sealed class ProblemAssessmentForm
{
    public bool ResponseCarriedOut { get; set; }
    public bool Effective { get; set; }
    public string? AfterStart { get; set; }
    public string? AfterEnd { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }
}

public sealed class ProblemAssessmentFormValidator : AbstractValidator<ProblemAssessmentForm>
{
    public ProblemAssessmentFormValidator()
    {
        RuleFor(f => f.AfterStart).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the first day after the response, for example 2026-05-01.");
        RuleFor(f => f.AfterEnd).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the last day of the period after the response.");
        RuleFor(f => f).Custom((f, context) =>
        {
            if (CentralTimeInput.TryParseDate(f.AfterStart, out var s) && CentralTimeInput.TryParseDate(f.AfterEnd, out var e) && (e < s || e.DayNumber - s.DayNumber > 3660))
            {
                context.AddFailure(nameof(ProblemAssessmentForm.AfterEnd), "The period ends on or after its first day, and lasts at most ten years.");
            }
        });
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.Problem.AssessmentNotes).WithMessage($"Notes are at most {FieldLengths.Problem.AssessmentNotes} characters.").Must(FormRules.IsPlainMultilineText).WithMessage("The notes contain characters that cannot be used.");
    }
}
