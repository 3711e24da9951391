using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Mark a newly submitted request under review; the requester sees it on the status page.</summary>
public sealed partial class ManagePresentationsController
{
    [HttpPost("{id:int}/review")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        var reviewed = false;
        if (PresentationRequestStatusRules.CanMoveTo(r.Status, PresentationStatus.UnderReview))
        {
            // The version loaded here guards the save: a request changed in between (reviewed, declined, scheduled) is left alone.
            var detail = PresentationRequestStatusRules.MoveTo(r, PresentationStatus.UnderReview, clock.GetUtcNow().UtcDateTime);
            audit.Add("StatusChanged", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), detail);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                reviewed = true;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
            }
        }

        this.SetStatus(reviewed ? "Marked under review. The requester sees it on the status page." : "Only a newly submitted request can be marked under review.");
        return LocalRedirect($"/manage/presentations/{id}");
    }
}
