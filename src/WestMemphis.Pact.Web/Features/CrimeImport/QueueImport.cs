using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>The preview of an upload (first rows as read) and queueing it as a batch for the background worker, woken at once.</summary>
public sealed partial class CrimeImportController
{
    [HttpGet("preview/{token}")]
    [RedactInLogs("token")]
    public IActionResult Preview(string token)
    {
        var info = uploads.Find(token);
        if (info is null)
        {
            this.SetStatus("That upload is no longer waiting. Upload the file again.");
            return Redirect("/crime/import");
        }

        if (info.NeedsMapping)
        {
            return Redirect($"/crime/import/map/{info.Token}");
        }

        return View("Preview", info);
    }

    [HttpPost("preview/{token}")]
    [RedactInLogs("token")]
    public async Task<IActionResult> Queue(string token, [FromServices] CrimeImportWorker worker, CancellationToken cancellationToken)
    {
        var info = uploads.Find(token);
        if (info is null)
        {
            this.SetStatus("That upload is no longer waiting (it may already be queued). Upload the file again if needed.");
            return Redirect("/crime/import");
        }

        if (info.NeedsMapping)
        {
            return Redirect($"/crime/import/map/{info.Token}");
        }

        var batch = new ImportBatch
        {
            Source = info.Source,
            Layout = info.Layout,
            ColumnMapJson = JsonSerializer.Serialize(info.Columns),
            FileName = info.FileName,
            Sha256 = info.Sha256,
            FileSizeBytes = info.SizeBytes,
            StoredFilePath = uploads.PathOf(info.Token),
            UploadedById = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            Status = ImportStatus.Queued,
            EstimatedRows = info.EstimatedRows,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        uploads.ForgetInfo(info.Token);
        worker.Wake(); // this instance's worker starts it now, not at its next poll

        var earlier = await db.ImportBatches.AsNoTracking().CountAsync(b => b.Sha256 == info.Sha256 && b.Id != batch.Id, cancellationToken);
        this.SetStatus(earlier > 0
            ? $"Import queued. The same file was imported before; incidents already in the database are updated, never duplicated."
            : "Import queued. You can leave this page and come back; the import carries on.");
        return Redirect($"/crime/import/{batch.Id}");
    }
}
