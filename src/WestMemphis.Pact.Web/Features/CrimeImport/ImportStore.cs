using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// The import's SQL on the context's open connection, set-based where a chunk allows: incidents and offenses are
/// looked up a few hundred at a time and inserted in multi-row statements (one B-tree descent per index per statement,
/// not per row), so a first import of a million rows runs a few thousand statements. Identifiers are double-quoted
/// (standard SQL, accepted by SQLite and by SQL Server with QUOTED_IDENTIFIER on, its default); only "insert and return
/// the keys" differs by provider (RETURNING / OUTPUT), and SQLite inserts <c>OR FAIL</c> (see <see cref="BulkSettings"/>).
/// </summary>
internal sealed class ImportStore : IDisposable
{
    /// <summary>Rows per multi-row statement: 100 × 19 parameters stays under SQL Server's 2,100.</summary>
    public const int RowsPerStatement = 100;

    private const int IncidentParameters = 19;
    private const int OffenseParameters = 11;
    private const string IncidentColumns = "\"Source\",\"SourceIncidentNumber\",\"ReportedAtUtc\",\"OccurredAtUtc\",\"Address\",\"HundredBlock\",\"Latitude\",\"Longitude\",\"SourceBeat\",\"AreaId\",\"AreaPlacement\",\"Disposition\",\"IsDomestic\",\"IsJuvenile\",\"HighestOffenseCode\",\"OffenseCount\",\"ImportBatchId\",\"ContentHash\",\"UpdatedAtUtc\"";
    private const string OffenseColumns = "\"IncidentId\",\"OffenseKey\",\"NibrsCode\",\"SourceCode\",\"Description\",\"Category\",\"UcrPart\",\"PartIClass\",\"OccurredAtUtc\",\"AreaId\",\"ContentHash\"";

    // The sizes of the text columns the import writes, read once from the EF model (the same on both providers).
    private static readonly Lazy<ImportColumnSizes> SizesFromModel = new(() =>
    {
        using var db = new WestMemphis.Pact.Data.AppDbContext(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<WestMemphis.Pact.Data.AppDbContext>()
            .UseSqlite("Data Source=:memory:").Options);
        return ImportColumnSizes.From(db.Model);
    });

    private static ImportColumnSizes Size => SizesFromModel.Value;

    private readonly DbConnection _connection;
    private readonly bool _sqlite;
    private readonly bool _native;
    // Keyed by name and row count: a multi-row statement's text (tens of kilobytes at a hundred rows) is built once per size.
    private readonly Dictionary<(string Name, int Rows), ImportStatement> _statements = [];
    private readonly HashSet<long> _areasUsed = [];
    private readonly HashSet<string> _codesUsed = new(StringComparer.Ordinal);
    private bool _checkReferences;

    /// <param name="native">On SQLite, run on the native handle (the default); false runs the ADO.NET path (SQL Server's) on SQLite too.</param>
    public ImportStore(DbConnection connection, bool sqlite, bool native = true)
    {
        _connection = connection;
        _sqlite = sqlite;
        _native = native && sqlite;
    }

    /// <summary>The transaction every statement runs in (native SQLite statements are in the connection's transaction anyway).</summary>
    public DbTransaction? Transaction
    {
        get;
        set
        {
            field = value;
            foreach (var statement in _statements.Values.OfType<AdoStatement>())
            {
                statement.Transaction = value;
            }
        }
    }

