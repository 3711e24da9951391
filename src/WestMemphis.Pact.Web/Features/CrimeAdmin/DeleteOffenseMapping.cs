using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>Delete a mapping (admins), from its edit page with its version; offenses already imported keep their code.</summary>
public sealed partial class OffenseMappingsController
{
    [HttpPost("{id:int}/delete")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Delete(int id, string? version, CancellationToken cancellationToken)
    {
        var mapping = await db.OffenseDescriptionMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mapping is null)
        {
            this.SetStatus("That mapping no longer exists.");
            return LocalRedirect("/crime/offense-mappings");
        }

        if (!Guid.TryParse(version, out var v) || v != mapping.Version)
        {
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("mapping") + " Check it before deleting.");
            return await EditViewAsync(id, OffenseMappingForm.From(mapping), cancellationToken);
        }

        db.ExpectVersion(mapping, v);
        db.OffenseDescriptionMappings.Remove(mapping);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            this.SetStatus("That mapping was changed or deleted by someone else a moment ago; nothing was deleted.");
            return LocalRedirect("/crime/offense-mappings");
        }

        logger.LogInformation("Offense mapping {MappingId} deleted", id);
        this.SetStatus($"Mapping for “{mapping.Description}” deleted. Offenses already imported keep their code; the next import of that description lists it as unmapped.");
        return LocalRedirect("/crime/offense-mappings");
    }
}
