using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using nietras.SeparatedValues;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

public sealed class CrimeImportOptions
{
    public const string Section = "CrimeImport";

    /// <summary>How often the worker looks for queued imports; 0 turns it off.</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>Rows per transaction (and per checkpoint).</summary>
    public int ChunkSize { get; set; } = 20_000;

    /// <summary>How long a claim lasts without a checkpoint before another instance may take the batch over.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Where uploads are kept until imported; relative to the content root (App_Data is outside the web root).</summary>
    public string Folder { get; set; } = "App_Data/imports";

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Rejected rows kept per batch (all are counted).</summary>
    public int MaxRejectedRowsKept { get; set; } = 100_000;

    /// <summary>Claims of one batch before it is stopped as Failed (each claim after the first follows a crash or a lost lease).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Hours after which an upload whose import was never started is deleted (with its preview).</summary>
    public double AbandonedUploadHours { get; set; } = 24;

    /// <summary>On SQLite, write through the native handle (true, the default) or through ADO.NET as on SQL Server (a test runs both).</summary>
    public bool NativeSqlite { get; set; } = true;
}

/// <summary>
/// Told before each data row is read (with its index), on the thread that reads ahead of the writer. The app registers
/// none; tests pass one to the runner to stop or disturb an import at a chosen row.
/// </summary>
public interface IImportRowObserver
{
    void BeforeRow(long row);
}

