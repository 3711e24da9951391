using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// A synchronous commit or dispose never waits on the output-cache store (with Redis, the network): this instance's
/// pages are stale at once, and the store's eviction finishes in the background.
/// </summary>
public sealed class PageEvictionTests
{
    /// <summary>A store whose evictions hang until released, as a slow Redis would.</summary>
    private sealed class HangingStore : IOutputCacheStore
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public List<string> Evicted { get; } = [];

        public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            await Release.Task;
            lock (Evicted)
            {
                Evicted.Add(tag);
            }
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Evicting_without_waiting_returns_at_once_marks_this_instance_stale_and_finishes_in_the_background()
    {
        var store = new HangingStore();
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var data = new PublicDataCache(memory, new ConfigurationBuilder().Build());
        var pages = new CachedPages(store, data, NullLogger<CachedPages>.Instance);
        var generation = pages.Generation;
        var dataVersion = data.Version;

        pages.EvictWithoutWaiting();

        Assert.True(pages.Generation > generation, "pages being rendered now must not be stored");
        Assert.True(data.Version > dataVersion, "this instance's shared data is stale at once");
        Assert.Empty(store.Evicted);

        store.Release.SetResult();
        Assert.True(await Eventually.TrueAsync(() =>
        {
            lock (store.Evicted)
            {
                return Task.FromResult(store.Evicted.Count == 2);
            }
        }));
    }
}
