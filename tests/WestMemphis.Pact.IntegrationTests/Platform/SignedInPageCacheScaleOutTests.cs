using System.Net;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// Signed-in pages kept per session in the shared Redis output cache: a change made on one instance empties the
/// cached pages of every instance at once (the same session moves between instances behind a load balancer).
/// </summary>
[Trait("Category", "Redis")]
public sealed class SignedInPageCacheScaleOutTests
{
    [Fact]
    public async Task A_sign_up_on_instance_A_empties_the_same_residents_cached_my_page_on_instance_B()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = $"pact-test-{Guid.NewGuid():N}:";
        using var a = new PactFactory { ConfigureTestServices = SimulatedNetwork.AddTo };
        using var b = PactFactory.ReusingFolder(a.Folder);
        b.ConfigureTestServices = SimulatedNetwork.AddTo;
        foreach (var f in new[] { a, b })
        {
            f.With("Redis:Configuration", redis.Configuration).With("Redis:InstanceName", prefix).With("SignedInPageCache:Seconds", "300");
        }

        _ = a.Server; // migrates the shared database before B starts
        _ = b.Server;
        var e = await a.PublishedEventAsync(3);
        var email = EventSteps.Unique("balanced");
        await a.VolunteerAsync(email);

        // One browser session, its requests spread over A and B by the load balancer.
        var jar = new CookieContainer();
        var onA = a.CreateClientWithCookies(jar);
        var onB = b.CreateClientWithCookies(jar);
        var page = await onA.LoginAsync(email);
        while (page.Response.Headers.Location is { } location)
        {
            page = await onA.GetPageAsync(location.OriginalString);
        }

        await onB.GetPageAsync("/my");
        var cached = await onB.GetPageAsync("/my");
        Assert.Equal(HttpStatusCode.OK, cached.Status);
        Assert.NotNull(cached.Response.Headers.Age);
        Assert.Empty(cached.Document.QuerySelectorAll($"a[href^='/events/{e.Id}/']"));

        var signedUp = await onA.SignUpAsync(await onA.GetPageAsync(e.EventUrl()), e.Shifts[0].Id);
        Assert.Equal(HttpStatusCode.Redirect, signedUp.Status);
        Assert.Single(await a.SignupsAsync(e.Shifts[0].Id));
        // The browser follows the redirect, which shows (and so drops) the one-time status message: the next
        // request carries no temp-data cookie, so nothing but the eviction keeps it from the cached page.
        Assert.Contains("You're signed up", (await onA.GetPageAsync(signedUp.Response.Headers.Location!.OriginalString)).StatusMessage);

        var fresh = await onB.GetPageAsync("/my");
        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.Null(fresh.Response.Headers.Age);
        Assert.NotEmpty(fresh.Document.QuerySelectorAll($"a[href^='/events/{e.Id}/']"));
    }
}
