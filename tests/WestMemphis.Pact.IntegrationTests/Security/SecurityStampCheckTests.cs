using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// The per-request security check (SecurityStampCache): revocation through the app applies at the very next
/// request, yet a page view neither reads the account from the database nor rewrites the cookie.
/// </summary>
public sealed class SecurityStampCheckTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PactFactory _factory;

    public SecurityStampCheckTests()
    {
        _factory = new PactFactory { Clock = _clock };
    }

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Client, ApplicationUser User)> SignedInAsync(params string[] roles) => await SignedInAsync(false, roles);

    private async Task<(HttpClient Client, ApplicationUser User)> SignedInAsync(bool followRedirects, params string[] roles)
    {
        var email = $"stamp-{Guid.NewGuid():N}@example.com";
        var user = await _factory.CreateUserAsync(email, TestUsers.Password, roles);
        var client = _factory.CreateBrowserClient(followRedirects);
        await client.LoginAsync(email);
        return (client, user);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) => (await client.GetAsync(url)).StatusCode;

    [Fact]
    public async Task Removing_a_coordinators_role_or_disabling_the_account_ends_the_session_at_the_next_request()
    {
        var (admin, _) = await SignedInAsync(true, Roles.Admin);
        var (coordinator, target) = await SignedInAsync(Roles.Coordinator);
        var (disabledLater, other) = await SignedInAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(coordinator, "/manage/events"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(disabledLater, "/manage/events")); // both now known to the in-memory check

        var details = await admin.GetPageAsync($"/admin/users/{target.Id}");
        var removed = await admin.SubmitAsync(details, formSelector: "form:has(input[name=role][value=Coordinator])");
        Assert.Contains("no longer has the Coordinator role", removed.Text);
        var response = await coordinator.GetAsync("/manage/events");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var page = await admin.GetPageAsync($"/admin/users/{other.Id}");
        await admin.SubmitAsync(page, formSelector: $"form[action='/admin/users/{other.Id}/disable']");
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(disabledLater, "/manage/events"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(disabledLater, "/my"));
    }

    [Fact]
    public async Task Page_views_neither_rewrite_the_cookie_nor_read_the_account_until_the_check_interval_passes()
    {
        var (resident, user) = await SignedInAsync(Roles.Resident);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(resident, "/my"));
        for (var i = 0; i < 3; i++)
        {
            var view = await resident.GetAsync("/my");
            Assert.Equal(HttpStatusCode.OK, view.StatusCode);
            var setCookies = view.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            Assert.DoesNotContain(setCookies, c => c.Contains("auth", StringComparison.Ordinal)); // the sign-in cookie is not re-issued
        }

        // A change made behind the app's back (straight in the database, as another instance's save would look
        // from here) is not read on every request: the session goes on until the check interval (60 s for a
        // resident) has passed, then ends. A change saved through this instance ends it at once (test above).
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, Guid.NewGuid().ToString("N"))));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(resident, "/my"));
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(resident, "/my"));
    }

    [Fact]
    public async Task A_staff_session_still_slides_with_activity_and_ends_after_thirty_idle_minutes()
    {
        var (coordinator, _) = await SignedInAsync(Roles.Coordinator);
        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(coordinator, "/manage/events")); // 80 minutes in, kept alive by use
        }

        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(coordinator, "/manage/events"));
    }
}
