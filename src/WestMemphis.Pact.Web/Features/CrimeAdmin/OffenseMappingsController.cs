using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// /crime/offense-mappings: the editable table that maps a source's offense descriptions to NIBRS codes, and the
/// descriptions found in imported incidents that have no code yet. Officers read it; admins change it. Saving a mapping
/// re-classifies the offenses already imported with that description at once (set-based) and empties the public cache.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("crime/offense-mappings")]
public sealed class OffenseMappingsController(AppDbContext db, CrimeReclassification reclassify, AuditLog audit, ILogger<OffenseMappingsController> logger) : Controller
{
    private const int PageSize = 25;
    private const int UnmappedShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? source, int page = 1, CancellationToken cancellationToken = default) =>
        await IndexViewAsync(q, source, page, new OffenseMappingForm(), cancellationToken);

    [HttpPost("")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Create(OffenseMappingForm form, [FromServices] IValidator<OffenseMappingForm> validator, CancellationToken cancellationToken)
    {
        var code = await ValidateAsync(form, validator, null, cancellationToken);
        if (code is null)
        {
            return await IndexViewAsync(null, null, 1, form, cancellationToken);
        }

        var mapping = new OffenseDescriptionMapping { Source = form.SourceKey, Description = form.DescriptionKey, NibrsCode = code.Code };
        db.OffenseDescriptionMappings.Add(mapping);
        var (saved, count) = await SaveAndApplyAsync(mapping, code, "Created", cancellationToken);
        if (!saved)
        {
            ModelState.AddModelError(nameof(OffenseMappingForm.Description), "That description was mapped by someone else a moment ago. See the table below.");
            return await IndexViewAsync(null, null, 1, form, cancellationToken);
        }

        this.SetStatus($"“{mapping.Description}” ({mapping.Source}) now maps to {code.Code} {code.Name}; {count:N0} imported offense(s) re-classified.");
        return LocalRedirect("/crime/offense-mappings");
    }

    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var mapping = await db.OffenseDescriptionMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return mapping is null ? NotFound() : await EditViewAsync(id, OffenseMappingForm.From(mapping), cancellationToken);
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int id, OffenseMappingForm form, [FromServices] IValidator<OffenseMappingForm> validator, CancellationToken cancellationToken)
    {
        var mapping = await db.OffenseDescriptionMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mapping is null)
        {
            return NotFound();
        }

        var code = await ValidateAsync(form, validator, id, cancellationToken);
        if (code is null)
        {
            return await EditViewAsync(id, form, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != mapping.Version)
        {
            ModelState.AddModelError("", "This mapping was changed by someone else while you were editing. The saved version is shown; make your change again.");
            return await EditViewAsync(id, OffenseMappingForm.From(mapping), cancellationToken);
        }

        db.Entry(mapping).Property(m => m.Version).OriginalValue = version;
        mapping.Source = form.SourceKey;
        mapping.Description = form.DescriptionKey;
        mapping.NibrsCode = code.Code;
        var (saved, count) = await SaveAndApplyAsync(mapping, code, "Updated", cancellationToken);
        if (!saved)
        {
            db.ChangeTracker.Clear();
            var current = await db.OffenseDescriptionMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (current is null)
            {
                this.SetStatus("That mapping was deleted by someone else.");
                return LocalRedirect("/crime/offense-mappings");
            }

            ModelState.AddModelError("", "This mapping was changed by someone else, or another mapping already has that description. The saved version is shown; make your change again.");
            return await EditViewAsync(id, OffenseMappingForm.From(current), cancellationToken);
        }

        // Offenses classified under the old mapping keep their code until the next import of their file; the new
        // description's unmapped offenses were re-classified above.
        this.SetStatus($"Mapping saved: “{mapping.Description}” ({mapping.Source}) → {code.Code} {code.Name}; {count:N0} unmapped offense(s) re-classified.");
        return LocalRedirect("/crime/offense-mappings");
    }

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
            ModelState.AddModelError("", "This mapping was changed by someone else; check it before deleting.");
            return await EditViewAsync(id, OffenseMappingForm.From(mapping), cancellationToken);
        }

        db.Entry(mapping).Property(m => m.Version).OriginalValue = v;
        db.OffenseDescriptionMappings.Remove(mapping);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            this.SetStatus("That mapping was changed or deleted by someone else a moment ago; nothing was deleted.");
            return LocalRedirect("/crime/offense-mappings");
        }

        logger.LogInformation("Offense mapping {MappingId} deleted", id);
        this.SetStatus($"Mapping for “{mapping.Description}” deleted. Offenses already imported keep their code; the next import of that description lists it as unmapped.");
        return LocalRedirect("/crime/offense-mappings");
    }

    private async Task<NibrsOffenseCode?> ValidateAsync(OffenseMappingForm form, IValidator<OffenseMappingForm> validator, int? id, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return null;
        }

        var code = await db.NibrsOffenseCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == form.CodeKey, cancellationToken);
        if (code is null)
        {
            ModelState.AddModelError(nameof(OffenseMappingForm.NibrsCode), $"“{form.CodeKey}” is not a NIBRS code. Choose one from the list.");
            return null;
        }

        var source = form.SourceKey;
        var description = form.DescriptionKey;
        if (await db.OffenseDescriptionMappings.AnyAsync(m => m.Source == source && m.Description == description && m.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(OffenseMappingForm.Description), $"“{description}” from {source} is already mapped. Edit that mapping instead.");
            return null;
        }

        return code;
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

    private async Task<IActionResult> IndexViewAsync(string? q, string? source, int page, OffenseMappingForm form, CancellationToken cancellationToken)
    {
        q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        source = string.IsNullOrWhiteSpace(source) ? null : source.Trim().ToLowerInvariant()[..Math.Min(source.Trim().Length, CrimeLimits.Source)];
        var query = db.OffenseDescriptionMappings.AsNoTracking();
        if (source is not null)
        {
            query = query.Where(m => m.Source == source);
        }

        if (q is not null)
        {
            var upper = q.ToUpperInvariant();
            query = query.Where(m => m.Description.Contains(upper) || m.NibrsCode == upper);
        }

        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await query.OrderBy(m => m.Source).ThenBy(m => m.Description).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OffenseMappingRow(m.Id, m.Source, m.Description, m.NibrsCode, m.NibrsOffense != null ? m.NibrsOffense.Name : null))
            .ToListAsync(cancellationToken);
        var unmapped = await db.IncidentOffenses.AsNoTracking().Where(o => o.NibrsCode == null)
            .GroupBy(o => new { o.Incident!.Source, o.Description })
            .Select(g => new { g.Key.Source, g.Key.Description, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Description).Take(UnmappedShown)
            .ToListAsync(cancellationToken);
        var canEdit = User.IsInRole(Domain.Roles.Admin);
        return View("OffenseMappings", new OffenseMappingsViewModel(q, source, page, pages, total, rows,
            unmapped.Select(u => new UnmappedDescriptionRow(u.Source, u.Description, u.Count)).ToList(), await CodesAsync(cancellationToken), canEdit, form));
    }

    private async Task<IActionResult> EditViewAsync(int id, OffenseMappingForm form, CancellationToken cancellationToken) =>
        View("OffenseMappingEdit", new OffenseMappingEditViewModel(id, form, await CodesAsync(cancellationToken)));
}
