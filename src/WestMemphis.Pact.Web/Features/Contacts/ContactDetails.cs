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
        return View(new ContactDetailsViewModel(log, CentralTimeZone.Today(clock), MayOpen(log)));
    }
}

public sealed record ContactDetailsViewModel(ContactLog Log, DateOnly Today, bool CanEdit, CloseFollowUpForm? Close = null);
