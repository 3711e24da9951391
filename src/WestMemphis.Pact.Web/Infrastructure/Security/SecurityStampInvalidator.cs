using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// After any saved change to an account (its stamp, its disabled flag…) or to its roles, drops the account from
/// <see cref="SecurityStampCache"/>, so the next request reads it fresh. One per DbContext (scoped).
/// </summary>
public sealed class SecurityStampInvalidator(SecurityStampCache stamps) : SaveChangesInterceptor
{
    private readonly HashSet<string> _changed = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Evict();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Evict();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Evict();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Evict();
        return Task.CompletedTask;
    }

    private void Mark(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case ApplicationUser user:
                    _changed.Add(user.Id);
                    break;
                case IdentityUserRole<string> role:
                    _changed.Add(role.UserId);
                    break;
            }
        }
    }

    private void Evict()
    {
        if (_changed.Count > 0)
        {
            stamps.Evict(_changed);
            _changed.Clear();
        }
    }
}
