using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>Explicit audit entries: sign-ins, role changes, views of sensitive records.</summary>
public sealed class AuditLog(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    /// <summary>Adds an entry to the context; it is saved with the caller's next SaveChanges.</summary>
    public AuditEntry Add(string action, string? recordType = null, string? recordId = null, string? details = null,
        string outcome = AuditOutcomes.Success, string? userId = null, string? userName = null)
    {
        var entry = new AuditEntry
        {
            WhenUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId ?? actor.UserId,
            UserName = Truncate(userName ?? actor.UserName, 256),
            IpAddress = actor.IpAddress,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Outcome = outcome,
            Details = Truncate(details, 4000),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Adds an entry and saves it at once.</summary>
    public async Task WriteAsync(string action, string? recordType = null, string? recordId = null, string? details = null,
        string outcome = AuditOutcomes.Success, string? userId = null, string? userName = null, CancellationToken cancellationToken = default)
    {
        Add(action, recordType, recordId, details, outcome, userId, userName);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
