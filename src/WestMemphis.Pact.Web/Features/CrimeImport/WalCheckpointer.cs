using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// On SQLite, copies an import's committed pages from the write-ahead log into the database file on another thread: a
/// passive checkpoint on a connection of its own after each commit (<see cref="Committed"/>). The import's writer then
/// finds the log already copied when its own automatic checkpoint comes due, so that work leaves its critical path for
/// the second core. A passive checkpoint never blocks a writer or a reader; if one is already running (the writer's
/// own), it is skipped.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _due = new(0, 1);
    private readonly Task _loop;
    private readonly ILogger _logger;
    private volatile bool _stopping;

    private WalCheckpointer(string connectionString, ILogger logger)
    {
        _logger = logger;
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>A checkpointer for the database of <paramref name="writer"/>; null for other providers.</summary>
    public static WalCheckpointer? For(DbConnection writer, ILogger logger) =>
        writer is SqliteConnection sqlite ? new WalCheckpointer(sqlite.ConnectionString, logger) : null;

    /// <summary>The writer committed: a checkpoint is due (at most one waits; several commits meanwhile need one).</summary>
    public void Committed()
    {
        try
        {
            _due.Release();
        }
        catch (SemaphoreFullException)
        {
            // one is already due
        }
    }

    private void Run()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        while (true)
        {
            _due.Wait();
            if (_stopping)
            {
                return;
            }

            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException ex)
            {
                // Only a speed-up: the writer's own checkpoints still run.
                _logger.LogDebug(ex, "A background WAL checkpoint failed");
            }
        }
    }

    public void Dispose()
    {
        _stopping = true;
        Committed();
        _loop.Wait();
        _connection.Dispose();
        _due.Dispose();
    }
}
