using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>Remove a street range from an area.</summary>
public sealed partial class AdminAreasController
{
    [HttpPost("{id:int}/streets/{rangeId:int}/delete")]
    public async Task<IActionResult> DeleteStreet(int id, int rangeId, CancellationToken cancellationToken)
    {
        // Loaded and removed (not ExecuteDelete) so that the audit interceptor records who removed it.
        var range = await db.StreetRanges.FirstOrDefaultAsync(r => r.Id == rangeId && r.AreaId == id, cancellationToken);
        if (range is null)
        {
            return NotFound();
        }

        db.StreetRanges.Remove(range);
        await db.SaveChangesAsync(cancellationToken);

        this.SetStatus("Street range removed.");
        return LocalRedirect($"/admin/areas/{id}#streets");
    }
}
