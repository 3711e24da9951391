using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Link a concern to a problem, or unlink it.</summary>
public sealed partial class ManageConcernsController
{
    [HttpPost("{id:int}/problem")]
    public async Task<IActionResult> LinkProblem(int id, LinkProblemForm form, [FromServices] IValidator<LinkProblemForm> validator, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.ProblemId is { } problemId && !await db.Problems.AnyAsync(p => p.Id == problemId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.ProblemId), "Choose a problem from the list.");
            valid = false;
        }

        if (!valid)
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        concern.ProblemId = form.ProblemId;
        concern.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(concern, form.ProblemId is null ? "No longer linked to a problem." : "Linked to the problem.", cancellationToken);
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
