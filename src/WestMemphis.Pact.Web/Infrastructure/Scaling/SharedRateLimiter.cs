using System.Threading.RateLimiting;

namespace WestMemphis.Pact.Web.Infrastructure.Scaling;

/// <summary>
/// A rate limiter that counts in Redis (shared by every instance) and, while Redis is unreachable, falls
/// back to this instance's own in-memory window with the same limit. Failing open would switch off the
/// brute-force limit during an outage and failing closed would lock everyone out of log-in; per instance,
/// an attacker gets at most N times the limit for as long as Redis is down, and account lockout (in the
/// database) still stops guessing one account's password.
/// </summary>
public sealed class SharedRateLimiter(RateLimiter shared, RateLimiter local, SharedRedis redis) : RateLimiter
{
    public override TimeSpan? IdleDuration => local.IdleDuration is { } idle && shared.IdleDuration is { } other ? (idle < other ? idle : other) : null;

    public override RateLimiterStatistics? GetStatistics() => redis.IsConnected ? shared.GetStatistics() : local.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (redis.IsConnected)
        {
            try
            {
                return shared.AttemptAcquire(permitCount);
            }
            catch (Exception ex) when (ResilientOutputCacheStore.IsRedisFailure(ex))
            {
                redis.Failed("rate limit", ex);
            }
        }
        else
        {
            redis.Failed("rate limit", null);
        }

        return local.AttemptAcquire(permitCount);
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (redis.IsConnected)
        {
            try
            {
                return await shared.AcquireAsync(permitCount, cancellationToken);
            }
            catch (Exception ex) when (ResilientOutputCacheStore.IsRedisFailure(ex))
            {
                redis.Failed("rate limit", ex);
            }
        }
        else
        {
            redis.Failed("rate limit", null);
        }

        return await local.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await shared.DisposeAsync();
        await local.DisposeAsync();
    }
}
