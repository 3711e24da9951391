using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>The contact logs: an officer's own, or everyone's for an admin (who may filter by officer); either by area.</summary>
public sealed partial class ContactLogsController
{
    [HttpGet("contacts")]
    public async Task<IActionResult> Contacts(string? officer, int? area, CancellationToken cancellationToken)
    {
        var query = db.ContactLogs.AsNoTracking();
        // Officers see their own logs; admins see everyone's and may filter by officer.
        query = IsAdmin ? (officer is { Length: > 0 and <= 450 } ? query.Where(c => c.OfficerId == officer) : query) : query.Where(c => c.OfficerId == Me);
        if (area is not null)
        {
            query = query.Where(c => c.AreaId == area);
        }

        var rows = await LiaisonController.ContactRows(query.OrderByDescending(c => c.WhenUtc)).Take(500).ToListAsync(cancellationToken);
        return View(new ContactsViewModel(rows, IsAdmin, CentralTimeZone.Today(clock)));
    }
}

public sealed record ContactsViewModel(IReadOnlyList<ContactRow> Rows, bool Everyone, DateOnly Today);
