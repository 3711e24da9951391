using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>One contact log, with its follow-up; visit notes are staff-only and every view of them is audited.</summary>
public sealed partial class ContactLogsController
{
    [HttpGet("contacts/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.AsNoTracking().Include(c => c.Officer).Include(c => c.Area).Include(c => c.Congregation).Include(c => c.Clergy)
            .Include(c => c.PartnerOrganization).Include(c => c.FollowUpOwner).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || !MayOpen(log))
        {
            return NotFound();
        }

        // Visit notes are staff-only and every view of them is audited.
        await audit.WriteAsync("Viewed", nameof(ContactLog), id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return View(ContactDetailsViewModel.Of(log, CentralTimeZone.Today(clock), MayOpen(log)));
    }
}

/// <summary>One contact log as its page shows it: the fields, the names of what it points at, and its follow-up.</summary>
public sealed record ContactDetailsViewModel(int Id, Guid Version, DateTime WhenUtc, ContactKind Kind, ContactCategory Category, string? Officer,
    LinkedName? Congregation, string? Clergy, LinkedName? Partner, string? Area, string Purpose, int? PositiveContacts, string? Notes,
    ContactFollowUpView? FollowUp, bool CanEdit, CloseFollowUpForm? Close = null)
{
    /// <summary>From a log loaded with its officer, area, congregation, clergy, partner and follow-up owner.</summary>
    public static ContactDetailsViewModel Of(ContactLog c, DateOnly today, bool canEdit, CloseFollowUpForm? close = null) =>
        new(c.Id, c.Version, c.WhenUtc, c.Kind, c.Category, c.Officer?.FullName,
            c.Congregation is { } congregation ? new LinkedName(congregation.Id, congregation.Name) : null,
            c.Clergy is { } clergy ? clergy.Name + (clergy.Title is null ? "" : ", " + clergy.Title) : null,
            c.PartnerOrganization is { } partner ? new LinkedName(partner.Id, partner.Name) : null,
            c.Area?.Name, c.Purpose, c.PositiveContacts, c.Notes,
            c.FollowUp is { } followUp
                ? new ContactFollowUpView(followUp, c.FollowUpOwner?.FullName ?? c.Officer?.FullName, c.FollowUpDue, c.FollowUpClosedUtc, c.FollowUpOutcome, c.IsOverdue(today))
                : null,
            canEdit, close);
}

/// <summary>A record the page links to by its id, with its name.</summary>
public sealed record LinkedName(int Id, string Name);

/// <summary>A contact's follow-up: what, who owns it, by when, and how it was closed.</summary>
public sealed record ContactFollowUpView(string What, string? Owner, DateOnly? Due, DateTime? ClosedUtc, string? Outcome, bool Overdue);
