using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>What the SQL Server model must hold that SQLite never checks: case-sensitive keys, index keys that fit, and the
/// start-up check of READ_COMMITTED_SNAPSHOT.</summary>
public sealed partial class SqlServerModelTests
{
    private static AppDbContext SqlServer(RecordingConnection? connection = null) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlServer(connection ?? new RecordingConnection(), o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.SqlServer")).Options);

    private static AppDbContext Sqlite(SqliteConnection connection) => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite(connection, o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.Sqlite")).Options);

    private static readonly (Type Entity, string Property)[] OrdinalKeys =
    [
        (typeof(Incident), nameof(Incident.SourceIncidentNumber)),
        (typeof(IncidentOffense), nameof(IncidentOffense.OffenseKey)),
    ];

    /// <summary>
    /// The import matches incident numbers and offense keys ordinally (case counts), as SQLite's unique indexes do; SQL
    /// Server's default collation ignores case, so there "ja-1" and "JA-1" would be one key and the second a duplicate.
    /// </summary>
    [Fact]
    public void On_SQL_Server_incident_numbers_and_offense_keys_compare_as_SQLite_and_the_import_do()
    {
        using var db = SqlServer();
        foreach (var (entity, property) in OrdinalKeys)
        {
            var collation = db.GetService<IDesignTimeModel>().Model.FindEntityType(entity)!.FindProperty(property)!.GetCollation();
            Assert.True(collation is not null && (collation.Contains("_BIN2", StringComparison.Ordinal) || collation.Contains("_CS_", StringComparison.Ordinal)),
                $"{entity.Name}.{property} has collation '{collation}' on SQL Server: the database default ignores case.");
        }
    }

    [Fact]
    public async Task On_SQLite_incident_numbers_that_differ_only_by_case_are_two_incidents()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = Sqlite(connection);
        await db.Database.MigrateAsync();
        foreach (var (entity, property) in OrdinalKeys)
        {
            Assert.Null(db.GetService<IDesignTimeModel>().Model.FindEntityType(entity)!.FindProperty(property)!.GetCollation()); // SQLite's BINARY already counts case
        }

        var batch = new ImportBatch { Source = "chicago", FileName = "a.csv", Sha256 = new string('0', 64), StoredFilePath = "a.csv" };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        foreach (var number in new[] { "ja-100", "JA-100" })
        {
            db.Incidents.Add(new Incident { Source = "chicago", SourceIncidentNumber = number, OccurredAtUtc = DateTime.UtcNow, ImportBatchId = batch.Id });
        }

        await db.SaveChangesAsync();
        Assert.Equal(2, await db.Incidents.CountAsync(i => i.Source == "chicago"));
    }

    /// <summary>
    /// SQL Server warns (and refuses a row that does not fit) when an index key can exceed 900 bytes clustered or 1,700
    /// nonclustered. Identity's login and token keys default to nvarchar(450) + nvarchar(450) = 1,800 bytes.
    /// </summary>
    [Fact]
    public void Every_SQL_Server_index_key_fits()
    {
        using var db = SqlServer();
        var tooLong = new List<string>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            if (table.PrimaryKey is { } key && Bytes(key.Columns) > 900 && !WideByTheUserId(key.Name, key.Columns))
            {
                tooLong.Add($"{table.Name} primary key {key.Name}: {Bytes(key.Columns)} bytes (clustered: at most 900)");
            }

            foreach (var index in table.Indexes.Where(i => Bytes(i.Columns) > 1700))
            {
                tooLong.Add($"{table.Name} index {index.Name}: {Bytes(index.Columns)} bytes (at most 1,700)");
            }

            foreach (var unique in table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey() && Bytes(u.Columns) > 1700))
            {
                tooLong.Add($"{table.Name} unique constraint {unique.Name}: {Bytes(unique.Columns)} bytes (at most 1,700)");
            }
        }

        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    /// <summary>
    /// Identity's user and role ids are nvarchar(450) (its default for string keys), so a key of two of them, or of one and
    /// a token's name, is wider than 900 bytes whatever the other columns; shortening the ids would rebuild every table
    /// that points at a user. The ids are GUIDs (36 characters), so no row comes near the limit; the other columns of those
    /// keys must still be short (128, as Identity's MaxLengthForKeys makes them).
    /// </summary>
    private static bool WideByTheUserId(string name, IEnumerable<IColumn> columns) =>
        name is "PK_AspNetUserRoles" or "PK_AspNetUserTokens"
        && columns.All(c => c.Name is "UserId" or "RoleId" || Bytes(c.StoreType) <= 2 * AppDbContext.IdentityKeyLength);

    private static int Bytes(IEnumerable<IColumn> columns) => columns.Sum(c => Bytes(c.StoreType));

    private static int Bytes(string storeType)
    {
        var m = StoreType().Match(storeType);
        var size = m.Groups["n"].Success ? m.Groups["n"].Value : null;
        return m.Groups["type"].Value.ToLowerInvariant() switch
        {
            "nvarchar" or "nchar" => size is "max" or null ? 100_000 : 2 * int.Parse(size, CultureInfo.InvariantCulture),
            "varchar" or "char" or "varbinary" or "binary" => size is "max" or null ? 100_000 : int.Parse(size, CultureInfo.InvariantCulture),
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "date" => 3,
            "int" or "real" or "smalldatetime" => 4,
            "time" => 5,
            "datetimeoffset" => 10,
            "uniqueidentifier" => 16,
            "decimal" or "numeric" => 17,
            _ => 8, // bigint, float, datetime2, datetime, money
        };
    }

    [GeneratedRegex(@"^(?<type>\w+)(?:\((?<n>max|\d+)(?:,\s*\d+)?\))?", RegexOptions.IgnoreCase)]
    private static partial Regex StoreType();

    [Fact]
    public async Task On_SQL_Server_start_up_warns_when_read_committed_snapshot_is_off()
    {
        var connection = new RecordingConnection { Scalar = _ => false };
        var logs = new ListLogger();
        await using (var db = SqlServer(connection))
        {
            Assert.False(await ReadCommittedSnapshotCheck.RunAsync(db, logs, CancellationToken.None));
        }

        var query = Assert.Single(connection.Commands);
        Assert.Contains("is_read_committed_snapshot_on", query.Text);
        Assert.Empty(TSql.Errors(query.Text, "the check"));
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("READ_COMMITTED_SNAPSHOT", warning.Message);

        connection.Scalar = _ => true;
        logs.Entries.Clear();
        await using (var db = SqlServer(connection))
        {
            Assert.True(await ReadCommittedSnapshotCheck.RunAsync(db, logs, CancellationToken.None));
        }

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task On_SQLite_the_snapshot_check_sends_nothing()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await using var db = Sqlite(connection);
        var logs = new ListLogger();
        Assert.Null(await ReadCommittedSnapshotCheck.RunAsync(db, logs, CancellationToken.None));
        Assert.Empty(logs.Entries);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
