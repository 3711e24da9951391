using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Contacts;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>One congregation with its clergy, assessments and contact history; staff-only notes, so every view is audited.</summary>
public sealed partial class CongregationsController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        var c = await db.Congregations.AsNoTracking().Include(x => x.Area).Include(x => x.Clergy.OrderBy(k => k.Name))
            .Include(x => x.Assessments.OrderByDescending(a => a.Date)).ThenInclude(a => a.Officer).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
        {
            return NotFound();
        }

        var history = await LiaisonController.ContactRows(db.ContactLogs.Where(l => l.CongregationId == id).OrderByDescending(l => l.WhenUtc)).Take(200).ToListAsync(cancellationToken);
        // Staff-only notes and clergy contacts: every view is audited.
        await audit.WriteAsync("Viewed", nameof(Congregation), id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return View(new CongregationDetailsViewModel(c, history, new ClergyForm()));
    }
}

public sealed record CongregationDetailsViewModel(Congregation Congregation, IReadOnlyList<ContactRow> History, ClergyForm ClergyForm);
