using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Records;
using WestMemphis.Pact.Web.Infrastructure.Background;

namespace WestMemphis.Pact.Web.Features.Admin;

/// <summary>
/// The nightly retention run: checks every <see cref="RetentionOptions.PollSeconds"/> whether today's run (Central
/// time, from <see cref="RetentionOptions.RunFromHour"/>) is due, and runs it once per day across all instances (the
/// day's <see cref="RetentionRun"/> row is the claim).
/// </summary>
public sealed class RetentionService(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> logger)
    : PollingWorker(clock, logger)
{
    protected override double PollSeconds => options.Value.PollSeconds;

    // The run waits for its first poll: an app starting (or a test app) never purges on its way up.
    protected override bool PassAtStart => false;

    /// <summary>Runs today's purge when it is due and unclaimed. Returns 1 when this call ran it, 0 otherwise.</summary>
    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (CentralTimeZone.ToLocal(Clock.GetUtcNow().UtcDateTime).Hour < Math.Clamp(options.Value.RunFromHour, 0, 23))
        {
            return 0;
        }

        using var scope = scopes.CreateScope();
        var run = await scope.ServiceProvider.GetRequiredService<RecordsRetention>().RunAsync(cancellationToken);
        return run is null ? 0 : 1;
    }
}
