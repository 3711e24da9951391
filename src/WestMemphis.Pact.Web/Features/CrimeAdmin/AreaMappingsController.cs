using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// /crime/area-mappings (Admin): per source, which beat or ward value means which of our areas, and the beat/ward values of
/// unassigned incidents. Mapping a value places those incidents at once (set-based) and empties the public cache.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("crime/area-mappings")]
public sealed class AreaMappingsController(AppDbContext db, CrimeReclassification reclassify, AuditLog audit, ILogger<AreaMappingsController> logger) : Controller
{
    private const int UnplacedShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? source, CancellationToken cancellationToken) =>
        await IndexViewAsync(source, new AreaMappingForm { Field = AreaSourceFields.Beat }, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Create(AreaMappingForm form, [FromServices] IValidator<AreaMappingForm> validator, CancellationToken cancellationToken)
    {
        if (!await ValidAsync(form, validator, null, cancellationToken))
        {
            return await IndexViewAsync(null, form, cancellationToken);
        }

        var mapping = new AreaSourceMapping { Source = form.SourceKey, Field = form.Field!, Value = form.ValueKey, AreaId = form.AreaId!.Value };
        db.AreaSourceMappings.Add(mapping);
        var (saved, count) = await SaveAndApplyAsync(mapping, "Created", cancellationToken);
        if (!saved)
        {
            ModelState.AddModelError(nameof(AreaMappingForm.Value), "That value was mapped by someone else a moment ago. See the table below.");
            return await IndexViewAsync(null, form, cancellationToken);
        }

        this.SetStatus($"{mapping.Field} “{mapping.Value}” of {mapping.Source} now means {await AreaNameAsync(mapping.AreaId, cancellationToken)}; {count:N0} unassigned incident(s) placed.");
        return LocalRedirect("/crime/area-mappings");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var mapping = await db.AreaSourceMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return mapping is null ? NotFound() : await EditViewAsync(id, AreaMappingForm.From(mapping), cancellationToken);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, AreaMappingForm form, [FromServices] IValidator<AreaMappingForm> validator, CancellationToken cancellationToken)
    {
        var mapping = await db.AreaSourceMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mapping is null)
        {
            return NotFound();
        }

        if (!await ValidAsync(form, validator, id, cancellationToken))
        {
            return await EditViewAsync(id, form, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != mapping.Version)
        {
            ModelState.AddModelError("", "This mapping was changed by someone else while you were editing. The saved version is shown; make your change again.");
            return await EditViewAsync(id, AreaMappingForm.From(mapping), cancellationToken);
        }

        db.Entry(mapping).Property(m => m.Version).OriginalValue = version;
        mapping.Source = form.SourceKey;
        mapping.Field = form.Field!;
        mapping.Value = form.ValueKey;
        mapping.AreaId = form.AreaId!.Value;
        var (saved, count) = await SaveAndApplyAsync(mapping, "Updated", cancellationToken);
        if (!saved)
        {
            var current = await db.AreaSourceMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (current is null)
            {
                this.SetStatus("That mapping was deleted by someone else.");
                return LocalRedirect("/crime/area-mappings");
            }

            ModelState.AddModelError("", "This mapping was changed by someone else, or another mapping already has that value. The saved version is shown; make your change again.");
            return await EditViewAsync(id, AreaMappingForm.From(current), cancellationToken);
        }

        this.SetStatus($"Mapping saved; {count:N0} unassigned incident(s) placed. Incidents placed by the old mapping keep their area until their file is imported again.");
        return LocalRedirect("/crime/area-mappings");
    }

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
            ModelState.AddModelError("", "This mapping was changed by someone else; check it before deleting.");
            return await EditViewAsync(id, AreaMappingForm.From(mapping), cancellationToken);
        }

        db.Entry(mapping).Property(m => m.Version).OriginalValue = v;
        db.AreaSourceMappings.Remove(mapping);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            this.SetStatus("That mapping was changed or deleted by someone else a moment ago; nothing was deleted.");
            return LocalRedirect("/crime/area-mappings");
        }

        logger.LogInformation("Area mapping {MappingId} deleted", id);
        this.SetStatus($"Mapping for {mapping.Field} “{mapping.Value}” deleted. Incidents already placed keep their area.");
        return LocalRedirect("/crime/area-mappings");
    }

    private async Task<bool> ValidAsync(AreaMappingForm form, IValidator<AreaMappingForm> validator, int? id, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return false;
        }

        if (!await db.Areas.AnyAsync(a => a.Id == form.AreaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(AreaMappingForm.AreaId), "Choose one of the areas in the list.");
            return false;
        }

        var (source, field, value) = (form.SourceKey, form.Field!, form.ValueKey);
        if (await db.AreaSourceMappings.AnyAsync(m => m.Source == source && m.Field == field && m.Value == value && m.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(AreaMappingForm.Value), $"{field} “{value}” of {source} is already mapped. Edit that mapping instead.");
            return false;
        }

        return true;
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

    private Task<string> AreaNameAsync(int id, CancellationToken cancellationToken) =>
        db.Areas.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).FirstAsync(cancellationToken);

    private async Task<IReadOnlyList<AreaOption>> AreasAsync(CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync(cancellationToken);

    private async Task<IActionResult> IndexViewAsync(string? source, AreaMappingForm form, CancellationToken cancellationToken)
    {
        source = string.IsNullOrWhiteSpace(source) ? null : source.Trim().ToLowerInvariant();
        var query = db.AreaSourceMappings.AsNoTracking();
        if (source is not null)
        {
            query = query.Where(m => m.Source == source);
        }

        var rows = await query.OrderBy(m => m.Source).ThenBy(m => m.Field).ThenBy(m => m.Value)
            .Select(m => new AreaMappingRow(m.Id, m.Source, m.Field, m.Value, m.Area!.Name)).ToListAsync(cancellationToken);
        var unplaced = await db.Incidents.AsNoTracking().Where(i => i.AreaId == null && i.SourceBeat != null)
            .GroupBy(i => new { i.Source, i.SourceBeat })
            .Select(g => new { g.Key.Source, g.Key.SourceBeat, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.SourceBeat).Take(UnplacedShown)
            .ToListAsync(cancellationToken);
        return View("AreaMappings", new AreaMappingsViewModel(source, rows, unplaced.Select(u => new UnplacedBeatRow(u.Source, u.SourceBeat!, u.Count)).ToList(),
            await AreasAsync(cancellationToken), form));
    }

    private async Task<IActionResult> EditViewAsync(int id, AreaMappingForm form, CancellationToken cancellationToken) =>
        View("AreaMappingEdit", new AreaMappingEditViewModel(id, form, await AreasAsync(cancellationToken)));
}