/// <summary>
/// Imports one claimed batch: streams the stored file with Sep, and writes rows in chunks, each chunk one transaction that
/// also moves the batch's checkpoint (rows read and counts) and renews the lease — conditionally on still holding it. So a
/// crash or stop leaves whole chunks only, and the next claim skips them and finishes the job. Writes go through prepared
/// ADO.NET commands on the context's connection (EF change tracking would be far too slow for a million rows).
/// Upserts by (source, incident number), and within an incident by offense key; unchanged rows are only counted.
/// </summary>
public sealed class CrimeImportRunner(
    AppDbContext db, IOptions<CrimeImportOptions> options, TimeProvider clock, ILogger<CrimeImportRunner> logger, IImportRowObserver? rowObserver = null)
{
    /// <summary>Claims the oldest queued batch (or one whose lease ran out). Null when there is none or another instance won.</summary>
    public async Task<long?> ClaimAsync(string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await StopWornOutAsync(now, cancellationToken);
        var candidates = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Status == ImportStatus.Queued || (b.Status == ImportStatus.Running && b.LeaseExpiresUtc < now))
            .OrderBy(b => b.Id).Select(b => b.Id).Take(5).ToListAsync(cancellationToken);
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        foreach (var id in candidates)
        {
            var won = await db.ImportBatches
                .Where(b => b.Id == id && (b.Status == ImportStatus.Queued || (b.Status == ImportStatus.Running && b.LeaseExpiresUtc < now)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, ImportStatus.Running)
                    .SetProperty(b => b.LeaseOwner, owner)
                    .SetProperty(b => b.LeaseExpiresUtc, until)
                    .SetProperty(b => b.Attempts, b => b.Attempts + 1)
                    .SetProperty(b => b.StartedAtUtc, b => b.StartedAtUtc ?? now), cancellationToken);
            if (won == 1)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// A batch claimed <see cref="CrimeImportOptions.MaxAttempts"/> times whose last lease ran out (the process died or
    /// stalled each time, e.g. out of memory) is not claimed again: it ends as Failed and its upload is deleted.
    /// </summary>
    private async Task StopWornOutAsync(DateTime now, CancellationToken cancellationToken)
    {
        var max = Math.Max(1, options.Value.MaxAttempts);
        var wornOut = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Status == ImportStatus.Running && b.LeaseExpiresUtc < now && b.Attempts >= max)
            .Select(b => new { b.Id, b.StoredFilePath, b.Attempts }).ToListAsync(cancellationToken);
        foreach (var batch in wornOut)
        {
            var stopped = await db.ImportBatches
                .Where(b => b.Id == batch.Id && b.Status == ImportStatus.Running && b.LeaseExpiresUtc < now && b.Attempts >= max)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, ImportStatus.Failed)
                    .SetProperty(b => b.Error, $"The import was stopped after {batch.Attempts} attempts: each time it was interrupted before it could finish. "
                        + "Rows already imported are kept. Tell the administrator (import " + batch.Id + "), then import the file again; rows already imported are not duplicated.")
                    .SetProperty(b => b.FinishedAtUtc, now)
                    .SetProperty(b => b.LeaseOwner, (string?)null)
                    .SetProperty(b => b.LeaseExpiresUtc, (DateTime?)null), cancellationToken);
            if (stopped == 1)
            {
                logger.LogWarning("Crime import {BatchId} stopped after {Attempts} interrupted attempts", batch.Id, batch.Attempts);
                TryDelete(batch.StoredFilePath);
            }
        }
    }

    /// <summary>
    /// Runs a batch this owner has claimed to the end. False when the lease was lost to another instance. Any error but a
    /// cancellation (the app stopping) or <see cref="ImportRetryException"/> ends the batch as Failed, with a message that
    /// names the line and the reason only (<see cref="ImportFailures"/>); the details go to the log.
    /// </summary>
    public async Task<bool> RunAsync(long batchId, string owner, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, cancellationToken);
        try
        {
            return await ImportAsync(batch, owner, cancellationToken);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or ImportRetryException))
        {
            var message = ImportFailures.Describe(ex, batchId);
            // The exception's text may name server paths: it goes to the log, never to the page. No row content is logged.
            logger.LogWarning(ex, "Crime import {BatchId} failed ({ExceptionType}); officers see: {Shown}", batchId, ex.GetType().Name, message);
            var failed = await db.ImportBatches.Where(b => b.Id == batchId && b.LeaseOwner == owner).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportStatus.Failed)
                .SetProperty(b => b.Error, message)
                .SetProperty(b => b.FinishedAtUtc, clock.GetUtcNow().UtcDateTime)
                .SetProperty(b => b.LeaseOwner, (string?)null)
                .SetProperty(b => b.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
            if (failed == 0)
            {
                return false; // another instance holds the batch now: its file is still needed
            }

            TryDelete(batch.StoredFilePath);
            return true;
        }
    }

    private async Task<bool> ImportAsync(ImportBatch batch, string owner, CancellationToken cancellationToken)
    {
        var columns = JsonSerializer.Deserialize<Dictionary<ImportField, string>>(batch.ColumnMapJson ?? "{}") ?? [];
        var parser = new CrimeRowParser(CentralTime.Zone, columns, GeoBox.WestMemphis);
        var codes = await db.NibrsOffenseCodes.AsNoTracking().ToListAsync(cancellationToken);
        var mappings = await db.OffenseDescriptionMappings.AsNoTracking().Select(m => new { m.Source, m.Description, m.NibrsCode }).ToListAsync(cancellationToken);
        var offenses = new OffenseResolver(codes, mappings.Select(m => (m.Source, m.Description, m.NibrsCode)));
        var areas = new AreaResolver(batch.Source,
            await db.AreaSourceMappings.AsNoTracking().Where(m => m.Source == batch.Source).ToListAsync(cancellationToken),
            (await db.Areas.AsNoTracking().Select(a => new { a.Id, a.BoundaryGeoJson }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.BoundaryGeoJson)),
            await db.StreetRanges.AsNoTracking().ToListAsync(cancellationToken));
        var rank = codes.ToDictionary(c => c.Code, c => c.HierarchyRank, StringComparer.Ordinal);

        using var reader = ImportFailures.Open(batch.StoredFilePath);
        var index = new Dictionary<ImportField, int>();
        foreach (var (field, column) in columns)
        {
            if (reader.Header.TryIndexOf(column, out var i))
            {
                index[field] = i;
            }
        }

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        using var store = new ImportStore(connection, db.Database.IsSqlite(), options.Value.NativeSqlite);
        using var bulk = store.BulkSettings();
        using var checkpointer = WalCheckpointer.For(connection, logger);
        var chunk = new ImportChunk(store, batch, rank);
        var counts = new Counts(batch.RowsRead, batch.RowsInserted, batch.RowsUpdated, batch.RowsUnchanged, batch.RowsRejected);
        var keptRejects = batch.RowsRejected;
        var chunkSize = Math.Max(1, options.Value.ChunkSize);
        var elapsed = batch.ElapsedSeconds;
        var watch = Stopwatch.StartNew();
        var rows = new ChunkReader(reader, index, parser, new RowPreparer(batch.Source, offenses, areas), batch.RowsRead, rowObserver is null ? null : rowObserver.BeforeRow);

        // A pipeline of two: while this chunk is written (SQLite, one thread), the next is read, parsed and prepared on
        // another. One read runs at a time, so the reader and the preparer are never used by two threads at once.
        Task<ReadChunk>? next = Task.Run(() => rows.Read(chunkSize, cancellationToken), cancellationToken);
        try
        {
            while (next is not null)
            {
                var read = await next;
                next = read.Last ? null : Task.Run(() => rows.Read(chunkSize, cancellationToken), cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                var now = clock.GetUtcNow().UtcDateTime;
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                store.Transaction = transaction;
                counts.Read += read.Read;
                counts.Rejected += read.Rejects.Count;
                foreach (var reject in read.Rejects)
                {
                    if (keptRejects++ < options.Value.MaxRejectedRowsKept)
                    {
                        store.Reject(batch.Id, reject.Line, reject.Column, reject.Reason, reject.Raw);
                    }
                }

                // The chunk's rows are applied in memory against what is stored of their incidents, then written set-based.
                chunk.Load(read.Rows);
                foreach (var prepared in read.Rows)
                {
                    chunk.Apply(prepared, counts);
                }

                chunk.Flush(now);
                elapsed += watch.Elapsed.TotalSeconds;
                watch.Restart();
                var stillMine = store.Checkpoint(batch.Id, owner, counts, elapsed, now.AddSeconds(options.Value.LeaseSeconds), read.Last ? now : null);
                if (!stillMine)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    logger.LogWarning("Crime import {BatchId}: lease lost to another instance; stopping", batch.Id);
                    return false;
                }

                await transaction.CommitAsync(CancellationToken.None);
                checkpointer?.Committed();
                store.Transaction = null;
            }
        }
        finally
        {
            // Stopped early (an error, a lost lease): the read ahead is finished before the file is closed, and dropped.
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        logger.LogInformation("Crime import {BatchId} done: {Read} read, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {Seconds:0.0} s",
            batch.Id, counts.Read, counts.Inserted, counts.Updated, counts.Unchanged, counts.Rejected, elapsed);
        TryDelete(batch.StoredFilePath);
        return true;
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not delete an import's upload; the clean-up pass tries again");
        }
    }

    public sealed class Counts(long read, long inserted, long updated, long unchanged, long rejected)
    {
        public long Read { get; set; } = read;
        public long Inserted { get; set; } = inserted;
        public long Updated { get; set; } = updated;
        public long Unchanged { get; set; } = unchanged;
        public long Rejected { get; set; } = rejected;

        internal void Bump(ImportOutcome outcome)
        {
            switch (outcome)
            {
                case ImportOutcome.Inserted:
                    Inserted++;
                    break;
                case ImportOutcome.Updated:
                    Updated++;
                    break;
                default:
                    Unchanged++;
                    break;
            }
        }
    }

    /// <summary>Reads, parses and prepares the file's rows a chunk at a time, skipping those an earlier attempt committed.</summary>
    private sealed class ChunkReader(SepReader reader, Dictionary<ImportField, int> index, CrimeRowParser parser, RowPreparer preparer, long committed, Action<long>? beforeRow)
    {
        private readonly int _headerCount = reader.Header.ColNames.Count;
        private readonly string?[] _values = new string?[Enum.GetValues<ImportField>().Length];
        private readonly StringPool _pool = new();
        private long _rowIndex = -1;
        private int _nextLine = 2; // the header is line 1

        // Columns with few distinct values, shared through the pool; numbers, dates, addresses and coordinates are not.
        private static bool Repeats(ImportField field) => field is ImportField.NibrsCode or ImportField.OffenseDescription
            or ImportField.OffenseSubDescription or ImportField.SourceCode or ImportField.Beat or ImportField.Ward
            or ImportField.Disposition or ImportField.Domestic or ImportField.Juvenile;

        public ReadChunk Read(int size, CancellationToken cancellationToken)
        {
            var chunk = new ReadChunk(new List<PreparedRow>(Math.Min(size, 100_000)));
            while (chunk.Read < size)
            {
                if (!ImportFailures.MoveNext(reader, ref _nextLine))
                {
                    chunk.Last = true;
                    return chunk;
                }

                var row = reader.Current;
                _nextLine = row.LineNumberToExcl;
                // Blank lines (a trailing newline, an empty line) are not rows.
                if (row.ColCount <= 1 && row[0].Span.Trim().IsEmpty)
                {
                    continue;
                }

                _rowIndex++;
                if (_rowIndex < committed)
                {
                    continue; // committed by an earlier attempt
                }

                if ((_rowIndex & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                beforeRow?.Invoke(_rowIndex);
                chunk.Read++;
                var line = row.LineNumberFrom;
                if (row.ColCount != _headerCount)
                {
                    chunk.Rejects.Add(new RejectedRow(line, null, $"The row has {row.ColCount} values but the header has {_headerCount}.", row.Span.ToString()));
                    continue;
                }

                Array.Clear(_values);
                foreach (var (field, i) in index)
                {
                    _values[(int)field] = Repeats(field) ? _pool.Get(row[i].Span) : row[i].ToString();
                }

                var parsed = parser.Parse(f => _values[(int)f], out var problem);
                if (parsed is null)
                {
                    chunk.Rejects.Add(new RejectedRow(line, problem!.Column, problem.Reason, row.Span.ToString()));
                    continue;
                }

                chunk.Rows.Add(preparer.Prepare(parsed));
            }

            return chunk;
        }
    }

    private sealed class ReadChunk(List<PreparedRow> rows)
    {
        public List<PreparedRow> Rows { get; } = rows;

        public List<RejectedRow> Rejects { get; } = [];

        /// <summary>Data rows read, rejected ones included (blank lines are not rows).</summary>
        public long Read { get; set; }

        /// <summary>The file ended within this chunk.</summary>
        public bool Last { get; set; }
    }

    private sealed record RejectedRow(long Line, string? Column, string Reason, string Raw);
}
