using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace WestMemphis.Pact.Web.Infrastructure.Scaling;

public static class SharedStoreServiceCollectionExtensions
{
    /// <summary>
    /// With <c>Redis:Configuration</c> set: the output cache in Redis (evicting a tag empties it for every
    /// instance), a <c>redis</c> entry in /health, and <see cref="SharedRedis"/> for the rate limiter. Call
    /// after <c>AddOutputCache</c>. Without it nothing changes: one instance, everything in memory.
    /// </summary>
    public static IServiceCollection AddPactSharedStore(this IServiceCollection services, IConfiguration configuration, IHealthChecksBuilder health)
    {
        services.Configure<RedisOptions>(configuration.GetSection(RedisOptions.Section));
        var options = configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() ?? new RedisOptions();
        if (!options.Enabled)
        {
            return services;
        }

        services.AddSingleton<SharedRedis>();
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.InstanceName = options.InstanceName + "oc:";
            o.ConnectionMultiplexerFactory = () => Task.FromResult(RedisFrom(o));
        });
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(sp =>
        {
            var inner = redisStore.ImplementationType is { } type
                ? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, type)
                : (IOutputCacheStore)(redisStore.ImplementationFactory?.Invoke(sp) ?? redisStore.ImplementationInstance!);
            return new ResilientOutputCacheStore(inner, sp.GetRequiredService<SharedRedis>());
        });
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>, UseSharedConnection>();
        health.AddCheck<RedisHealthCheck>("redis");
        return services;
    }

    // Replaced by UseSharedConnection once the container exists; never called before that.
    private static StackExchange.Redis.IConnectionMultiplexer RedisFrom(Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions _) =>
        throw new InvalidOperationException("The Redis output cache is used before its shared connection is set.");

    /// <summary>The output cache uses the app's one connection (with its fail-fast settings), not a second one.</summary>
    private sealed class UseSharedConnection(SharedRedis redis) : IPostConfigureOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>
    {
        public void PostConfigure(string? name, Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions options) =>
            options.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Connection);
    }
}
