using Microsoft.EntityFrameworkCore;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>
/// On SQL Server, readers (the crime review, the dashboard, the public crime pages) should read the last committed rows
/// instead of waiting behind a crime import's 20,000-row transactions: the database wants READ_COMMITTED_SNAPSHOT ON
/// (docs/decisions/0015-read-committed-snapshot.md). A DBA sets it once; the app only warns at start-up when it is off.
/// </summary>
public static class ReadCommittedSnapshotCheck
{
    public const string Query = "SELECT CAST([is_read_committed_snapshot_on] AS bit) FROM [sys].[databases] WHERE [database_id] = DB_ID()";

    /// <summary>True or false on SQL Server (and a warning when off); null on SQLite, which has nothing to check.</summary>
    public static async Task<bool?> RunAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlServer())
        {
            return null;
        }

        bool on;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Query;
            on = await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
                && Convert.ToBoolean(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Data.Common.DbException e)
        {
            // A check, not a requirement: the app starts either way.
            logger.LogWarning(e, "Could not read READ_COMMITTED_SNAPSHOT from sys.databases");
            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        if (!on)
        {
            logger.LogWarning(
                "READ_COMMITTED_SNAPSHOT is OFF on this database: pages that read crime data wait while an import writes. "
                + "Turn it on once: ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE; (docs/operations.md)");
        }

        return on;
    }
}
