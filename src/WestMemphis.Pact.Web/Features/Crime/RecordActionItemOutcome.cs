using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>Record an item's outcome at a later meeting; the form carries the item's version, so a stale or versionless form saves nothing.</summary>
public sealed partial class CrimeReviewsController
{
    [HttpPost("{id:int}/items/{itemId:int}/outcome")]
    public async Task<IActionResult> Outcome(int id, int itemId, OutcomeForm form, [FromServices] IValidator<OutcomeForm> validator, CancellationToken cancellationToken)
    {
        var item = await db.CrimeActionItems.FirstOrDefaultAsync(i => i.Id == itemId && (i.CurrentReviewId == id || i.RaisedInReviewId == id), cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(form, cancellationToken);
        if (!result.IsValid)
        {
            this.SetStatus("Not saved: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct()));
            return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
        }

        if (!Guid.TryParse(form.Version, out var version) || version != item.Version)
        {
            this.SetStatus(SaveChangesExtensions.ChangedBySomeoneElse("action item"));
            return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
        }

        db.ExpectVersion(item, version);
        CarryOver.RecordOutcome(item, id, form.Status!.Value, form.Outcome, clock.GetUtcNow().UtcDateTime);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            this.SetStatus(SaveChangesExtensions.ChangedBySomeoneElse("action item"));
            return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
        }

        logger.LogInformation("Action item {ItemId} set to {Status} at crime review {ReviewId}", itemId, item.Status, id);
        this.SetStatus($"Action item {Sentence.Inside(CrimeActionItem.StatusLabel(item.Status))}.");
        return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
    }
}

/// <summary>The outcome of an item, recorded at a later meeting.</summary>
public sealed class OutcomeForm
{
    public ActionItemStatus? Status { get; set; }
    public string? Outcome { get; set; }
    public string? Version { get; set; }
}

public sealed class OutcomeFormValidator : AbstractValidator<OutcomeForm>
{
    public OutcomeFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose the item's status.").IsInEnum().WithMessage("Choose the item's status.");
        RuleFor(f => f.Outcome).MaximumLength(CrimeActionItem.OutcomeMaxLength).WithMessage("Outcome: at most 2,000 characters.");
        RuleFor(f => f.Outcome).Must(o => !string.IsNullOrWhiteSpace(o)).When(f => f.Status is ActionItemStatus.Done or ActionItemStatus.Dropped)
            .WithMessage("Say what came of it before closing the item.");
    }
}
