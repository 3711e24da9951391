using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>Delete a mapping, from its edit page with its version; incidents already placed keep their area.</summary>
public sealed partial class AreaMappingsController
{
    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, string? version, CancellationToken cancellationToken)
    {
        var mapping = await db.AreaSourceMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mapping is null)
        {
            this.SetStatus("That mapping no longer exists.");
            return LocalRedirect("/crime/area-mappings");
        }

        if (!Guid.TryParse(version, out var v) || v != mapping.Version)
        {
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("mapping") + " Check it before deleting.");
            return await EditViewAsync(id, AreaMappingForm.From(mapping), cancellationToken);
        }

        db.ExpectVersion(mapping, v);
        db.AreaSourceMappings.Remove(mapping);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            this.SetStatus("That mapping was changed or deleted by someone else a moment ago; nothing was deleted.");
            return LocalRedirect("/crime/area-mappings");
        }

        logger.LogInformation("Area mapping {MappingId} deleted", id);
        this.SetStatus($"Mapping for {mapping.Field} “{mapping.Value}” deleted. Incidents already placed keep their area.");
        return LocalRedirect("/crime/area-mappings");
    }
}
