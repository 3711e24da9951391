using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Mark a newly submitted request under review; the requester sees it on the status page.</summary>
public sealed partial class ManagePresentationsController
{
    [HttpPost("{id:int}/review")]
    public async Task<IActionResult> Review(int id, ReviewForm form, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!PresentationRequestStatusRules.CanMoveTo(r.Status, PresentationStatus.UnderReview))
        {
            this.SetStatus("Only a newly submitted request can be marked under review.");
            return LocalRedirect($"/manage/presentations/{id}");
        }

        // The version the page was made from guards the save: a request changed in between (reviewed, declined, scheduled) is left alone.
        if (!Guid.TryParse(form.Version, out var version) || version != r.Version)
        {
            this.SetStatus(ChangedBySomeoneElse);
            return LocalRedirect($"/manage/presentations/{id}");
        }

        db.ExpectVersion(r, version);
        var detail = PresentationRequestStatusRules.MoveTo(r, PresentationStatus.UnderReview, clock.GetUtcNow().UtcDateTime);
        audit.Add("StatusChanged", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), detail);
        this.SetStatus(await db.TrySaveChangesAsync(cancellationToken) ? "Marked under review. The requester sees it on the status page." : ChangedBySomeoneElse);
        return LocalRedirect($"/manage/presentations/{id}");
    }
}

/// <summary>The review button: only the version of the request the page showed.</summary>
public sealed class ReviewForm
{
    public string? Version { get; set; }
}
