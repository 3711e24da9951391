using System.Net;
using Serilog.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// Rate limits are per client: behind a trusted proxy, per forwarded address; through a proxy nobody named,
/// everyone shares the proxy's bucket, and Production says so at start-up.
/// </summary>
public sealed class ProxyAndRateLimitTests
{
    private static HttpClient ClientVia(PactFactory factory, string peer, string forwardedFor)
    {
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(SimulatedNetwork.Peer, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private static async Task<List<HttpStatusCode>> LogInsAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add((await client.LoginAsync("nobody@example.com", "wrong password here")).Status);
        }

        return statuses;
    }

    [Theory]
    [InlineData("", "", "10.0.0.5")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.5", "10.0.0.5")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24", "10.0.0.77")]
    public async Task Two_clients_behind_a_trusted_proxy_get_separate_buckets(string key, string value, string proxy)
    {
        var trusted = value.Length > 0;
        using var factory = new PactFactory { ConfigureTestServices = SimulatedNetwork.AddTo }.With("RateLimits:SignInPerMinute", "3");
        if (trusted)
        {
            factory.With(key, value);
        }

        var first = ClientVia(factory, proxy, "203.0.113.10");
        var second = ClientVia(factory, proxy, "203.0.113.20");

        var firstStatuses = await LogInsAsync(first, 4);
        var secondStatuses = await LogInsAsync(second, 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], firstStatuses);
        // Through a proxy nobody named, X-Forwarded-For is not believed: both share the proxy's bucket.
        Assert.Equal(trusted ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, secondStatuses.Single());
    }

    [Fact]
    public async Task Production_warns_at_start_up_when_no_proxy_is_trusted()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { EnvironmentName = "Production", ConfigureTestServices = logs.AddTo };
        _ = factory.Server;

        var warning = await logs.WaitForAsync(e => e.RenderMessage(null).Contains("No trusted proxy is configured", StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Warning, warning.Level);
        Assert.Contains("rate-limit bucket", warning.RenderMessage(null));
    }

    [Fact]
    public async Task Production_with_a_trusted_proxy_starts_without_proxy_or_https_warnings()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { EnvironmentName = "Production", ConfigureTestServices = logs.AddTo }
            .With("ForwardedHeaders:KnownProxies:0", "10.0.0.5");
        var response = await factory.CreateBrowserClient().GetAsync("/");

        // The start-up checks run before the first request is served.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(logs.Events, e => e.RenderMessage(null).Contains("No trusted proxy", StringComparison.Ordinal)
            || e.RenderMessage(null).Contains("No HTTPS endpoint", StringComparison.Ordinal));
    }
}
