using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>A batch's progress (page and JSON for its polling script) and its rejected rows as CSV (audited).</summary>
public sealed partial class CrimeImportController
{
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
        return CsvDownload.File($"import-{id}-rejected.csv", ["Line", "Column", "Reason", "Row"], rows,
            r => [r.LineNumber.ToString(CultureInfo.InvariantCulture), r.Column, r.Reason, r.RawExcerpt]);
    }
}

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
