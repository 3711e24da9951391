using System.Net;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>Session lifetimes, with the app's clock moved by the test (ASVS 7.3, CJIS AC-11).</summary>
public sealed class SessionTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PactFactory _factory;

    public SessionTests()
    {
        _factory = new PactFactory { Clock = _clock };
    }

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Client, string Email)> SignedInAsync(params string[] roles)
    {
        var email = $"session-{Guid.NewGuid():N}@example.com";
        await _factory.CreateUserAsync(email, TestUsers.Password, roles);
        var client = _factory.CreateBrowserClient(followRedirects: false);
        await client.LoginAsync(email);
        return (client, email);
    }

    private static async Task<bool> IsSignedInAsync(HttpClient client)
    {
        var response = await client.GetAsync("/Account/Manage");
        return response.StatusCode == HttpStatusCode.OK;
    }

    [Fact]
    public async Task A_staff_session_ends_after_thirty_idle_minutes()
    {
        var (client, _) = await SignedInAsync(Roles.Coordinator);
        Assert.True(await IsSignedInAsync(client));

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.False(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task Activity_keeps_a_staff_session_alive_but_not_past_twelve_hours()
    {
        var (client, _) = await SignedInAsync(Roles.Officer);
        for (var i = 0; i < 35; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            Assert.True(await IsSignedInAsync(client), $"signed out after {(i + 1) * 20} active minutes");
        }

        _clock.Advance(TimeSpan.FromMinutes(20)); // 12 h 0 min since signing in
        Assert.False(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task The_stay_signed_in_button_extends_a_staff_session()
    {
        var (client, _) = await SignedInAsync(Roles.Admin);
        var page = await client.GetPageAsync("/");
        var warning = page.Document.QuerySelector("#session-warning");
        Assert.NotNull(warning);
        Assert.Equal("1800", warning.GetAttribute("data-timeout-seconds"));

        _clock.Advance(TimeSpan.FromMinutes(28));
        var kept = await client.SubmitAsync(page, formSelector: "#keep-alive-form");
        Assert.Equal(HttpStatusCode.NoContent, kept.Status);
        _clock.Advance(TimeSpan.FromMinutes(28));

        Assert.True(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task A_resident_stays_signed_in_after_an_idle_hour()
    {
        var (client, _) = await SignedInAsync(Roles.Resident);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await IsSignedInAsync(client));
    }

    [Fact]
    public async Task Staff_never_get_a_persistent_cookie_even_when_asking_to_be_remembered()
    {
        var email = $"remember-{Guid.NewGuid():N}@example.com";
        await _factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = _factory.CreateBrowserClient(followRedirects: false);
        var login = await client.GetPageAsync("/Account/Login");
        var prompt = await client.SubmitAsync(login, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password, ["RememberMe"] = "true" });
        var challenge = await client.GetPageAsync(prompt.Response.Headers.Location!.OriginalString);
        var done = await client.SubmitAsync(challenge, new Dictionary<string, string?> { ["Code"] = Totp.Code(Totp.KeysByEmail[email], _clock.GetUtcNow()) });

        var authCookie = done.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-pact.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", authCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cookie_replayed_after_log_out_is_refused()
    {
        var email = $"replay-{Guid.NewGuid():N}@example.com";
        await _factory.CreateUserAsync(email);
        var jar = new CookieContainer();
        var client = _factory.CreateClientWithCookies(jar);
        await client.LoginAsync(email);
        var stolenJar = new CookieContainer();
        stolenJar.Add(jar.GetCookies(new Uri("https://localhost/")));
        var stolen = _factory.CreateClientWithCookies(stolenJar);
        Assert.True(await IsSignedInAsync(stolen));

        var home = await client.GetPageAsync("/");
        await client.SubmitAsync(home, formSelector: "form[action='/Account/Logout']");

        Assert.False(await IsSignedInAsync(stolen));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_but_not_this_one()
    {
        var (client, email) = await SignedInAsync(Roles.Resident);
        var other = _factory.CreateBrowserClient(followRedirects: false);
        await other.LoginAsync(email);

        var page = await client.GetPageAsync("/Account/ChangePassword");
        var done = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["CurrentPassword"] = TestUsers.Password, ["NewPassword"] = "maple river lantern orchard", ["ConfirmPassword"] = "maple river lantern orchard",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);

        Assert.True(await IsSignedInAsync(client));
        Assert.False(await IsSignedInAsync(other));
    }
}
