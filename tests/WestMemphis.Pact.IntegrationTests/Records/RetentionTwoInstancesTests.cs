using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Records;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Admin;

namespace WestMemphis.Pact.IntegrationTests.Records;

/// <summary>
/// Two running instances on one database and one real redis-server, as production scales out: both start the night's
/// retention run at once; exactly one runs it (the unique day key in the database, not Redis, decides), the expired
/// concern is anonymised once, its held twin survives, and the run is audited once.
/// </summary>
[Trait("Category", "Redis")]
public sealed class RetentionTwoInstancesTests
{
    [Fact]
    public async Task Two_instances_starting_the_run_together_run_it_once_and_keep_the_held_record()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = $"pact-test-{Guid.NewGuid():N}:";
        using var a = new PactFactory();
        using var b = PactFactory.ReusingFolder(a.Folder);
        foreach (var f in new[] { a, b })
        {
            f.With("Redis:Configuration", redis.Configuration).With("Redis:InstanceName", prefix)
                .With("Retention:PollSeconds", "0").With("Retention:Rules:Concern:Months", "3");
        }

        _ = a.Server; // migrates the shared database before B starts
        _ = b.Server;
        var admin = await a.CreateUserAsync($"hold-{Guid.NewGuid():N}@example.com", TestUsers.Password, Roles.Admin);
        var (expired, held) = await a.WithDbAsync(async db =>
        {
            var area = await db.Areas.FirstAsync();
            var resolved = DateTime.UtcNow.AddMonths(-8);
            Concern New() => new()
            {
                ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
                Category = ConcernCategory.Noise, Location = "700 E Broadway St", AreaId = area.Id, Description = "Music all night at 12 Elm",
                ReporterName = "Robin Reporter", ReporterEmail = "robin@example.com", CreatedUtc = resolved.AddDays(-9), UpdatedUtc = resolved,
                ResolvedUtc = resolved, Status = ConcernStatus.Resolved,
            };
            var one = New();
            var twin = New();
            db.Concerns.AddRange(one, twin);
            await db.SaveChangesAsync();
            db.LegalHolds.Add(new LegalHold
            {
                Kind = HoldKind.Record, RecordKind = RecordKind.Concern, RecordId = twin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Reason = "Litigation hold", PlacedById = admin.Id, PlacedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return (one.Id, twin.Id);
        });

        static async Task<bool> RunAsync(PactFactory instance)
        {
            using var scope = instance.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<RecordsRetention>().RunAsync(CancellationToken.None) is not null;
        }

        var results = await Task.WhenAll(Task.Run(() => RunAsync(a)), Task.Run(() => RunAsync(b)), Task.Run(() => RunAsync(b)), Task.Run(() => RunAsync(a)));

        Assert.Single(results, ran => ran);
        await b.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.RetentionRuns.CountAsync());
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "RetentionRun"));
            var gone = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == expired);
            Assert.Null(gone.ReporterEmail);
            Assert.Null(gone.ReporterName);
            var kept = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == held);
            Assert.Equal("robin@example.com", kept.ReporterEmail);
            return 0;
        });
    }
}
