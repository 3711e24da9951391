using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// Decline an open request with a reason the requester is emailed; a booked appearance frees its officers and resources.
/// Declining cannot be taken back (the requester is emailed at once), so it is a step of its own: the request page
/// offers "Decline…", which opens this confirmation page with the reason field; nothing changes until it is posted.
/// </summary>
public sealed partial class ManagePresentationsController
{
    [HttpGet("{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, CancellationToken cancellationToken)
    {
        var r = await LoadAsync(id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!PresentationRequestStatusRules.CanMoveTo(r.Status, PresentationStatus.Declined))
        {
            this.SetStatus($"A request that is {Sentence.Inside(PresentationLabels.Name(r.Status))} cannot be declined.");
            return LocalRedirect($"/manage/presentations/{id}");
        }

        return View("Decline", new DeclineViewModel(RequestHeading.Of(r), new DeclineForm { Version = r.Version.ToString() }));
    }

    private async Task<IActionResult> DeclineViewAsync(int id, DeclineForm form, bool freshVersion, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var r = await LoadAsync(id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (freshVersion)
        {
            form.Version = r.Version.ToString();
        }

        return View("Decline", new DeclineViewModel(RequestHeading.Of(r), form));
    }

    [HttpPost("{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, DeclineForm form, [FromServices] IValidator<DeclineForm> validator, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.Include(x => x.Appearance).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DeclineViewAsync(id, form, freshVersion: false, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != r.Version)
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return await DeclineViewAsync(id, form, freshVersion: true, cancellationToken);
        }

        if (!PresentationRequestStatusRules.CanMoveTo(r.Status, PresentationStatus.Declined))
        {
            ModelState.AddModelError("", $"A request that is {Sentence.Inside(PresentationLabels.Name(r.Status))} cannot be declined.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        db.ExpectVersion(r, version);
        var detail = PresentationRequestStatusRules.Decline(r, form.Reason!.Trim(), clock.GetUtcNow().UtcDateTime);
        audit.Add("StatusChanged", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), detail);
        emails.Declined(r, r.DeclineReason!);
        if (!await SaveAsync(cancellationToken))
        {
            return await DeclineViewAsync(id, form, freshVersion: true, cancellationToken);
        }

        this.SetStatus("Declined. The requester is emailed the reason.");
        return LocalRedirect($"/manage/presentations/{id}");
    }
}

public sealed record DeclineViewModel(RequestHeading Request, DeclineForm Form);

public sealed class DeclineForm
{
    public string? Reason { get; set; }
    public string? Version { get; set; }
}

public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Give the requester a reason.").MaximumLength(FieldLengths.PresentationRequest.DeclineReason).WithMessage($"The reason must be {FieldLengths.PresentationRequest.DeclineReason} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The reason contains characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
    }
}
