using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.Areas;
using WestMemphis.Pact.Web.Features.Crime;

namespace WestMemphis.Pact.IntegrationTests.Areas;

/// <summary>
/// Two running instances on one database and one real redis-server, as production scales out (issue 23): both run the
/// week's digest pass at the same moment, and both run the crime-flag alert pass for the same new flag. Every confirmed
/// follower gets exactly one digest, every officer and coordinator exactly one alert, and the two outbox senders,
/// racing too, write each of those emails once.
/// </summary>
[Trait("Category", "Redis")]
public sealed class ResidentsLoopTwoInstancesTests
{
    // Monday 30 Nov 2026, 8:30 AM in West Memphis: the week's digests are due (as DigestMondayFactory).
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 14, 30, 0, TimeSpan.Zero);

    private static (PactFactory A, PactFactory B) TwoInstances(RedisServer redis)
    {
        var prefix = $"pact-test-{Guid.NewGuid():N}:";
        var a = new PactFactory();
        var b = PactFactory.ReusingFolder(a.Folder);
        foreach (var f in new[] { a, b })
        {
            f.Clock = new FakeTimeProvider(Monday);
            f.With("Redis:Configuration", redis.Configuration).With("Redis:InstanceName", prefix)
                .With("AreaDigest:PollSeconds", "0").With("CrimeAlerts:PollSeconds", "0");
        }

        _ = a.Server; // migrates the shared database before B starts
        _ = b.Server;
        return (a, b);
    }

    [Fact]
    public async Task Both_instances_running_the_weeks_digest_at_once_send_each_confirmed_follower_one_digest()
    {
        await using var redis = await RedisServer.StartAsync();
        var (a, b) = TwoInstances(redis);
        using var first = a;
        using var other = b;
        var resident = await a.CreateUserAsync(LiaisonSteps.Unique("account-follower"), TestUsers.Password, Roles.Resident);
        var (confirmed, pending) = await a.WithDbAsync(async db =>
        {
            var areas = await db.Areas.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync();
            var now = Monday.UtcDateTime.AddDays(-1);
            var follows = Enumerable.Range(0, 90).Select(i => new AreaFollow
            {
                AreaId = areas[i % areas.Count], Email = $"two-instances-{i}-{Guid.NewGuid():N}@example.com", CreatedUtc = now, ConfirmedUtc = now,
            }).ToList();
            follows.Add(new AreaFollow { AreaId = areas[0], Email = resident.Email!, UserId = resident.Id, CreatedUtc = now, ConfirmedUtc = now });
            var waiting = new AreaFollow { AreaId = areas[0], Email = $"pending-{Guid.NewGuid():N}@example.com", CreatedUtc = now };
            db.AreaFollows.AddRange(follows);
            db.AreaFollows.Add(waiting);
            await db.SaveChangesAsync();
            return (follows.Select(f => f.Email).ToList(), waiting.Email);
        });

        static Task<int> PassAsync(PactFactory instance) => instance.Services.GetRequiredService<AreaDigestService>().SendDueAsync();
        var queued = await Task.WhenAll(Task.Run(() => PassAsync(a)), Task.Run(() => PassAsync(b)), Task.Run(() => PassAsync(b)), Task.Run(() => PassAsync(a)));

        Assert.Equal(confirmed.Count, queued.Sum());
        var digests = await b.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == AreaDigestService.Kind).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal(confirmed.Order(StringComparer.Ordinal), digests.Order(StringComparer.Ordinal)); // each once, the pending one none
        Assert.DoesNotContain(pending, digests);
        Assert.True(await a.WithDbAsync(db => db.AreaFollows.Where(f => f.ConfirmedUtc != null).AllAsync(f => f.LastDigestWeekOf == new DateOnly(2026, 11, 30))));

        // Both instances again the same week: nothing more.
        var again = await Task.WhenAll(PassAsync(a), PassAsync(b));
        Assert.Equal([0, 0], again);

        // The two outbox senders race over the queued digests: each is written once.
        var sent = await Task.WhenAll(Task.Run(a.SendQueuedMailAsync), Task.Run(b.SendQueuedMailAsync));
        Assert.Equal(confirmed.Count, sent.Sum());
        var files = a.SentMail();
        foreach (var to in confirmed)
        {
            Assert.Single(files, f => File.ReadAllText(f).Contains($"To: {to}", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Both_instances_running_the_alert_pass_for_a_new_flag_alert_each_officer_and_coordinator_once()
    {
        await using var redis = await RedisServer.StartAsync();
        var (a, b) = TwoInstances(redis);
        using var first = a;
        using var other = b;
        var officer = await a.CreateUserAsync(LiaisonSteps.Unique("flag-officer"), TestUsers.Password, Roles.Officer);
        var second = await a.CreateUserAsync(LiaisonSteps.Unique("flag-officer-2"), TestUsers.Password, Roles.Officer);
        var coordinator = await a.CreateUserAsync(LiaisonSteps.Unique("flag-coordinator"), TestUsers.Password, Roles.Coordinator);
        await a.AssignAsync(officer.Id, "W2", new DateOnly(2026, 1, 1));
        await a.AssignAsync(second.Id, "W2", new DateOnly(2026, 1, 1));
        // The review on Mon 30 Nov: last 28 days 2–29 Nov against 5 Oct–1 Nov; 30 burglaries against 5 flag Ward 2's property crime.
        await SeedAsync(a, "W2", new DateTime(2026, 11, 20, 18, 0, 0, DateTimeKind.Utc), 30);
        await SeedAsync(a, "W2", new DateTime(2026, 10, 20, 18, 0, 0, DateTimeKind.Utc), 5);

        static Task<int> PassAsync(PactFactory instance) => instance.Services.GetRequiredService<CrimeFlagAlertService>().SendDueAsync();
        var flagged = await Task.WhenAll(Task.Run(() => PassAsync(a)), Task.Run(() => PassAsync(b)), Task.Run(() => PassAsync(b)), Task.Run(() => PassAsync(a)));

        var flags = await b.WithDbAsync(db => db.CrimeFlagAlerts.AsNoTracking().ToListAsync());
        Assert.NotEmpty(flags);
        Assert.Equal(flags.Count, flagged.Sum()); // each flag alerted by one instance only
        Assert.Equal(flags.Count, flags.DistinctBy(f => (f.AreaId, f.Category)).Count());
        var subject = "Flagged: Crimes against property up in Ward 2";
        var alerts = await b.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == CrimeFlagAlertService.Kind && m.Subject == subject).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal(new[] { officer.Email!, second.Email!, coordinator.Email! }.Order(StringComparer.Ordinal), alerts.Order(StringComparer.Ordinal));
        var again = await Task.WhenAll(PassAsync(a), PassAsync(b));
        Assert.Equal([0, 0], again);

        var sent = await Task.WhenAll(Task.Run(a.SendQueuedMailAsync), Task.Run(b.SendQueuedMailAsync));
        var queued = await b.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == CrimeFlagAlertService.Kind));
        Assert.Equal(queued, sent.Sum());
        foreach (var to in new[] { officer.Email!, second.Email!, coordinator.Email! })
        {
            Assert.Single(a.SentMail(), f => File.ReadAllText(f) is var eml && eml.Contains($"<{to}>", StringComparison.OrdinalIgnoreCase) && eml.Contains(subject, StringComparison.Ordinal));
        }
    }

    private static Task SeedAsync(PactFactory app, string code, DateTime when, int count) =>
        app.WithDbAsync(async db =>
        {
            var area = await db.Areas.Where(x => x.Code == code).Select(x => x.Id).SingleAsync();
            for (var i = 0; i < count; i++)
            {
                var incident = new Incident
                {
                    Source = "flag-test", SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = when, Address = "1523 N Missouri St",
                    HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area, OffenseCount = 1, UpdatedAtUtc = when,
                };
                incident.Offenses.Add(new IncidentOffense { OffenseKey = "220", NibrsCode = "220", Description = "Burglary", Category = OffenseCategory.Property, PartIClass = PartIClass.None, OccurredAtUtc = when, AreaId = area });
                db.Incidents.Add(incident);
            }

            await db.SaveChangesAsync();
        });
}
