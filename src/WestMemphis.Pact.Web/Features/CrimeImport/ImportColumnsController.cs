using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// The mapping screen (Officer and Admin, like the import): a file whose header is none of the ready-made layouts and fits
/// no saved mapping waits here for its columns to be chosen. Saving remembers the mapping for the source (ImportMapping),
/// so the next file with that header is recognised at upload, then the import goes on to the preview as for a known layout.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("crime/import/map/{token}")]
[RedactInLogs("token")]
public sealed class ImportColumnsController(AppDbContext db, CrimeUploads uploads, AuditLog audit, TimeProvider clock, ILogger<ImportColumnsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Map(string token, CancellationToken cancellationToken)
    {
        var info = uploads.Find(token);
        if (info is null)
        {
            this.SetStatus("That upload is no longer waiting. Upload the file again.");
            return Redirect("/crime/import");
        }

        return await ViewAsync(info, MapColumnsForm.Guess(info.Header, info.FileName), cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(string token, MapColumnsForm form, [FromServices] IValidator<MapColumnsForm> validator, CancellationToken cancellationToken)
    {
        var info = uploads.Find(token);
        if (info is null)
        {
            this.SetStatus("That upload is no longer waiting (it may already be queued). Upload the file again if needed.");
            return Redirect("/crime/import");
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        var chosen = form.Chosen();
        foreach (var (field, message) in ImportMappingRules.Check(chosen, info.Header))
        {
            ModelState.AddModelError(field.ToString(), message);
        }

        if (!ModelState.IsValid)
        {
            return await ViewAsync(info, form, cancellationToken);
        }

        var source = ImportMappingRules.NormalizeSource(form.Source)!;
        var columns = chosen.Where(c => !string.IsNullOrEmpty(c.Value)).ToDictionary(c => c.Key, c => c.Value!);
        var json = ImportMappingRules.Serialize(columns);
        if (json.Length > CrimeLimits.ColumnMap)
        {
            ModelState.AddModelError("", "The chosen column names are too long to save together. Shorten the file's header names and upload it again.");
            return await ViewAsync(info, form, cancellationToken);
        }

        var mapping = await db.ImportMappings.FirstOrDefaultAsync(m => m.Source == source, cancellationToken);
        var replaced = mapping is not null;
        if (mapping is null)
        {
            mapping = new ImportMapping { Source = source, ColumnMapJson = json };
            db.ImportMappings.Add(mapping);
        }

        mapping.ColumnMapJson = json;
        mapping.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add("ColumnsMapped", nameof(ImportMapping), source, $"{(replaced ? "Replaced" : "New")}: columns for {columns.Count} fields");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved a mapping for the same source a moment ago (unique source, or its version moved on).
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(MapColumnsForm.Source), "A mapping for this source was saved by someone else a moment ago. Check the choices and save again.");
            return await ViewAsync(info, form, cancellationToken);
        }

        await uploads.UpdateAsync(info with { Layout = ImportLayout.Custom, Source = source, LayoutName = $"Saved mapping for “{source}”", Columns = columns }, cancellationToken);
        logger.LogInformation("Import mapping for source {Source} {Action} with {FieldCount} fields", source, replaced ? "updated" : "created", columns.Count);
        this.SetStatus(replaced
            ? $"The saved mapping for “{source}” was replaced with these columns. Check the rows below and start the import."
            : $"Mapping saved for “{source}”: the next file with these columns is recognised at upload. Check the rows below and start the import.");
        return Redirect($"/crime/import/preview/{info.Token}");
    }

    private async Task<IActionResult> ViewAsync(UploadInfo info, MapColumnsForm form, CancellationToken cancellationToken)
    {
        var source = ImportMappingRules.NormalizeSource(form.Source);
        var exists = source is not null && await db.ImportMappings.AnyAsync(m => m.Source == source, cancellationToken);
        return View("MapColumns", new MapColumnsViewModel(info.Token, info.FileName, MapColumnsViewModel.Samples(info), form, exists));
    }
}
