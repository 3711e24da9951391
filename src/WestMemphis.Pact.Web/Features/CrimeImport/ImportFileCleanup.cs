using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// Raw incident files (up to 1 GB each) are kept only while they are needed. An import deletes its upload when it
/// completes or fails; this pass, run by <see cref="CrimeImportWorker"/>, deletes what is left: uploads of finished
/// imports that could not be deleted then (another instance, a locked file), and previews never started (with their
/// mapping) once untouched for <see cref="CrimeImportOptions.AbandonedUploadHours"/>. An upload whose import is queued
/// or running is kept whatever its age. Only files named as this feature names them (a token and .csv or .json) are
/// touched.
/// </summary>
public sealed class ImportFileCleanup(AppDbContext db, CrimeUploads uploads, IOptions<CrimeImportOptions> options, TimeProvider clock, ILogger<ImportFileCleanup> logger)
{
    /// <summary>Deletes what is no longer needed; returns how many files. A failure is logged and never stops the imports.</summary>
    public async Task<int> RemoveStaleAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RemoveAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Crime upload clean-up failed; the next pass tries again");
            return 0;
        }
    }

    private async Task<int> RemoveAsync(CancellationToken cancellationToken)
    {
        var folder = uploads.Folder;
        var tokens = Directory.EnumerateFiles(folder)
            .Select(f => (Path: f, Token: Path.GetFileNameWithoutExtension(f), Extension: Path.GetExtension(f)))
            .Where(f => f.Extension is ".csv" or ".json" && CrimeUploads.IsToken(f.Token))
            .GroupBy(f => f.Token, StringComparer.Ordinal)
            .ToList();
        if (tokens.Count == 0)
        {
            return 0;
        }

        var csvPaths = tokens.Select(t => uploads.PathOf(t.Key)).ToList();
        var batches = await db.ImportBatches.AsNoTracking().Where(b => csvPaths.Contains(b.StoredFilePath))
            .Select(b => new { b.StoredFilePath, b.Status }).ToListAsync(cancellationToken);
        var inUse = batches.Where(b => b.Status is ImportStatus.Queued or ImportStatus.Running).Select(b => b.StoredFilePath).ToHashSet(StringComparer.Ordinal);
        var finished = batches.Select(b => b.StoredFilePath).Where(p => !inUse.Contains(p)).ToHashSet(StringComparer.Ordinal);
        var abandonedBefore = clock.GetUtcNow().UtcDateTime.AddHours(-Math.Max(0, options.Value.AbandonedUploadHours));
        var removed = 0;
        foreach (var token in tokens)
        {
            var csv = uploads.PathOf(token.Key);
            if (inUse.Contains(csv))
            {
                continue;
            }

            // A preview's last activity: the upload, or the mapping screen rewriting its .json.
            var lastTouched = token.Max(f => File.GetLastWriteTimeUtc(f.Path));
            if (!finished.Contains(csv) && lastTouched >= abandonedBefore)
            {
                continue;
            }

            foreach (var file in token)
            {
                try
                {
                    File.Delete(file.Path);
                    removed++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    logger.LogWarning(ex, "Could not delete a stale crime upload");
                }
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Deleted {Files} crime upload file(s) no longer needed", removed);
        }

        return removed;
    }
}
