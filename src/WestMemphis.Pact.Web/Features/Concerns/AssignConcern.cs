using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Assign a concern to an officer, or to nobody.</summary>
public sealed partial class ManageConcernsController
{
    [HttpPost("{id:int}/assign")]
    public async Task<IActionResult> Assign(int id, AssignConcernForm form, [FromServices] IValidator<AssignConcernForm> validator, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        var officer = FormRules.Clean(form.OfficerId);
        if (valid && officer is not null && !await Officers.Query(db).AnyAsync(u => u.Id == officer, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OfficerId), "Choose an officer from the list.");
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

        concern.AssignedOfficerId = officer;
        concern.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(concern, officer is null ? "Nobody is assigned now." : "Assigned.", cancellationToken);
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
        RuleFor(f => f.OfficerId).MaximumLength(FieldLengths.Concern.AssignedOfficerId).WithMessage("Choose an officer from the list.")
            .Must(FormRules.IsPlainText).WithMessage("Choose an officer from the list.");
    }
}
