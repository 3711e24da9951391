using System.Net;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_burst_of_log_ins_gets_429_with_a_readable_page()
    {
        using var factory = new PactFactory().With("RateLimits:SignInPerMinute", "3");
        var client = factory.CreateBrowserClient(remoteAddress: "203.0.113.10");
        var statuses = new List<HttpStatusCode>();
        HtmlPage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.LoginAsync("nobody@example.com", "wrong password here");
            statuses.Add(last.Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Too many requests", last!.Text);
        Assert.Equal("60", last.Response.Headers.RetryAfter!.ToString());

        // Someone else, from another address, still gets in line.
        var other = await factory.CreateBrowserClient(remoteAddress: "203.0.113.11").LoginAsync("nobody@example.com", "wrong password here");
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Theory]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Account/ResendConfirmation")]
    public async Task Public_forms_are_rate_limited(string url)
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "2");
        var client = factory.CreateBrowserClient(remoteAddress: "198.51.100.20");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var page = await client.GetPageAsync(url);
            statuses.Add((await client.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = $"x{i}@example.com" })).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        var other = factory.CreateBrowserClient(remoteAddress: "198.51.100.21");
        var otherPage = await other.GetPageAsync(url);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.SubmitAsync(otherPage, new Dictionary<string, string?> { ["Email"] = "y@example.com" })).Status);
    }
}
