using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>Log a contact, from the liaison page or from a congregation's or partner's page (which fills in who it was with).</summary>
public sealed partial class ContactLogsController
{
    [HttpGet("contacts/new")]
    public async Task<IActionResult> Create(int? congregation, int? partner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var form = new ContactForm
        {
            Date = CentralTimeInput.DateInput(now),
            Time = CentralTimeInput.TimeInput(now),
            FollowUpOwnerId = Me,
            Congregation = congregation is null ? null : await db.Congregations.Where(c => c.Id == congregation).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken),
            Partner = partner is null ? null : await db.PartnerOrganizations.Where(p => p.Id == partner).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken),
        };
        if (form.Congregation is not null)
        {
            form.Kind = ContactKind.ChurchVisit;
        }
        else if (form.Partner is not null)
        {
            form.Kind = ContactKind.PartnerMeeting;
        }

        return await EditViewAsync(form, null, cancellationToken);
    }

    [HttpPost("contacts/new")]
    public async Task<IActionResult> Create(ContactForm form, [FromServices] IValidator<ContactForm> validator, CancellationToken cancellationToken)
    {
        form.Version = null;
        var links = await ValidateAsync(form, validator, cancellationToken);
        if (links is null)
        {
            return await EditViewAsync(form, null, cancellationToken);
        }

        var log = new ContactLog { OfficerId = Me, Purpose = "", CreatedUtc = clock.GetUtcNow().UtcDateTime };
        await ApplyAsync(form, links, log, cancellationToken);
        db.ContactLogs.Add(log);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Contact {ContactId} logged by {OfficerId}", log.Id, log.OfficerId);
        this.SetStatus($"Logged: {ContactKinds.Label(log.Kind)}{(log.FollowUp is null ? "" : ", with a follow-up")}.");
        return LocalRedirect("/liaison");
    }
}
