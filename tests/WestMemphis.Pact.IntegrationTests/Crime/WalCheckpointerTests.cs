using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using WestMemphis.Pact.Web.Features.CrimeImport;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The import's background checkpointer, on a real SQLite file in WAL mode.</summary>
public sealed class WalCheckpointerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pact-wal-").FullName;

    [Fact]
    public async Task Pages_a_writer_committed_reach_the_database_file_through_the_checkpointers_own_connection()
    {
        var path = Path.Combine(_folder, "wal.db");
        await using var writer = new SqliteConnection($"Data Source={path};Pooling=False");
        await writer.OpenAsync();
        Execute(writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (x TEXT NOT NULL);");
        var empty = new FileInfo(path).Length;

        using (var checkpointer = WalCheckpointer.For(writer, NullLogger.Instance)!)
        {
            for (var chunk = 0; chunk < 3; chunk++)
            {
                Execute(writer, "BEGIN IMMEDIATE; WITH n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO t SELECT printf('%0500d', i) FROM n; COMMIT;");
                checkpointer.Committed(); // the writer goes straight on: the checkpoint runs on the checkpointer's thread
            }

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (new FileInfo(path).Length < 3_000_000 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        // Without the checkpointer (and with the writer's own checkpoints off) the rows would be in the WAL only.
        Assert.True(new FileInfo(path).Length >= 3_000_000, $"database file {new FileInfo(path).Length} bytes (empty: {empty})");
        Assert.Equal(6000L, (long)Scalar(writer, "SELECT COUNT(*) FROM t")!);
    }

    [Fact]
    public void Other_providers_get_no_checkpointer() =>
        Assert.Null(WalCheckpointer.For(new Microsoft.Data.SqlClient.SqlConnection(), NullLogger.Instance));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    // Both connections are unpooled (the checkpointer opens the writer's connection string), so nothing holds the file.
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
