using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

public sealed class LockoutTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_until_an_admin_unlocks_it()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(email, "not the right password");
        }

        var locked = await client.LoginAsync(email);
        Assert.Equal("/Account/Lockout", locked.Url.AbsolutePath);
        Assert.Contains("locked", locked.Text);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "LoginFailed" && a.RecordId == user.Id)) >= 5);

        var adminEmail = $"unlocker-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(adminEmail, TestUsers.Password, Roles.Admin);
        var admin = factory.CreateBrowserClient();
        await admin.LoginAsync(adminEmail);
        var details = await admin.GetPageAsync($"/admin/users/{user.Id}");
        var unlocked = await admin.SubmitAsync(details, formSelector: $"form[action='/admin/users/{user.Id}/unlock']");
        Assert.Contains("is unlocked", unlocked.Text);

        Assert.Equal("/", (await factory.CreateBrowserClient().LoginAsync(email)).Url.AbsolutePath);
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Log_in_never_redirects_off_the_site(string returnUrl)
    {
        var email = $"redirect-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient(followRedirects: false);
        var page = await client.GetPageAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });

        Assert.Equal("/", result.Response.Headers.Location!.OriginalString);
    }
}
