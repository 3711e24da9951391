using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>Adds a step to the response plan. The form carries the problem's version: a page older than the last change is refused.</summary>
public sealed partial class ProblemActionItemsController
{
    [HttpPost("{id:int}/actions"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> AddAction(int id, AddActionItemForm form, [FromServices] IValidator<AddActionItemForm> validator, CancellationToken cancellationToken)
    {
        var problem = await Db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (await RefusalAsync(id, problem, form, form.Version, validator, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var due = CentralTimeInput.TryParseDate(form.Due, out var day) ? day : (DateOnly?)null;
        ProblemActionItemRules.Add(problem!, form.What!.Trim(), form.Owner!.Trim(), due, clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(id, "Action item added.", cancellationToken);
    }
}

public sealed class AddActionItemForm
{
    public string? What { get; set; }
    public string? Owner { get; set; }
    public string? Due { get; set; }

    /// <summary>The problem's version when the page was shown.</summary>
    public string? Version { get; set; }
}

public sealed class AddActionItemFormValidator : AbstractValidator<AddActionItemForm>
{
    public AddActionItemFormValidator()
    {
        RuleFor(f => f.What).NotEmpty().WithMessage("Say what needs doing.").MaximumLength(FieldLengths.ProblemActionItem.What).WithMessage($"At most {FieldLengths.ProblemActionItem.What} characters.")
            .Must(FormRules.IsPlainText).WithMessage("This contains characters that cannot be used.");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Say who does it: an officer, a unit or a partner.").MaximumLength(FieldLengths.ProblemActionItem.Owner).WithMessage($"At most {FieldLengths.ProblemActionItem.Owner} characters.")
            .Must(FormRules.IsPlainText).WithMessage("This contains characters that cannot be used.");
        RuleFor(f => f.Due).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the due date as a date, for example 2026-07-15.");
    }
}
