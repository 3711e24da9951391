using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Admin;

namespace WestMemphis.Pact.IntegrationTests.Records;

/// <summary>Two instances starting the day's run at once: the unique day key lets exactly one of them run it.</summary>
public sealed class RetentionClaimTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Two_runs_started_together_make_one_run_and_one_audit_entry()
    {
        async Task<bool> RunInOwnScopeAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<RecordsRetention>().RunAsync(CancellationToken.None) is not null;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(RunInOwnScopeAsync)));
        Assert.Single(results, ran => ran);
        Assert.Equal(1, await factory.WithDbAsync(db => db.RetentionRuns.CountAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "RetentionRun")));
    }
}
