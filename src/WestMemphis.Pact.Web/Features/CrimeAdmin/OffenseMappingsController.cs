using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// /crime/offense-mappings: the editable table that maps a source's offense descriptions to NIBRS codes, and the
/// descriptions found in imported incidents that have no code yet. Officers read it; admins change it. Saving a mapping
/// re-classifies the offenses already imported with that description at once (set-based) and empties the public cache.
/// One file per use case (ListOffenseMappings.cs, EditOffenseMapping.cs, DeleteOffenseMapping.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("crime/offense-mappings")]
public sealed partial class OffenseMappingsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly CrimeReclassification reclassify;
    private readonly AuditLog audit;
    private readonly ILogger<OffenseMappingsController> logger;

    public OffenseMappingsController(AppDbContext db, CrimeReclassification reclassify, AuditLog audit, ILogger<OffenseMappingsController> logger)
    {
        this.db = db;
        this.reclassify = reclassify;
        this.audit = audit;
        this.logger = logger;
    }

    private async Task<(bool Saved, int Count)> SaveAndApplyAsync(OffenseDescriptionMapping mapping, NibrsOffenseCode code, string action, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int count;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            count = await reclassify.MapOffensesAsync(mapping.Source, mapping.Description, code, cancellationToken);
            audit.Add("Applied", nameof(OffenseDescriptionMapping), mapping.Id.ToString(CultureInfo.InvariantCulture),
                $"{action}: {mapping.Source}: {mapping.Description} → {code.Code}; {count} offense(s) re-classified");
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
        logger.LogInformation("Offense mapping {MappingId} {Action}: {Count} offenses re-classified", mapping.Id, action, count);
        return (true, count);
    }

    private async Task<IReadOnlyList<CodeOption>> CodesAsync(CancellationToken cancellationToken) =>
        await db.NibrsOffenseCodes.AsNoTracking().OrderBy(c => c.Code).Select(c => new CodeOption(c.Code, c.Name)).ToListAsync(cancellationToken);

    private async Task<IActionResult> EditViewAsync(int id, OffenseMappingForm form, CancellationToken cancellationToken) =>
        View("OffenseMappingEdit", new OffenseMappingEditViewModel(id, form, await CodesAsync(cancellationToken)));
}

public sealed record CodeOption(string Code, string Name);

public sealed record OffenseMappingEditViewModel(int Id, OffenseMappingForm Form, IReadOnlyList<CodeOption> Codes);
