using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Contacts;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>A partner's page: who they are, the areas they serve and the contacts logged with them.</summary>
public sealed partial class PartnersController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var p = await db.PartnerOrganizations.AsNoTracking().Include(x => x.AreasServed).ThenInclude(a => a.Area).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
        {
            return NotFound();
        }

        var history = await LiaisonController.ContactRows(db.ContactLogs.Where(l => l.PartnerOrganizationId == id).OrderByDescending(l => l.WhenUtc)).Take(200).ToListAsync(cancellationToken);
        return View(new PartnerDetailsViewModel(p, history));
    }
}

public sealed record PartnerDetailsViewModel(PartnerOrganization Partner, IReadOnlyList<ContactRow> History);
