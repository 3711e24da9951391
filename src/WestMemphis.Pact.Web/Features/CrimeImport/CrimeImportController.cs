using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// Crime data import (Officer and Admin): upload → preview (layout recognised, first rows) → queued batch worked in the
/// background → progress page (polled by a static script) → rejected rows as CSV.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("crime/import")]
public sealed class CrimeImportController(AppDbContext db, CrimeUploads uploads, AuditLog audit, TimeProvider clock, ILogger<CrimeImportController> logger) : Controller
{
    // Hundreds of megabytes on this endpoint only; the form reader spools big files to disk, never memory.
    private const long UploadLimit = 1024L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Index", await IndexModelAsync(null, cancellationToken));

    private async Task<ImportIndexViewModel> IndexModelAsync(string? error, CancellationToken cancellationToken) =>
        new(error, await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(50)
            .Select(b => new BatchRow(b.Id, b.FileName, b.Source, b.UploadedAtUtc, b.UploadedBy != null ? b.UploadedBy.FullName : null, b.Status,
                b.RowsRead, b.RowsInserted, b.RowsUpdated, b.RowsUnchanged, b.RowsRejected))
            .ToListAsync(cancellationToken),
            await db.IncidentOffenses.AsNoTracking().Where(o => o.NibrsCode == null).Select(o => o.Description).Distinct().CountAsync(cancellationToken));

    [HttpPost("")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return View("Index", await IndexModelAsync("Choose a CSV file to import.", cancellationToken));
        }

        var saved = (await db.ImportMappings.AsNoTracking().Select(m => new { m.Source, m.ColumnMapJson }).ToListAsync(cancellationToken))
            .Select(m => (m.Source, (IReadOnlyDictionary<ImportField, string>)ImportMappingRules.Deserialize(m.ColumnMapJson))).ToList();
        var (info, error) = await uploads.SaveAsync(file, saved, cancellationToken);
        if (info is null)
        {
            logger.LogInformation("Crime upload refused: {Reason}", error);
            return View("Index", await IndexModelAsync(error, cancellationToken));
        }

        return Redirect(info.NeedsMapping ? $"/crime/import/map/{info.Token}" : $"/crime/import/preview/{info.Token}");
    }

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
    public async Task<IActionResult> Queue(string token, CancellationToken cancellationToken)
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
        var earlier = await db.ImportBatches.AsNoTracking().CountAsync(b => b.Sha256 == info.Sha256 && b.Id != batch.Id, cancellationToken);
        this.SetStatus(earlier > 0
            ? $"Import queued. The same file was imported before; incidents already in the database are updated, never duplicated."
            : "Import queued. You can leave this page and come back; the import carries on.");
        return Redirect($"/crime/import/{batch.Id}");
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Progress(long id, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().Include(b => b.UploadedBy).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return NotFound();
        }

        var rejected = await db.ImportRejectedRows.AsNoTracking().Where(r => r.ImportBatchId == id).OrderBy(r => r.LineNumber).Take(20)
            .Select(r => new RejectedRowView(r.LineNumber, r.Column, r.Reason)).ToListAsync(cancellationToken);
        return View("Progress", new ImportProgressViewModel(batch, ProgressFigures.Of(batch), batch.UploadedBy?.FullName, rejected));
    }

    [HttpGet("{id:long}/progress.json")]
    public async Task<IActionResult> ProgressJson(long id, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return batch is null ? NotFound() : Json(ProgressFigures.Of(batch));
    }

    [HttpGet("{id:long}/rejected.csv")]
    public async Task<IActionResult> Rejected(long id, CancellationToken cancellationToken)
    {
        if (!await db.ImportBatches.AnyAsync(b => b.Id == id, cancellationToken))
        {
            return NotFound();
        }

        await audit.WriteAsync("Exported", nameof(ImportBatch), id.ToString(CultureInfo.InvariantCulture), "Rejected rows CSV");
        var rows = db.ImportRejectedRows.AsNoTracking().Where(r => r.ImportBatchId == id).OrderBy(r => r.LineNumber)
            .Select(r => new { r.LineNumber, r.Column, r.Reason, r.RawExcerpt }).AsAsyncEnumerable();
        return CsvExport.File($"import-{id}-rejected.csv", ["Line", "Column", "Reason", "Row"], rows,
            r => [r.LineNumber.ToString(CultureInfo.InvariantCulture), r.Column, r.Reason, r.RawExcerpt]);
    }
}

public sealed record BatchRow(long Id, string FileName, string Source, DateTime UploadedAtUtc, string? UploadedBy, ImportStatus Status,
    long Read, long Inserted, long Updated, long Unchanged, long Rejected);

public sealed record ImportIndexViewModel(string? Error, IReadOnlyList<BatchRow> Batches, int UnmappedDescriptions);

public sealed record RejectedRowView(long Line, string? Column, string Reason);

public sealed record ImportProgressViewModel(ImportBatch Batch, ProgressFigures Figures, string? UploadedBy, IReadOnlyList<RejectedRowView> Rejected);

/// <summary>The progress bar's figures (also served as JSON to the page's polling script).</summary>
public sealed record ProgressFigures(string Status, bool Finished, long Read, long Inserted, long Updated, long Unchanged, long Rejected,
    int Percent, double RowsPerSecond, string TimeLeft, string? Error)
{
    public static ProgressFigures Of(ImportBatch b)
    {
        var finished = b.Status is ImportStatus.Completed or ImportStatus.Failed;
        var estimate = Math.Max(b.EstimatedRows, b.RowsRead);
        var percent = finished ? 100 : estimate == 0 ? 0 : (int)Math.Min(99, b.RowsRead * 100 / estimate);
        var rate = b.ElapsedSeconds > 0 ? b.RowsRead / b.ElapsedSeconds : 0;
        var left = finished ? "done"
            : rate <= 0 ? (b.Status == ImportStatus.Queued ? "waiting to start" : "estimating")
            : Duration((estimate - b.RowsRead) / rate);
        return new(b.Status.ToString(), finished, b.RowsRead, b.RowsInserted, b.RowsUpdated, b.RowsUnchanged, b.RowsRejected,
            percent, Math.Round(rate), left, b.Error);
    }

    private static string Duration(double seconds) => seconds switch
    {
        < 1 => "under a second",
        < 90 => $"about {Math.Ceiling(seconds):0} seconds",
        _ => $"about {Math.Ceiling(seconds / 60):0} minutes",
    };
}
