using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>Edit a contact log (its officer, or an admin); a change made meanwhile by someone else is shown, not overwritten.</summary>
public sealed partial class ContactLogsController
{
    [HttpGet("contacts/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.AsNoTracking().Include(c => c.Congregation).Include(c => c.Clergy).ThenInclude(c => c!.Congregation)
            .Include(c => c.PartnerOrganization).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || !MayOpen(log))
        {
            return NotFound();
        }

        await audit.WriteAsync("Viewed", nameof(ContactLog), id.ToString(CultureInfo.InvariantCulture), "edit form", cancellationToken: cancellationToken);
        return await EditViewAsync(FormFrom(log), id, cancellationToken);
    }

    [HttpPost("contacts/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, ContactForm form, [FromServices] IValidator<ContactForm> validator, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || !MayOpen(log))
        {
            return NotFound();
        }

        var links = await ValidateAsync(form, validator, cancellationToken);
        if (links is null)
        {
            return await EditViewAsync(form, id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != log.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }

        db.ExpectVersion(log, version);
        await ApplyAsync(form, links, log, cancellationToken);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        this.SetStatus("Contact saved.");
        return LocalRedirect($"/liaison/contacts/{id}");
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        var current = await db.ContactLogs.AsNoTracking().Include(c => c.Congregation).Include(c => c.Clergy).ThenInclude(c => c!.Congregation)
            .Include(c => c.PartnerOrganization).FirstAsync(c => c.Id == id, cancellationToken);
        ModelState.Clear();
        ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("contact"));
        return await EditViewAsync(FormFrom(current), id, cancellationToken);
    }

    private static ContactForm FormFrom(ContactLog log) => new()
    {
        Date = CentralTimeInput.DateInput(log.WhenUtc),
        Time = CentralTimeInput.TimeInput(log.WhenUtc),
        Kind = log.Kind,
        Category = log.Category,
        Congregation = log.Congregation?.Name,
        Clergy = log.Clergy is null ? null : ClergyLabel(log.Clergy.Name, log.Clergy.Congregation?.Name),
        Partner = log.PartnerOrganization?.Name,
        AreaId = log.AreaId,
        Purpose = log.Purpose,
        Notes = log.Notes,
        PositiveContacts = log.PositiveContacts,
        FollowUp = log.FollowUp,
        FollowUpOwnerId = log.FollowUpOwnerId,
        FollowUpDue = log.FollowUpDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ProblemId = log.ProblemId,
        Version = log.Version.ToString(),
    };
}
