using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Show the photo that came with a concern.</summary>
public sealed partial class ManageConcernsController
{
    /// <summary>The photo, re-encoded at upload; staff only, and every view audited.</summary>
    [HttpGet("{id:int}/photo")]
    public async Task<IActionResult> Photo(int id, CancellationToken cancellationToken)
    {
        var stored = await db.Concerns.AsNoTracking().Where(c => c.Id == id).Select(c => c.PhotoStoredName).FirstOrDefaultAsync(cancellationToken);
        if (photos.PathFor(stored) is not { } path || !System.IO.File.Exists(path))
        {
            return NotFound();
        }

        await audit.WriteAsync("Viewed", "ConcernPhoto", id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(path, ConcernPhotoStore.ContentType, $"concern-{id}.jpg");
    }
}
