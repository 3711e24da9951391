using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

/// <summary>The admin pages read the app's clock (the injected TimeProvider), not the machine's.</summary>
public sealed class AdminClockTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PactFactory _factory;

    public AdminClockTests()
    {
        _factory = new PactFactory { Clock = _clock };
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> AdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        await _factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var client = _factory.CreateBrowserClient();
        var login = await client.GetPageAsync("/Account/Login");
        var second = await client.SubmitAsync(login, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal("/Account/LoginWith2fa", second.Url.AbsolutePath);
        // The portal checks the code against its own clock, which these tests move: the code is the one an
        // authenticator app would show at the app's time.
        var signedIn = await client.SubmitAsync(second, new Dictionary<string, string?> { ["Code"] = Totp.Code(Totp.KeysByEmail[email], _clock.GetUtcNow()) });
        Assert.NotEqual("/Account/LoginWith2fa", signedIn.Url.AbsolutePath);
        return client;
    }

    [Fact]
    public async Task A_lock_out_shows_until_the_apps_clock_passes_its_end()
    {
        var target = await _factory.CreateUserAsync($"locked-{Guid.NewGuid():N}@example.com");
        var lockedUntil = _clock.GetUtcNow().AddMinutes(10);
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == target.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, lockedUntil)));
        var admin = await AdminAsync();

        Assert.Contains("Locked out", (await admin.GetPageAsync($"/admin/users/{target.Id}")).Text);
        Assert.Contains("Locked out", (await admin.GetPageAsync($"/admin/users?q={Uri.EscapeDataString(target.Email!)}")).Text);

        _clock.Advance(TimeSpan.FromMinutes(15));

        var details = await admin.GetPageAsync($"/admin/users/{target.Id}");
        Assert.DoesNotContain("Locked out", details.Text);
        Assert.Contains("Active", details.Text);
        Assert.DoesNotContain("Locked out", (await admin.GetPageAsync($"/admin/users?q={Uri.EscapeDataString(target.Email!)}")).Text);
    }

    [Fact]
    public async Task The_audit_export_is_named_after_the_apps_clock()
    {
        _clock.Advance(TimeSpan.FromDays(400));
        var admin = await AdminAsync();

        var csv = await admin.GetAsync("/admin/audit/export.csv");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal($"pact-audit-{_clock.GetUtcNow():yyyyMMdd-HHmm}.csv", csv.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
    }
}
