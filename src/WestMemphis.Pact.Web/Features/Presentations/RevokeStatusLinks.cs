using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// Staff stop every private status link of a request (say the requester forwarded an email by mistake). The requester
/// can do the same from the page a link opens (StatusLookup.cs); the next email carries a new link.
/// </summary>
public sealed partial class ManagePresentationsController
{
    [HttpPost("{id:int}/status-links/revoke")]
    public async Task<IActionResult> RevokeStatusLinks(int id, [FromServices] StatusLinks statusLinks, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var count = await statusLinks.RevokeAsync(id, null, cancellationToken);
        audit.Add("StatusLinksRevoked", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), $"{count} private status links stopped by staff");
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus(count == 0 ? "There were no private status links to stop." : "The private status links of this request no longer work. The next email to the requester carries a new one.");
        return LocalRedirect($"/manage/presentations/{id}");
    }
}
