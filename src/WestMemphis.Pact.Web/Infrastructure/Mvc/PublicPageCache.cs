using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>
/// Anonymous views of the public pages (home, events, an event) are served from the output cache for a
/// few seconds. Only responses to visitors who are not signed in and that set no cookie are stored (the
/// default output-cache rules), so nothing personal and no antiforgery token is ever shared. Any saved
/// change to events, shifts, sign-ups or areas empties the cache at once; the short lifetime bounds what
/// an instance can show after a change made by another instance or by a bulk update.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-pages";
    public const string Tag = "public";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("PublicPageCache:Seconds", 10);
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            .Expire(TimeSpan.FromSeconds(Math.Max(0, seconds)))
            .Tag(Tag)
            .SetVaryByQuery("*")
            // A one-time status message ("You have been logged out") rides in the temp-data cookie: such a
            // request gets its own page.
            .With(c => !c.HttpContext.Request.Cookies.Keys.Any(k => k.EndsWith("pact.tempdata", StringComparison.Ordinal)))));
        services.AddScoped<PublicPageCacheInvalidator>();
        return services;
    }
}

/// <summary>
/// Empties the public-page cache, and the shared data of signed-in pages (<see cref="PublicDataCache"/>), after
/// any saved change to what those pages show. One per DbContext
/// (scoped). Changes made only with ExecuteUpdate bypass it; the cache's short lifetime covers those.
/// </summary>
public sealed class PublicPageCacheInvalidator(IOutputCacheStore store, PublicDataCache data) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Shown = [typeof(Event), typeof(Shift), typeof(Signup), typeof(Area), typeof(CleanupResult)];

    private bool _pending;

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

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync();
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync().AsTask().GetAwaiter().GetResult();
        return result;
    }

    private void Mark(DbContext? context) =>
        _pending |= context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Shown.Contains(e.Metadata.ClrType));

    private ValueTask EvictAsync()
    {
        if (!_pending)
        {
            return ValueTask.CompletedTask;
        }

        _pending = false;
        data.Invalidate();
        return store.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None);
    }
}
