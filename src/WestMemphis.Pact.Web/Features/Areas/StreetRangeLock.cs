using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// Serialises saves of street ranges for one street, so that "look for an overlapping range, then insert" cannot
/// let two overlapping ranges in when two admins save at the same moment (the same race ADR 0009 closes for
/// appearances). Called first thing inside the save's transaction; the lock is held until it commits or rolls back.
/// <list type="bullet">
/// <item>SQL Server: an exclusive application lock (<c>sp_getapplock</c>, owner Transaction) named after the
/// normalised street, so a second save of the same street waits until the first commits and then reads its range;
/// saves of other streets do not wait. An overlap can cross areas, so no area row would do as the lock.</item>
/// <item>SQLite: Microsoft.Data.Sqlite begins transactions with <c>BEGIN IMMEDIATE</c>, so the transaction already
/// holds the database's single write lock; nothing more is needed.</item>
/// </list>
/// </summary>
public static class StreetRangeLock
{
    public static async Task AcquireAsync(AppDbContext db, StreetKey street, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlServer())
        {
            return;
        }

        var resource = $"pact:street:{street.Directional}|{street.Name}|{street.Suffix}";
        if (resource.Length > 255)
        {
            resource = resource[..255]; // sp_getapplock's limit; a longer name only shares its lock with a same-prefix street
        }

        // 30 s, as the SQLite busy timeout; a negative result (timeout, deadlock) refuses the save rather than risk it.
        var result = await db.Database.SqlQuery<int>($"""
            DECLARE @r int;
            EXEC @r = sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000;
            SELECT @r AS [Value];
            """).ToListAsync(cancellationToken);
        if (result is not [>= 0])
        {
            throw new InvalidOperationException($"Could not lock street {street.Name} for saving a range (sp_getapplock returned {string.Join(",", result)}).");
        }
    }
}
