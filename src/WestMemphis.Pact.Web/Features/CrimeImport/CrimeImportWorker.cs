using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Background;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// Works the import queue: each pass claims queued batches (or ones whose lease ran out after a crash) one at a time and
/// runs them to the end. Several instances may run it; the claim and every checkpoint are conditional updates. After
/// an import the public crime summary's cached page is evicted. Every ten minutes it also deletes uploads no longer needed
/// (<see cref="ImportFileCleanup"/>).
/// </summary>
public sealed class CrimeImportWorker(IServiceScopeFactory scopes, IOptions<CrimeImportOptions> options, TimeProvider clock, ILogger<CrimeImportWorker> logger)
    : PollingWorker(clock, logger)
{
    /// <summary>This instance's name in leases.</summary>
    public string Owner { get; } = Clip($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    private static string Clip(string text) => text.Length <= 100 ? text : text[^100..];

    protected override double PollSeconds => options.Value.PollSeconds;

    // Uploads are swept at most this often (a folder listing and one query), whatever the poll interval.
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var done = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var scope = scopes.CreateScope();
            var runner = scope.ServiceProvider.GetRequiredService<CrimeImportRunner>();
            if (await runner.ClaimAsync(Owner, cancellationToken) is not { } batchId)
            {
                break;
            }

            await runner.RunAsync(batchId, Owner, cancellationToken);
            done++;
        }

        await SweepAsync(cancellationToken);
        if (done > 0)
        {
            // The public summary counts what was just imported: empty its cached page on every instance.
            using var scope = scopes.CreateScope();
            if (scope.ServiceProvider.GetService<IOutputCacheStore>() is { } store)
            {
                await PublicCrimeCache.EvictAsync(store, cancellationToken);
            }
        }

        return done;
    }

    /// <summary>Deletes uploads no longer needed (<see cref="ImportFileCleanup"/>).</summary>
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + SweepEvery;
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ImportFileCleanup>().RemoveStaleAsync(cancellationToken);
    }
}
