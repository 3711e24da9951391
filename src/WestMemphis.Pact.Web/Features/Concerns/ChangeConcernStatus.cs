using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Feedback;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Move a concern on: acknowledge, start, resolve or close (the last two with a reason the reporter reads, and emailed).</summary>
public sealed partial class ManageConcernsController
{
    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, ConcernStatusForm form, [FromServices] IValidator<ConcernStatusForm> validator, [FromServices] FeedbackInvitations feedback,
        CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!ConcernRules.CanMove(concern.Status, form.Status!.Value))
        {
            ModelState.AddModelError(nameof(form.Status), $"A concern that is {Sentence.Inside(ConcernRules.Label(concern.Status))} cannot become {Sentence.Inside(ConcernRules.Label(form.Status.Value))}.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        ConcernRules.Move(concern, form.Status.Value, FormRules.Clean(form.Reason), clock.GetUtcNow().UtcDateTime);
        emails.StatusChanged(concern);
        if (concern.Status == ConcernStatus.Resolved && ConcernIntake.EmailTo(concern, ConcernNews.StatusChanged) is { } reporter)
        {
            await feedback.AskOnceAsync("concern", id, FeedbackProgram.ResolvedConcern, concern.AreaId, reporter, null, cancellationToken);
        }

        return await SaveAsync(concern, $"Concern {concern.ReferenceCode} is now {Sentence.Inside(ConcernRules.Label(concern.Status))}.", cancellationToken);
    }
}

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
        RuleFor(f => f.Reason).MaximumLength(FieldLengths.Concern.ResolutionReason).WithMessage($"The reason is at most {FieldLengths.Concern.ResolutionReason} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The reason contains characters that cannot be used.");
    }
}
