using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// Serialises saves that "look for an overlap, then insert", so that two saves at the same moment cannot both
/// get in (the same race ADR 0009 closes for appearances): street ranges of one street, and assignments of one
/// officer to one area. Called first thing inside the save's transaction; the lock is held until it commits or
/// rolls back.
/// <list type="bullet">
/// <item>SQL Server: an exclusive application lock (<c>sp_getapplock</c>, owner Transaction) named after what is
/// saved, so a second save of the same street (or officer and area) waits until the first commits and then reads
/// its row; other saves do not wait. An overlap can cross areas, so no area row would do as the street's lock;
/// an application lock needs no table, so no migration.</item>
/// <item>SQLite: Microsoft.Data.Sqlite begins transactions with <c>BEGIN IMMEDIATE</c>, so the transaction already
/// holds the database's single write lock; nothing more is needed.</item>
/// </list>
/// </summary>
public static class SaveLock
{
    /// <summary>Saves of street ranges of one (normalised) street.</summary>
    public static Task ForStreetAsync(AppDbContext db, StreetKey street, CancellationToken cancellationToken) =>
        AcquireAsync(db, $"pact:street:{street.Directional}|{street.Name}|{street.Suffix}", $"street {street.Name}", cancellationToken);

    /// <summary>Saves of one officer's assignments to one area (the overlap check looks at exactly those rows).</summary>
    public static Task ForAssignmentAsync(AppDbContext db, string officerId, int areaId, CancellationToken cancellationToken) =>
        AcquireAsync(db, $"pact:assignment:{officerId}|{areaId}", "the officer's assignments", cancellationToken);

    private static async Task AcquireAsync(AppDbContext db, string resource, string what, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlServer())
        {
            return;
        }

        if (resource.Length > 255)
        {
            resource = resource[..255]; // sp_getapplock's limit; a longer name only shares its lock with a same-prefix one
        }

        // 30 s, as the SQLite busy timeout; a negative result (timeout, deadlock) refuses the save rather than risk it.
        var result = await db.Database.SqlQuery<int>($"""
            DECLARE @r int;
            EXEC @r = sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000;
            SELECT @r AS [Value];
            """).ToListAsync(cancellationToken);
        if (result is not [>= 0])
        {
            throw new InvalidOperationException($"Could not lock {what} for saving (sp_getapplock returned {string.Join(",", result)}).");
        }
    }
}
