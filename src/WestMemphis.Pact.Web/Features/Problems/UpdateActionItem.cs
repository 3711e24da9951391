using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>Records an action item's status and outcome. The form carries the item's version.</summary>
public sealed partial class ProblemActionItemsController
{
    [HttpPost("{id:int}/actions/{itemId:int}"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> UpdateAction(int id, int itemId, UpdateActionItemForm form, [FromServices] IValidator<UpdateActionItemForm> validator,
        CancellationToken cancellationToken)
    {
        var item = await Db.ProblemActionItems.FirstOrDefaultAsync(a => a.Id == itemId && a.ProblemId == id, cancellationToken);
        if (await RefusalAsync(id, item, form, form.Version, validator, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        ProblemActionItemRules.Move(item!, form.Status!.Value, FormRules.Clean(form.Outcome), clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(id, "Action item updated.", cancellationToken);
    }
}

public sealed class UpdateActionItemForm
{
    public ActionItemStatus? Status { get; set; }
    public string? Outcome { get; set; }
    public string? Version { get; set; }
}

public sealed class UpdateActionItemFormValidator : AbstractValidator<UpdateActionItemForm>
{
    public UpdateActionItemFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose the status.").IsInEnum().WithMessage("Choose the status from the list.");
        RuleFor(f => f.Outcome).MaximumLength(FieldLengths.ProblemActionItem.Outcome).WithMessage($"The outcome is at most {FieldLengths.ProblemActionItem.Outcome} characters.").Must(FormRules.IsPlainMultilineText).WithMessage("The outcome contains characters that cannot be used.");
    }
}
