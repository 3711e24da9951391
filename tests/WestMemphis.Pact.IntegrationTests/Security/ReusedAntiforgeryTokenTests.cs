using System.Net;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// A signed-in visitor's antiforgery request token is made once per antiforgery cookie and user, then given again
/// (ReusedAntiforgeryTokens): every POST is still checked, and no one is ever given a token made for someone else.
/// </summary>
public sealed class ReusedAntiforgeryTokenTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static readonly Uri Site = new("https://localhost/");

    private async Task<(HttpClient Client, CookieContainer Jar)> SignedInAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var jar = new CookieContainer();
        var client = factory.CreateClientWithCookies(jar);
        await client.LoginAsync(email);
        return (client, jar);
    }

    private static async Task<string> LogoutTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("form[action='/Account/Logout'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No log-out form on {url}");
    }

    private static Task<HttpResponseMessage> LogoutWithAsync(HttpClient client, string? token) =>
        client.PostAsync("/Account/Logout", new FormUrlEncodedContent(token is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", token)]));

    private static async Task<bool> IsSignedInAsync(HttpClient client) =>
        (await client.GetAsync("/Account/Manage")).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task Page_views_reuse_one_token_and_a_post_without_it_is_still_refused()
    {
        var (client, _) = await SignedInAsync("reuse");
        var first = await LogoutTokenAsync(client, "/events");
        var second = await LogoutTokenAsync(client, "/");
        Assert.Equal(first, second);

        Assert.Equal(HttpStatusCode.BadRequest, (await LogoutWithAsync(client, null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await LogoutWithAsync(client, first[..^4] + "AAAA")).StatusCode);
        Assert.True(await IsSignedInAsync(client));

        var done = await LogoutWithAsync(client, second);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.False(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task Two_users_presenting_the_same_antiforgery_cookie_never_get_each_others_token()
    {
        var (alex, alexJar) = await SignedInAsync("alex");
        var (_, samJar) = await SignedInAsync("sam");
        var alexToken = await LogoutTokenAsync(alex, "/events");

        // Sam's browser presents Alex's antiforgery cookie (as if it had been planted): the token Sam gets is Sam's own.
        var alexCookie = alexJar.GetCookies(Site).Single(c => c.Name.EndsWith("pact.af", StringComparison.Ordinal));
        var plantedJar = new CookieContainer();
        plantedJar.Add(alexCookie);
        foreach (var cookie in samJar.GetCookies(Site).Where(c => c.Name != alexCookie.Name))
        {
            plantedJar.Add(cookie);
        }

        var sam = factory.CreateClientWithCookies(plantedJar);
        Assert.True(await IsSignedInAsync(sam));
        Assert.Equal(alexCookie.Value, plantedJar.GetCookies(Site).Single(c => c.Name == alexCookie.Name).Value);
        var samToken = await LogoutTokenAsync(sam, "/events");
        Assert.NotEqual(alexToken, samToken);
        Assert.Equal(samToken, await LogoutTokenAsync(sam, "/"));
        Assert.Equal(alexToken, await LogoutTokenAsync(alex, "/"));

        // Alex's token is refused for Sam even with the cookie it was made for; Sam's own is accepted.
        Assert.Equal(HttpStatusCode.BadRequest, (await LogoutWithAsync(sam, alexToken)).StatusCode);
        Assert.True(await IsSignedInAsync(sam));
        Assert.Equal(HttpStatusCode.Redirect, (await LogoutWithAsync(sam, samToken)).StatusCode);
        Assert.False(await IsSignedInAsync(sam));
        Assert.True(await IsSignedInAsync(alex));
    }

    [Fact]
    public async Task A_page_holding_a_token_is_never_stored_by_a_cache()
    {
        var (client, _) = await SignedInAsync("nostore");
        for (var i = 0; i < 2; i++) // the second view is served the reused token
        {
            var response = await client.GetAsync("/events");
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }
}
