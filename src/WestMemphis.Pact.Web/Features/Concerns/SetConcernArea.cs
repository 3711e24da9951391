using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Set or correct a concern's area (by hand): how a concern the look-up could not place leaves the "Area not known" queue.</summary>
public sealed partial class ManageConcernsController
{
    [HttpPost("{id:int}/area")]
    public async Task<IActionResult> SetArea(int id, SetConcernAreaForm form, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        var area = form.AreaId is { } areaId ? await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) : null;
        if (area is null)
        {
            ModelState.AddModelError(nameof(form.AreaId), "Choose the area from the list.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        ConcernIntake.Place(concern, form.AreaId, lookedUpAreaId: null);
        concern.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(concern, $"The concern is in {area} now.", cancellationToken);
    }
}

public sealed class SetConcernAreaForm
{
    public int? AreaId { get; set; }
    public string? Version { get; set; }
}
