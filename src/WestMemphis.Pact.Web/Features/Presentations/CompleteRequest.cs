using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Feedback;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>After the visit has started: mark it completed with the people reached, which feed the engagement figures.</summary>
public sealed partial class ManagePresentationsController
{
    [HttpPost("{id:int}/complete")]
    public async Task<IActionResult> Complete(int id, CompleteForm form, [FromServices] IValidator<CompleteForm> validator, [FromServices] FeedbackInvitations feedback,
        CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.Include(x => x.Appearance).Include(x => x.School).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != r.Version)
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return await DetailsViewAsync(id, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!PresentationRequestStatusRules.CanComplete(r, now))
        {
            ModelState.AddModelError("", "Only a scheduled visit that has started can be marked completed.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        db.ExpectVersion(r, version);
        var detail = PresentationRequestStatusRules.Complete(r, RequestVisitForm.Number(form.PeopleReached, 0, 100_000), FormRules.Clean(form.Notes), now);
        audit.Add("StatusChanged", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), detail);
        await feedback.AskOnceAsync("request", id, FeedbackRules.ProgramFor(r.Kind), r.School?.AreaId, r.RequesterEmail, r.RequesterName, cancellationToken);
        if (!await SaveAsync(cancellationToken))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        this.SetStatus($"Completed: {r.PeopleReached:N0} people reached.");
        return LocalRedirect($"/manage/presentations/{id}");
    }
}

public sealed class CompleteForm
{
    public string? PeopleReached { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }
}

public sealed class CompleteFormValidator : AbstractValidator<CompleteForm>
{
    public CompleteFormValidator()
    {
        RuleFor(f => f.PeopleReached).Must(n => RequestVisitForm.Number(n, 0, 100_000) is not null)
            .WithMessage("Enter the number of students or people reached, from 0 to 100,000.");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.PresentationRequest.CompletionNotes).WithMessage($"Notes must be {FieldLengths.PresentationRequest.CompletionNotes} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
    }
}
