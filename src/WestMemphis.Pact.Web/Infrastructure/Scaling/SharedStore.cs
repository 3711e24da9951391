using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace WestMemphis.Pact.Web.Infrastructure.Scaling;

/// <summary>
/// Where the state that several instances must share lives: nothing by default (one instance, in memory),
/// or Redis when <c>Redis:Configuration</c> is set (output cache and rate-limit counters). Data-protection
/// keys, data and the outbox stay in the database either way. See docs/operations.md and ADR 0013.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string ("redis1:6379,password=…,ssl=true"). Empty: in memory.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key, so several apps (or test runs) can share one Redis.</summary>
    public string InstanceName { get; set; } = "pact:";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}

/// <summary>
/// One connection to Redis for the whole app. It never stops the app: the connection is made in the
/// background and retried (<c>AbortOnConnectFail=false</c>), and while it is down commands fail at once
/// (<see cref="BacklogPolicy.FailFast"/>) instead of holding requests for a time-out. Failures are logged
/// at most once a minute, and when the link comes back.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromMinutes(1);
    private readonly ILogger<SharedRedis> _logger;
    private readonly TimeProvider _clock;
    private long _lastLoggedTicks = long.MinValue;
    private int _suppressed;

    public SharedRedis(Microsoft.Extensions.Options.IOptions<RedisOptions> options, ILogger<SharedRedis> logger, TimeProvider clock)
    {
        _logger = logger;
        _clock = clock;
        Options = options.Value;
        var config = ConfigurationOptions.Parse(Options.Configuration!);
        config.AbortOnConnectFail = false;
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ConnectTimeout = Math.Min(config.ConnectTimeout, 2000);
        config.SyncTimeout = Math.Min(config.SyncTimeout, 1000);
        config.AsyncTimeout = Math.Min(config.AsyncTimeout, 1000);
        Connection = ConnectionMultiplexer.Connect(config);
        Connection.ConnectionFailed += (_, e) => Failed("connection", e.Exception);
        Connection.ConnectionRestored += (_, _) =>
        {
            Interlocked.Exchange(ref _lastLoggedTicks, long.MinValue);
            _logger.LogInformation("Redis is reachable again: shared output cache and rate limits resume");
        };
    }

    public RedisOptions Options { get; }

    public IConnectionMultiplexer Connection { get; }

    public bool IsConnected => Connection.IsConnected;

    /// <summary>Records a failed Redis operation; logs it unless a failure was logged in the last minute.</summary>
    public void Failed(string operation, Exception? exception)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastLoggedTicks);
        if (last != long.MinValue && now - last < LogEvery.Ticks)
        {
            Interlocked.Increment(ref _suppressed);
            return;
        }

        if (Interlocked.CompareExchange(ref _lastLoggedTicks, now, last) != last)
        {
            Interlocked.Increment(ref _suppressed);
            return;
        }

        var suppressed = Interlocked.Exchange(ref _suppressed, 0);
        _logger.LogWarning("Redis is unreachable ({Operation}: {Error}): pages are served uncached and rate limits are counted per instance until it is back; {Suppressed} more failures since the last such line",
            operation, exception?.GetType().Name ?? "not connected", suppressed);
    }

    public void Dispose() => Connection.Dispose();
}

/// <summary>
/// The Redis output-cache store, made harmless when Redis is down: a read is a miss, a write or an eviction
/// is skipped (entries live a few seconds, so nothing stale outlasts the outage by more than that).
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, SharedRedis redis) : IOutputCacheStore
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            redis.Failed("evict", null);
            return;
        }

        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            redis.Failed("evict", ex);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            redis.Failed("read", null);
            return null;
        }

        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            redis.Failed("read", ex);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            redis.Failed("write", null);
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            redis.Failed("write", ex);
        }
    }

    internal static bool IsRedisFailure(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;
}

/// <summary>/health: Redis answers PING, or the app runs degraded (uncached, per-instance rate limits).</summary>
public sealed class RedisHealthCheck(SharedRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            redis.Failed("health", null);
            return HealthCheckResult.Degraded("Redis is unreachable: serving uncached, rate limits per instance.");
        }

        try
        {
            await redis.Connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ResilientOutputCacheStore.IsRedisFailure(ex))
        {
            redis.Failed("health", ex);
            return HealthCheckResult.Degraded("Redis is unreachable: serving uncached, rate limits per instance.");
        }
    }
}
