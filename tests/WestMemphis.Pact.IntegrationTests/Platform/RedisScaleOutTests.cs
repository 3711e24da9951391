using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MimeKit;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// Two running instances of the app on one database and one real redis-server (each test starts its own):
/// the output cache and the rate limits are shared, and Redis going away degrades the app, never stops it.
/// </summary>
[Trait("Category", "Redis")]
public sealed class RedisScaleOutTests
{
    private static (PactFactory A, PactFactory B) TwoInstances(RedisServer redis, params (string Key, string Value)[] settings)
    {
        var prefix = $"pact-test-{Guid.NewGuid():N}:";
        var a = new PactFactory { ConfigureTestServices = SimulatedNetwork.AddTo };
        var b = PactFactory.ReusingFolder(a.Folder);
        b.ConfigureTestServices = SimulatedNetwork.AddTo;
        foreach (var f in new[] { a, b })
        {
            f.With("Redis:Configuration", redis.Configuration).With("Redis:InstanceName", prefix).With("PublicPageCache:Seconds", "300");
            foreach (var (key, value) in settings)
            {
                f.With(key, value);
            }
        }

        _ = a.Server; // migrates the shared database before B starts
        _ = b.Server;
        return (a, b);
    }

    [Fact]
    public async Task A_change_on_instance_A_empties_the_cached_event_page_on_instance_B_at_once()
    {
        await using var redis = await RedisServer.StartAsync();
        var (a, b) = TwoInstances(redis);
        using (a)
        using (b)
        {
            var e = await a.PublishedEventAsync(3);
            var anonymousB = b.CreateBrowserClient();
            Assert.Contains("3 of 3 spots left", (await anonymousB.GetPageAsync(e.EventUrl())).Text);

            // Cached on B: a change that bypasses the app (made with SQL on the database file, not through EF) is not seen.
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={a.DatabasePath}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "UPDATE \"Events\" SET \"Location\" = 'Moved to the park' WHERE \"Id\" = $id";
                command.Parameters.AddWithValue("$id", e.Id);
                Assert.Equal(1, await command.ExecuteNonQueryAsync());
            }

            Assert.DoesNotContain("Moved to the park", (await anonymousB.GetPageAsync(e.EventUrl())).Text);

            // A resident signs up on A: B's next anonymous view is fresh.
            var resident = await a.LoggedInVolunteerAsync(EventSteps.Unique("scale-out"));
            Assert.Contains("You're signed up", (await resident.SignUpAsync(e, e.Shifts[0].Id)).StatusMessage);
            var fresh = await anonymousB.GetPageAsync(e.EventUrl());
            Assert.Contains("2 of 3 spots left", fresh.Text);
            Assert.Contains("Moved to the park", fresh.Text);
        }
    }

    [Fact]
    public async Task Log_in_attempts_spread_over_A_and_B_are_limited_as_one_per_forwarded_client()
    {
        await using var redis = await RedisServer.StartAsync();
        var (a, b) = TwoInstances(redis, ("RateLimits:SignInPerMinute", "4"), ("ForwardedHeaders:KnownProxies:0", "10.0.0.5"));
        using (a)
        using (b)
        {
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                var client = ClientVia(i % 2 == 0 ? a : b, "10.0.0.5", "203.0.113.10");
                statuses.Add((await client.LoginAsync("nobody@example.com", "wrong password here")).Status);
            }

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
            var limited = await ClientVia(a, "10.0.0.5", "203.0.113.10").LoginAsync("nobody@example.com", "wrong password here");
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
            Assert.Contains("Too many", limited.Text, StringComparison.OrdinalIgnoreCase);

            // Another client behind the same trusted proxy has its own count.
            Assert.Equal(HttpStatusCode.OK, (await ClientVia(b, "10.0.0.5", "203.0.113.20").LoginAsync("nobody@example.com", "wrong password here")).Status);
        }
    }

    [Fact]
    public async Task With_Redis_stopped_pages_are_still_served_health_is_degraded_and_the_log_says_so()
    {
        var redis = await RedisServer.StartAsync();
        var logs = new LogCapture();
        var prefix = $"pact-test-{Guid.NewGuid():N}:";
        using var app = new PactFactory { ConfigureTestServices = logs.AddTo }
            .With("Redis:Configuration", redis.Configuration).With("Redis:InstanceName", prefix).With("RateLimits:SignInPerMinute", "3");
        var e = await app.PublishedEventAsync(2);
        var client = app.CreateBrowserClient();
        Assert.Contains("\"redis\",\"status\":\"Healthy\"", await (await client.GetAsync("/health")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(e.EventUrl())).Status);

        await redis.StopAsync();
        await redis.DisposeAsync();

        for (var i = 0; i < 5; i++)
        {
            var page = await client.GetPageAsync(e.EventUrl());
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("2 of 2 spots left", page.Text);
        }

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var body = await health.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Degraded\"", body);
        Assert.Contains("\"redis\",\"status\":\"Degraded\"", body);

        // Rate limits fall back to this instance's own count: still limited, never a 500.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await app.CreateBrowserClient().LoginAsync("nobody@example.com", "wrong password here")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var lines = logs.Events.Where(x => x.RenderMessage(null).Contains("Redis is unreachable", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.True(lines.Count <= 3, $"{lines.Count} log lines: the outage must be logged at most once a minute, not per request");
    }

    [Fact]
    public async Task Outbox_and_reminder_workers_running_on_A_and_B_at_once_send_every_email_exactly_once()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = $"pact-test-{Guid.NewGuid():N}:";
        // The arrangement is written by a third instance whose workers are off, so that both workers start on a full queue.
        using var setup = new PactFactory().With("Events:ReminderPollSeconds", "0");
        var delivered = new ConcurrentQueue<(string Instance, string MessageId, string To)>();
        // Each instance's first send waits until the other has reached its own first send: both hold a claimed message at
        // the same moment, so the two really overlap whichever host starts first or polls faster.
        var firstSend = new Dictionary<string, TaskCompletionSource>
        {
            ["A"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
            ["B"] = new(TaskCreationOptions.RunContinuationsAsynchronously),
        };
        PactFactory Instance(string name) => PactFactory.ReusingFolder(setup.Folder)
            .With("Redis:Configuration", redis.Configuration).With("Redis:InstanceName", prefix)
            .With("Mail:SenderEnabled", "true").With("Mail:PollIntervalSeconds", "0.05").With("Events:ReminderPollSeconds", "0.1")
            .WithTestServices(services => services.Replace(ServiceDescriptor.Singleton<IMailTransport>(new RecordingMailTransport(name, delivered, firstSend))));

        var e = await setup.PublishedEventAsync(40);
        await setup.WithDbAsync(async db =>
        {
            // The shift starts in a day: each confirmed volunteer's first (48-hour) reminder is due, the 2-hour one not yet.
            await db.Shifts.Where(s => s.EventId == e.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.StartUtc, DateTime.UtcNow.AddHours(24)).SetProperty(s => s.EndUtc, DateTime.UtcNow.AddHours(27)));
            for (var i = 0; i < 30; i++)
            {
                var user = new ApplicationUser { UserName = $"twice-{i}@example.com", NormalizedUserName = $"TWICE-{i}@EXAMPLE.COM", Email = $"twice-{i}@example.com", NormalizedEmail = $"TWICE-{i}@EXAMPLE.COM", SecurityStamp = Guid.NewGuid().ToString(), FullName = $"Volunteer {i}", CreatedUtc = DateTime.UtcNow };
                db.Users.Add(user);
                db.Signups.Add(new Signup { ShiftId = e.Shifts[0].Id, VolunteerId = user.Id, Status = SignupStatus.Confirmed, CreatedUtc = DateTime.UtcNow, IdempotencyKey = Guid.NewGuid().ToString("N") });
            }

            for (var i = 0; i < 50; i++)
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    ToAddress = $"queued-{i}@example.com",
                    Subject = $"Queued {i}",
                    TextBody = "Hello",
                    Kind = "Test",
                    CreatedUtc = DateTime.UtcNow,
                    Status = OutboxStatus.Pending,
                    NextAttemptUtc = DateTime.UtcNow.AddMinutes(-1),
                });
            }

            await db.SaveChangesAsync();
        });

        var a = Instance("A");
        var b = Instance("B");
        try
        {
            _ = a.Server; // both instances' outbox senders and reminder workers start with their hosts
            _ = b.Server;
            var done = await Eventually.TrueAsync(
                () => setup.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent)).ContinueWith(t => t.Result == 80, TaskScheduler.Default),
                TimeSpan.FromSeconds(60));
            Assert.True(done, $"Sent {await setup.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent))} of 80");
        }
        finally
        {
            // Stopping the hosts waits for their workers, so anything still in flight is in the sink before the count.
            a.Dispose();
            b.Dispose();
        }

        // Each reminder was queued once (a second claim would have queued an 81st message) and each message delivered once.
        Assert.Equal(80, await setup.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        var deliveries = delivered.GroupBy(d => d.MessageId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(80, deliveries.Count);
        Assert.All(deliveries, d => Assert.True(d.Value == 1, $"{d.Key} was delivered {d.Value} times"));
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"twice-{i}@example.com").Order(), delivered.Select(d => d.To).Where(t => t.StartsWith("twice-", StringComparison.Ordinal)).Order());
        Assert.Equal(30, await setup.WithDbAsync(db => db.Signups.CountAsync(s => s.ShiftId == e.Shifts[0].Id && s.FirstReminderSentUtc != null)));
        Assert.Equal(["A", "B"], delivered.Select(d => d.Instance).Distinct().Order()); // both instances did part of the work
    }

    private static HttpClient ClientVia(PactFactory factory, string peer, string forwardedFor)
    {
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(SimulatedNetwork.Peer, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }
}

/// <summary>
/// The mail server's side, one per instance over a shared log: records every message handed over, duplicates included
/// (the pickup folder names files by message and second, so it could hide a duplicate).
/// </summary>
internal sealed class RecordingMailTransport(string instance, ConcurrentQueue<(string Instance, string MessageId, string To)> log,
    IReadOnlyDictionary<string, TaskCompletionSource> firstSend) : IMailTransport
{
    private int _sends;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _sends) == 1)
        {
            firstSend[instance].TrySetResult();
            await firstSend.Single(p => p.Key != instance).Value.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        log.Enqueue((instance, message.MessageId ?? "", message.To.Mailboxes.Single().Address));
    }
}