    /// <summary>
    /// On SQLite, for the length of an import (the connection is pooled: the settings it had are put back at the end):
    /// <list type="bullet">
    /// <item>a 32 MB page cache (the default 2 MB re-reads index pages a million-row load keeps touching);</item>
    /// <item><c>synchronous=NORMAL</c>, under which WAL mode stays consistent after a crash and may lose only the last
    /// commits — chunks the batch's checkpoint, committed with them, has not counted, so importing again redoes them;</item>
    /// <item>the statement journal in memory (<c>temp_store=MEMORY</c>): a multi-row statement journals each page it changes
    /// that the transaction had already changed, which on disk was two thirds of the import's writes;</item>
    /// <item>a WAL checkpoint every 64 MB instead of every 4 MB, so index pages changed by several chunks are copied back once
    /// (most of that copying is done beforehand on the second core by a <see cref="WalCheckpointer"/>);</item>
    /// <item>foreign keys off: every key the import writes comes from a look-up it made, and the few it takes from other
    /// tables (areas, offense codes) are checked once per chunk before its checkpoint (<see cref="Checkpoint"/>), so a
    /// chunk never commits a reference to a row deleted meanwhile. With them off, and inserts <c>OR FAIL</c>, a multi-row
    /// insert needs no statement journal at all.</item>
    /// </list>
    /// </summary>
    public IDisposable BulkSettings()
    {
        if (!_sqlite)
        {
            return new Restore(null);
        }

        var before = $"PRAGMA cache_size={Pragma("cache_size")}; PRAGMA synchronous={Pragma("synchronous")}; PRAGMA temp_store={Pragma("temp_store")}; PRAGMA foreign_keys={Pragma("foreign_keys")}; PRAGMA wal_autocheckpoint={Pragma("wal_autocheckpoint")};";
        Run("PRAGMA cache_size=-32768; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF; PRAGMA wal_autocheckpoint=16384;");
        _checkReferences = true;
        return new Restore(() =>
        {
            _checkReferences = false;
            Run(before);
        });
    }

