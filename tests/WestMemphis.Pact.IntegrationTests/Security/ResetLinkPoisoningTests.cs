using System.Net;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// Password-reset poisoning: links in emails never come from the request's Host header, Production will not
/// start without its public https address, and Production answers only for its own host name.
/// </summary>
public sealed class ResetLinkPoisoningTests
{
    private static async Task<string?> ResetLinkAfterForgedHostAsync(PactFactory factory)
    {
        var email = $"poison-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Host = "evil.example";
        var forgot = await client.GetPageAsync("/Account/ForgotPassword");
        var sent = await client.SubmitAsync(forgot, new Dictionary<string, string?> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, sent.Status);
        return (await factory.LatestMailAsync(email, "/Account/ResetPassword")).Link;
    }

    [Fact]
    public async Task A_forged_Host_header_never_reaches_the_emailed_reset_link()
    {
        using var factory = new PactFactory().With("Mail:PublicBaseUrl", "https://pact.westmemphis.example");

        var link = await ResetLinkAfterForgedHostAsync(factory);

        Assert.StartsWith("https://pact.westmemphis.example/Account/ResetPassword?", link);
    }

    [Fact]
    public async Task Without_a_configured_address_outside_production_the_link_still_ignores_the_Host_header()
    {
        using var factory = new PactFactory().With("Mail:PublicBaseUrl", "");

        var link = await ResetLinkAfterForgedHostAsync(factory);

        Assert.NotNull(link);
        Assert.DoesNotContain("evil.example", link);
        Assert.Equal("localhost", new Uri(link).Host);
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://pact.westmemphis.example")]
    [InlineData("pact.westmemphis.example")]
    [InlineData("/Account")]
    [InlineData("https://pact.westmemphis.example/?next=1")]
    public void Production_refuses_to_start_without_the_public_https_address(string value)
    {
        using var factory = new PactFactory { EnvironmentName = "Production" }.With("Mail:PublicBaseUrl", value);
        var error = Record.Exception(() => factory.Server);

        Assert.NotNull(error);
        Assert.Contains("Mail:PublicBaseUrl", error.ToString());
    }

    [Fact]
    public async Task Production_answers_only_for_its_public_host_name()
    {
        using var factory = new PactFactory { EnvironmentName = "Production" }.With("Mail:PublicBaseUrl", "https://pact.westmemphis.example");
        var client = factory.CreateBrowserClient();

        var own = new HttpRequestMessage(HttpMethod.Get, "/Account/ForgotPassword");
        own.Headers.Host = "pact.westmemphis.example";
        var forged = new HttpRequestMessage(HttpMethod.Get, "/Account/ForgotPassword");
        forged.Headers.Host = "evil.example";

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(own)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(forged)).StatusCode);
    }
}
