using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>Follow-ups, open or closed: the officer's own, or the whole unit's.</summary>
public sealed partial class FollowUpsController
{
    [HttpGet("followups")]
    public async Task<IActionResult> FollowUps(string? scope, bool closed = false, CancellationToken cancellationToken = default)
    {
        var unit = scope == "unit";
        var query = db.ContactLogs.Where(c => c.FollowUp != null);
        query = closed ? query.Where(c => c.FollowUpClosedUtc != null) : query.Where(c => c.FollowUpClosedUtc == null);
        if (!unit)
        {
            var me = Me;
            query = query.Where(c => c.FollowUpOwnerId == me);
        }

        var rows = await LiaisonController.FollowUpRows(query.OrderBy(c => c.FollowUpDue == null).ThenBy(c => c.FollowUpDue)).Take(500).ToListAsync(cancellationToken);
        return View(new FollowUpsViewModel(rows, unit, closed, CentralTimeZone.Today(clock)));
    }
}

public sealed record FollowUpsViewModel(IReadOnlyList<FollowUpRow> Rows, bool Unit, bool Closed, DateOnly Today);
