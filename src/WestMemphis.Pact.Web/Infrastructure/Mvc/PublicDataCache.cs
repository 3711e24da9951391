using Microsoft.Extensions.Caching.Memory;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>
/// What signed-in pages show that is the same for everyone (the next events, the seasonal programs, an event's
/// public details, the event lists), kept in memory for a few seconds so a signed-in page only queries and renders
/// its per-user part fresh. Never holds anything about a user: callers cache only data read without the user.
/// Emptied together with the output cache, by <see cref="CachedPageInvalidator"/>: any committed write (SaveChanges
/// or ExecuteUpdate) bumps the version that every key carries, so no page shows data from before a change made on
/// this instance. With several instances (<c>Redis:Configuration</c> set) an
/// in-process copy could show a change made on another instance late, so the cache is off there and signed-in pages
/// read fresh, like the anonymous pages whose shared Redis cache is emptied at once on every instance.
/// </summary>
public sealed class PublicDataCache(IMemoryCache cache, IConfiguration configuration)
{
    private readonly TimeSpan _lifetime = string.IsNullOrWhiteSpace(configuration["Redis:Configuration"])
        ? TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("PublicPageCache:Seconds", 10)))
        : TimeSpan.Zero;
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        var version = Version;
        var full = $"pact:public:{version}:{key}";
        if (cache.TryGetValue(full, out T? value) && value is not null)
        {
            return value;
        }

        value = await create(cancellationToken);
        if (_lifetime > TimeSpan.Zero && Version == version)
        {
            cache.Set(full, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _lifetime, Size = 1 });
        }

        return value;
    }

    public void Invalidate() => Interlocked.Increment(ref _version);
}
