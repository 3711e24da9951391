using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>Moves a problem through SARA: one stage forward at a time, back any number, or to closed.</summary>
public sealed partial class ProblemsController
{
    [HttpPost("{id:int}/stage"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Stage(int id, ProblemStageForm form, [FromServices] IValidator<ProblemStageForm> validator, CancellationToken cancellationToken)
    {
        var problem = await Db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (await RefusalAsync(id, problem, form, form.Version, validator, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ProblemRules.CanMove(problem!.Stage, form.Stage!.Value))
        {
            ModelState.AddModelError(nameof(form.Stage), "Move one stage forward at a time (or back, or to closed).");
            return await DetailsViewAsync(id, cancellationToken);
        }

        ProblemRules.Move(problem, form.Stage.Value, clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(id, $"Stage: {ProblemRules.Label(problem.Stage)}.", cancellationToken);
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
