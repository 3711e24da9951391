using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// /crime/area-mappings (Admin): per source, which beat or ward value means which of our areas, and the beat/ward values of
/// unassigned incidents. Mapping a value places those incidents at once (set-based) and empties the public cache.
/// One file per use case (ListAreaMappings.cs, EditAreaMapping.cs, DeleteAreaMapping.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("crime/area-mappings")]
public sealed partial class AreaMappingsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly CrimeReclassification reclassify;
    private readonly AuditLog audit;
    private readonly ILogger<AreaMappingsController> logger;

    public AreaMappingsController(AppDbContext db, CrimeReclassification reclassify, AuditLog audit, ILogger<AreaMappingsController> logger)
    {
        this.db = db;
        this.reclassify = reclassify;
        this.audit = audit;
        this.logger = logger;
    }

    private async Task<(bool Saved, int Count)> SaveAndApplyAsync(AreaSourceMapping mapping, string action, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int count;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            count = await reclassify.AssignAreaAsync(mapping.Source, mapping.Value, mapping.AreaId, cancellationToken);
            audit.Add("Applied", nameof(AreaSourceMapping), mapping.Id.ToString(CultureInfo.InvariantCulture),
                $"{action}: {mapping.Source} {mapping.Field} {mapping.Value} → area {mapping.AreaId}; {count} incident(s) placed");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return (false, 0);
        }

        await reclassify.EvictPublicSummaryAsync(cancellationToken);
        logger.LogInformation("Area mapping {MappingId} {Action}: {Count} incidents placed", mapping.Id, action, count);
        return (true, count);
    }

    private async Task<IReadOnlyList<AreaOption>> AreasAsync(CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync(cancellationToken);

    private async Task<IActionResult> EditViewAsync(int id, AreaMappingForm form, CancellationToken cancellationToken) =>
        View("AreaMappingEdit", new AreaMappingEditViewModel(id, form, await AreasAsync(cancellationToken)));
}

public sealed record AreaMappingEditViewModel(int Id, AreaMappingForm Form, IReadOnlyList<AreaOption> Areas);
