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
    public async Task Public_account_forms_have_their_own_budget_and_an_over_budget_post_is_shown_again(string url)
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "2");
        var client = factory.CreateBrowserClient(remoteAddress: "198.51.100.20");
        var statuses = new List<HttpStatusCode>();
        HtmlPage? last = null;
        for (var i = 0; i < 3; i++)
        {
            var page = await client.GetPageAsync(url);
            last = await client.SubmitAsync(page, Filled(url, $"x{i}-{Guid.NewGuid():N}@example.com"));
            statuses.Add(last.Status);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("send it again after", last!.Text, StringComparison.Ordinal);
        Assert.Equal("x2-", last.Document.QuerySelector("input[name=Email]")!.GetAttribute("value")![..3]);
        var other = factory.CreateBrowserClient(remoteAddress: "198.51.100.21");
        var otherPage = await other.GetPageAsync(url);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.SubmitAsync(otherPage, Filled(url, "y@example.com"))).Status);
    }

    private static Dictionary<string, string?> Filled(string url, string email) => url == "/Account/Register"
        ? new() { ["FullName"] = "Pat Resident", ["Email"] = email, ["Password"] = TestUsers.Password, ["ConfirmPassword"] = TestUsers.Password, ["IsThirteenOrOlder"] = "true" }
        : new() { ["Email"] = email };
}
