using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>Close a follow-up with what came of it: its owner, the contact's officer or an admin.</summary>
public sealed partial class FollowUpsController
{
    [HttpPost("followups/{id:int}/close")]
    public async Task<IActionResult> CloseFollowUp(int id, CloseFollowUpForm form, [FromServices] IValidator<CloseFollowUpForm> validator, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || log.FollowUp is null || !log.MayCloseFollowUp(Me, IsAdmin))
        {
            return NotFound();
        }

        if (log.FollowUpClosedUtc is not null)
        {
            this.SetStatus("That follow-up was already closed.");
            return LocalRedirect($"/liaison/contacts/{id}");
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            var full = await db.ContactLogs.AsNoTracking().Include(c => c.Officer).Include(c => c.Area).Include(c => c.Congregation).Include(c => c.Clergy)
                .Include(c => c.PartnerOrganization).Include(c => c.FollowUpOwner).FirstAsync(c => c.Id == id, cancellationToken);
            if (!MayOpen(full))
            {
                return NotFound();
            }

            await audit.WriteAsync("Viewed", nameof(ContactLog), id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
            return View("~/Features/Contacts/ContactLogs/Details.cshtml", ContactDetailsViewModel.Of(full, CentralTimeZone.Today(clock), true, form));
        }

        // The version the officer saw is required: without it we cannot know they closed the follow-up as it is now.
        if (!Guid.TryParse(form.Version, out var version) || version != log.Version)
        {
            return FollowUpChangedMeanwhile(log);
        }

        db.ExpectVersion(log, version);
        log.FollowUpClosedUtc = clock.GetUtcNow().UtcDateTime;
        log.FollowUpOutcome = form.Outcome!.Trim();
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return FollowUpChangedMeanwhile(log);
        }

        this.SetStatus("Follow-up closed.");
        return LocalRedirect(MayOpen(log) ? $"/liaison/contacts/{id}" : "/liaison/followups");
    }

    private IActionResult FollowUpChangedMeanwhile(ContactLog log)
    {
        this.SetStatus(SaveChangesExtensions.ChangedBySomeoneElse("contact"));
        return LocalRedirect(MayOpen(log) ? $"/liaison/contacts/{log.Id}" : "/liaison/followups");
    }
}

public sealed class CloseFollowUpForm
{
    public string? Outcome { get; set; }
    public string? Version { get; set; }
}

public sealed class CloseFollowUpFormValidator : AbstractValidator<CloseFollowUpForm>
{
    public CloseFollowUpFormValidator()
    {
        RuleFor(f => f.Outcome).NotEmpty().WithMessage("Say what came of the follow-up.")
            .MaximumLength(FieldLengths.ContactLog.FollowUpOutcome).WithMessage($"The outcome is at most {FieldLengths.ContactLog.FollowUpOutcome} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The outcome contains characters that cannot be used.");
    }
}