    private string Pragma(string name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed class Restore(Action? undo) : IDisposable
    {
        public void Dispose() => undo?.Invoke();
    }

    private ImportStatement Statement(string text, int parameterCount) =>
        _statements.TryGetValue((text, 0), out var statement) ? statement : Prepare((text, 0), text, parameterCount);

    /// <summary>A statement of <paramref name="rows"/> rows (or values), its text built by <paramref name="text"/> on first use only.</summary>
    private ImportStatement Statement(string name, int rows, int parameterCount, Func<int, string> text) =>
        _statements.TryGetValue((name, rows), out var statement) ? statement : Prepare((name, rows), text(rows), parameterCount);

    private ImportStatement Prepare((string, int) key, string text, int parameterCount)
    {
        var statement = ImportStatement.Prepare(_connection, text, parameterCount, _native);
        if (statement is AdoStatement ado)
        {
            ado.Transaction = Transaction;
        }

        _statements[key] = statement;
        return statement;
    }

    private static string Parameters(int rows, int columns, int first = 0)
    {
        var text = new StringBuilder(rows * columns * 6);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? "@p" : ",@p").Append(first + (r * columns) + c);
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static IEnumerable<ArraySegment<T>> Slices<T>(IReadOnlyList<T> items, int size)
    {
        var array = items as T[] ?? [.. items];
        for (var start = 0; start < array.Length; start += size)
        {
            yield return new ArraySegment<T>(array, start, Math.Min(size, array.Length - start));
        }
    }

    /// <summary>
    /// Of these incident numbers of one source, those that may be stored. On SQLite a number above the source's highest
    /// stored one cannot be (that is one seek on the unique index), so a file in number order, as exports usually are,
    /// needs no look-ups on its first import. SQLite orders text by its UTF-8 bytes, which is code-point order, the same
    /// as .NET's ordinal order for text without surrogates or characters from U+E000 up; a number with one is always
    /// looked up. SQL Server orders text by its collation, so there every number is looked up.
    /// </summary>
    public List<string> MayBeStored(string source, List<string> numbers)
    {
        if (!_sqlite || numbers.Count == 0)
        {
            return numbers;
        }

        var s = Statement("SELECT MAX(\"SourceIncidentNumber\") FROM \"Incidents\" WHERE \"Source\"=@p0", 1);
        s.Text(0, source, Size.Source);
        string? highest = null;
        s.Query(r => highest = r.IsNull(0) ? null : r.Text(0));
        return highest is null ? []
            : !InCodePointOrder(highest) ? numbers
            : numbers.FindAll(n => !InCodePointOrder(n) || string.CompareOrdinal(n, highest) <= 0);
    }

    private static bool InCodePointOrder(string text) => !text.AsSpan().ContainsAnyInRange('\uD800', '\uFFFF');

    /// <summary>The stored incidents among <paramref name="numbers"/> (distinct) of one source.</summary>
    public Dictionary<string, StoredIncident> FindIncidents(string source, IReadOnlyList<string> numbers)
    {
        var found = new Dictionary<string, StoredIncident>(StringComparer.Ordinal);
        foreach (var slice in Slices(numbers, RowsPerStatement))
        {
            var s = Statement("find incidents", slice.Count, slice.Count + 1,
                n => $"SELECT \"Id\",\"SourceIncidentNumber\",\"ContentHash\",\"AreaId\" FROM \"Incidents\" WHERE \"Source\"=@p0 AND \"SourceIncidentNumber\" IN {Parameters(1, n, 1)}");
            s.Text(0, source, Size.Source);
            for (var i = 0; i < slice.Count; i++)
            {
                s.Text(i + 1, slice[i], Size.IncidentNumber);
            }

            s.Query(r => found[r.Text(1)] = new StoredIncident(r.Integer(0), r.Integer(2), r.IsNull(3) ? null : (int)r.Integer(3)));
        }

        return found;
    }

    /// <summary>The stored offenses of these incidents, by incident and offense key.</summary>
    public Dictionary<(long IncidentId, string Key), StoredOffense> FindOffenses(IReadOnlyList<long> incidentIds)
    {
        var found = new Dictionary<(long, string), StoredOffense>();
        foreach (var slice in Slices(incidentIds, RowsPerStatement))
        {
            var s = Statement("find offenses", slice.Count, slice.Count,
                n => $"SELECT \"IncidentId\",\"OffenseKey\",\"Id\",\"ContentHash\" FROM \"IncidentOffenses\" WHERE \"IncidentId\" IN {Parameters(1, n)}");
            for (var i = 0; i < slice.Count; i++)
            {
                s.Integer(i, slice[i]);
            }

            s.Query(r => found[(r.Integer(0), r.Text(1))] = new StoredOffense(r.Integer(2), r.Integer(3)));
        }

        return found;
    }

    /// <summary>Inserts new incidents and sets each one's <see cref="PendingIncident.Id"/> from the keys the database returns.</summary>
    public void InsertIncidents(ImportBatch batch, IReadOnlyList<PendingIncident> incidents, DateTime now)
    {
        foreach (var incident in incidents)
        {
            Used(incident.AreaId);
        }

        foreach (var slice in Slices(incidents, RowsPerStatement))
        {
            var s = Statement("insert incidents", slice.Count, slice.Count * IncidentParameters, n => _sqlite
                ? $"INSERT OR FAIL INTO \"Incidents\" ({IncidentColumns}) VALUES {Parameters(n, IncidentParameters)} RETURNING \"Id\",\"SourceIncidentNumber\""
                : $"INSERT INTO \"Incidents\" ({IncidentColumns}) OUTPUT INSERTED.\"Id\",INSERTED.\"SourceIncidentNumber\" VALUES {Parameters(n, IncidentParameters)}");
            var byNumber = new Dictionary<string, PendingIncident>(slice.Count, StringComparer.Ordinal);
            for (var r = 0; r < slice.Count; r++)
            {
                var incident = slice[r];
                byNumber[incident.Row!.IncidentNumber] = incident;
                BindIncident(s, r * IncidentParameters, batch, incident, now);
            }

            s.Query(r => byNumber[r.Text(1)].Id = r.Integer(0));
        }
    }

    private void Used(int? areaId)
    {
        if (_checkReferences && areaId is { } id)
        {
            _areasUsed.Add(id);
        }
    }

    private void Used(NibrsOffenseCode? code)
    {
        if (_checkReferences && code is not null)
        {
            _codesUsed.Add(code.Code);
        }
    }

    /// <summary>With foreign keys off: the areas and codes the chunk wrote must still exist (an admin may delete one meanwhile).</summary>
    private void CheckReferences()
    {
        if (!_checkReferences)
        {
            return;
        }

        var missing = Missing("SELECT COUNT(*) FROM \"Areas\" WHERE \"Id\" IN ", [.. _areasUsed], (s, i, id) => s.Integer(i, id))
            + Missing("SELECT COUNT(*) FROM \"NibrsOffenseCodes\" WHERE \"Code\" IN ", [.. _codesUsed], (s, i, code) => s.Text(i, code, Size.Code));
        _areasUsed.Clear();
        _codesUsed.Clear();
        if (missing > 0)
        {
            throw new ImportRetryException("An area or offense code this import places incidents in was deleted while it ran; the chunk was not saved and the import will start again from its last checkpoint.");
        }
    }

    private long Missing<T>(string query, T[] keys, Action<ImportStatement, int, T> bind)
    {
        long missing = 0;
        foreach (var slice in Slices(keys, RowsPerStatement))
        {
            var s = Statement(query, slice.Count, slice.Count, n => query + Parameters(1, n));
            for (var i = 0; i < slice.Count; i++)
            {
                bind(s, i, slice[i]);
            }

            s.Query(r => missing += slice.Count - r.Integer(0));
        }

        return missing;
    }

    // The columns of IncidentColumns in order; OffenseCount sits between HighestOffenseCode and ImportBatchId.
    private static void BindIncident(ImportStatement s, int at, ImportBatch batch, PendingIncident incident, DateTime now)
    {
        var row = incident.Row!;
        s.Text(at, batch.Source, Size.Source);
        s.Text(at + 1, row.IncidentNumber, Size.IncidentNumber);
        BindIncidentContent(s, at + 2, incident);
        s.Text(at + 14, incident.Highest, Size.Code);
        s.Integer(at + 15, incident.Offenses.Count);
        s.Integer(at + 16, batch.Id);
        s.Integer(at + 17, incident.Hash);
        s.Date(at + 18, now);
    }

    // The incident's content, ReportedAtUtc through IsJuvenile: the same twelve columns, in the same order, in the insert and the update.
    private static void BindIncidentContent(ImportStatement s, int at, PendingIncident incident)
    {
        var row = incident.Row!;
        s.Date(at, row.ReportedAtUtc);
        s.Date(at + 1, row.OccurredAtUtc);
        s.Text(at + 2, Clip(row.Address, Size.Address), Size.Address);
        s.Text(at + 3, Clip(HundredBlocks.From(row.Address), Size.HundredBlock), Size.HundredBlock);
        s.Real(at + 4, row.Latitude);
        s.Real(at + 5, row.Longitude);
        s.Text(at + 6, Clip(row.Beat ?? row.Ward, Size.Beat), Size.Beat);
        s.Integer(at + 7, incident.AreaId);
        s.Integer(at + 8, (int)incident.How);
        s.Text(at + 9, Clip(row.Disposition, Size.Disposition), Size.Disposition);
        s.Flag(at + 10, row.IsDomestic);
        s.Flag(at + 11, row.IsJuvenile);
    }

    /// <summary>Inserts new offenses; each takes its incident's key, time and area.</summary>
    public void InsertOffenses(IReadOnlyList<PendingOffense> offenses)
    {
        foreach (var slice in Slices(offenses, RowsPerStatement))
        {
            var s = Statement("insert offenses", slice.Count, slice.Count * OffenseParameters,
                n => $"INSERT {(_sqlite ? "OR FAIL " : "")}INTO \"IncidentOffenses\" ({OffenseColumns}) VALUES {Parameters(n, OffenseParameters)}");
            for (var r = 0; r < slice.Count; r++)
            {
                var offense = slice[r];
                Used(offense.Code);
                var at = r * OffenseParameters;
                s.Integer(at, offense.Incident.Id);
                s.Text(at + 1, offense.Row.OffenseKey, Size.OffenseKey);
                BindOffense(s, at + 2, offense);
                s.Date(at + 8, (offense.Incident.Row ?? offense.Row).OccurredAtUtc); // a stored, unchanged incident has the row's time
                s.Integer(at + 9, offense.Incident.AreaId);
                s.Integer(at + 10, offense.Hash);
            }

            s.Execute();
        }
    }

    // NibrsCode, SourceCode, Description, Category, UcrPart, PartIClass.
    private static void BindOffense(ImportStatement s, int at, PendingOffense offense)
    {
        var code = offense.Code;
        s.Text(at, code?.Code, Size.Code);
        s.Text(at + 1, Clip(offense.Row.SourceCode, Size.SourceCode), Size.SourceCode);
        s.Text(at + 2, Clip(offense.Row.FullDescription, Size.Description), Size.Description);
        s.Integer(at + 3, (int)(code?.CrimesAgainst ?? OffenseCategory.Unknown));
        s.Integer(at + 4, code?.UcrPart);
        s.Integer(at + 5, (int)(code?.PartIClass ?? PartIClass.None));
    }

    /// <summary>Free text (never a key) shortened to its column, as SQL Server would refuse it whole.</summary>
    private static string? Clip(string? text, int size) => text is null || size < 0 || text.Length <= size ? text : text[..size];

    /// <summary>Rewrites a stored incident whose content changed, and moves its offenses to its (new) time and area.</summary>
    public void UpdateIncident(long batchId, PendingIncident incident, DateTime now)
    {
        var row = incident.Row!;
        Used(incident.AreaId);
        var s = Statement("UPDATE \"Incidents\" SET \"ReportedAtUtc\"=@p0,\"OccurredAtUtc\"=@p1,\"Address\"=@p2,\"HundredBlock\"=@p3,\"Latitude\"=@p4,\"Longitude\"=@p5,"
            + "\"SourceBeat\"=@p6,\"AreaId\"=@p7,\"AreaPlacement\"=@p8,\"Disposition\"=@p9,\"IsDomestic\"=@p10,\"IsJuvenile\"=@p11,\"ImportBatchId\"=@p12,\"ContentHash\"=@p13,\"UpdatedAtUtc\"=@p14 WHERE \"Id\"=@p15", 16);
        BindIncidentContent(s, 0, incident);
        s.Integer(12, batchId);
        s.Integer(13, incident.Hash);
        s.Date(14, now);
        s.Integer(15, incident.Id);
        s.Execute();
        var move = Statement("UPDATE \"IncidentOffenses\" SET \"OccurredAtUtc\"=@p0,\"AreaId\"=@p1 WHERE \"IncidentId\"=@p2", 3);
        move.Date(0, row.OccurredAtUtc);
        move.Integer(1, incident.AreaId);
        move.Integer(2, incident.Id);
        move.Execute();
    }

    /// <summary>Rewrites a stored offense whose content changed.</summary>
    public void UpdateOffense(PendingOffense offense)
    {
        Used(offense.Code);
        var s = Statement("UPDATE \"IncidentOffenses\" SET \"NibrsCode\"=@p0,\"SourceCode\"=@p1,\"Description\"=@p2,\"Category\"=@p3,\"UcrPart\"=@p4,\"PartIClass\"=@p5,\"AreaId\"=@p6,\"ContentHash\"=@p7 WHERE \"Id\"=@p8", 9);
        BindOffense(s, 0, offense);
        s.Integer(6, offense.Incident.AreaId);
        s.Integer(7, offense.Hash);
        s.Integer(8, offense.Id);
        s.Execute();
    }

    /// <summary>Recomputes a stored incident's highest offense (UCR hierarchy) and offense count from its stored offenses.</summary>
    public void RefreshHighest(long incidentId, IReadOnlyDictionary<string, int> rank)
    {
        var read = Statement("SELECT \"NibrsCode\" FROM \"IncidentOffenses\" WHERE \"IncidentId\"=@p0", 1);
        read.Integer(0, incidentId);
        var codes = new List<string?>();
        read.Query(r => codes.Add(r.IsNull(0) ? null : r.Text(0)));
        var set = Statement("UPDATE \"Incidents\" SET \"HighestOffenseCode\"=@p0,\"OffenseCount\"=@p1 WHERE \"Id\"=@p2", 3);
        set.Text(0, HighestOffense.Of(codes, rank), Size.Code);
        set.Integer(1, codes.Count);
        set.Integer(2, incidentId);
        set.Execute();
    }

    public void Reject(long batchId, long line, string? column, string reason, string raw)
    {
        var s = Statement("INSERT INTO \"ImportRejectedRows\" (\"ImportBatchId\",\"LineNumber\",\"Column\",\"Reason\",\"RawExcerpt\") VALUES (@p0,@p1,@p2,@p3,@p4)", 5);
        s.Integer(0, batchId);
        s.Integer(1, line);
        s.Text(2, Clip(column, Size.RejectColumn), Size.RejectColumn);
        s.Text(3, Clip(reason, Size.RejectReason), Size.RejectReason);
        s.Text(4, Clip(raw, Size.RawExcerpt), Size.RawExcerpt);
        s.Execute();
    }

    /// <summary>Moves the checkpoint and renews the lease, only while this owner holds it. False: the lease was lost.</summary>
    public bool Checkpoint(long batchId, string owner, CrimeImportRunner.Counts counts, double elapsed, DateTime leaseUntil, DateTime? finished)
    {
        CheckReferences();
        var s = Statement("UPDATE \"ImportBatches\" SET \"RowsRead\"=@p0,\"RowsInserted\"=@p1,\"RowsUpdated\"=@p2,\"RowsUnchanged\"=@p3,\"RowsRejected\"=@p4,"
            + "\"ElapsedSeconds\"=@p5,\"LeaseExpiresUtc\"=@p6,\"Status\"=@p7,\"FinishedAtUtc\"=@p8,\"LeaseOwner\"=@p9 WHERE \"Id\"=@p10 AND \"LeaseOwner\"=@p11", 12);
        s.Integer(0, counts.Read);
        s.Integer(1, counts.Inserted);
        s.Integer(2, counts.Updated);
        s.Integer(3, counts.Unchanged);
        s.Integer(4, counts.Rejected);
        s.Real(5, elapsed);
        s.Date(6, finished is null ? leaseUntil : null);
        s.Integer(7, (int)(finished is null ? ImportStatus.Running : ImportStatus.Completed));
        s.Date(8, finished);
        s.Text(9, finished is null ? owner : null, Size.LeaseOwner);
        s.Integer(10, batchId);
        s.Text(11, owner, Size.LeaseOwner);
        return s.Execute() == 1;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }
}

/// <summary>The maximum lengths (-1: unbounded) of the text columns the import writes, from the EF model.</summary>
internal sealed record ImportColumnSizes(int Source, int IncidentNumber, int Address, int HundredBlock, int Beat, int Disposition, int Code,
    int OffenseKey, int SourceCode, int Description, int LeaseOwner, int RejectColumn, int RejectReason, int RawExcerpt)
{
    public static ImportColumnSizes From(Microsoft.EntityFrameworkCore.Metadata.IModel model)
    {
        int Of<T>(string property) => model.FindEntityType(typeof(T))?.FindProperty(property)?.GetMaxLength()
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} has no maximum length in the model.");
        return new(Of<Incident>(nameof(Incident.Source)), Of<Incident>(nameof(Incident.SourceIncidentNumber)), Of<Incident>(nameof(Incident.Address)),
            Of<Incident>(nameof(Incident.HundredBlock)), Of<Incident>(nameof(Incident.SourceBeat)), Of<Incident>(nameof(Incident.Disposition)),
            Of<NibrsOffenseCode>(nameof(NibrsOffenseCode.Code)), Of<IncidentOffense>(nameof(IncidentOffense.OffenseKey)),
            Of<IncidentOffense>(nameof(IncidentOffense.SourceCode)), Of<IncidentOffense>(nameof(IncidentOffense.Description)),
            Of<ImportBatch>(nameof(ImportBatch.LeaseOwner)), Of<ImportRejectedRow>(nameof(ImportRejectedRow.Column)),
            Of<ImportRejectedRow>(nameof(ImportRejectedRow.Reason)), Of<ImportRejectedRow>(nameof(ImportRejectedRow.RawExcerpt)));
    }
}

internal readonly record struct StoredIncident(long Id, long Hash, int? AreaId);

internal readonly record struct StoredOffense(long Id, long Hash);
