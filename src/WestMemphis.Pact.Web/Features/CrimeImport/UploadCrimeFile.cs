using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>The import page (recent batches) and the upload: a known layout or saved mapping goes on to the preview, any other header to the mapping screen.</summary>
public sealed partial class CrimeImportController
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
}

public sealed record BatchRow(long Id, string FileName, string Source, DateTime UploadedAtUtc, string? UploadedBy, ImportStatus Status,
    long Read, long Inserted, long Updated, long Unchanged, long Rejected);

public sealed record ImportIndexViewModel(string? Error, IReadOnlyList<BatchRow> Batches, int UnmappedDescriptions);
