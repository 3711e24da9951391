using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

public sealed class AdminUsersTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    [Fact]
    public async Task An_admin_finds_a_user_and_grants_then_removes_a_role()
    {
        var target = await factory.CreateUserAsync($"promote-{Guid.NewGuid():N}@example.com");
        var admin = await AdminAsync();

        var list = await admin.GetPageAsync($"/admin/users?q={Uri.EscapeDataString(target.Email!)}");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var details = await admin.GetPageAsync(list.Document.QuerySelector($"a[href='/admin/users/{target.Id}']")!.GetAttribute("href")!);

        var granted = await admin.SubmitAsync(details, formSelector: "form:has(input[name=role][value=Coordinator])");
        Assert.Contains("now has the Coordinator role", granted.Text);
        Assert.True(await InRoleAsync(target.Id, Roles.Coordinator));

        var removed = await admin.SubmitAsync(granted, formSelector: "form:has(input[name=role][value=Coordinator])");
        Assert.Contains("no longer has the Coordinator role", removed.Text);
        Assert.False(await InRoleAsync(target.Id, Roles.Coordinator));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "RoleGranted" && a.RecordId == target.Id)));
    }

    [Fact]
    public async Task Admin_is_refused_to_an_account_without_two_factor_and_granted_once_it_is_on()
    {
        var target = await factory.CreateUserAsync($"no2fa-{Guid.NewGuid():N}@example.com");
        var admin = await AdminAsync();
        var details = await admin.GetPageAsync($"/admin/users/{target.Id}");

        var refused = await admin.SubmitAsync(details, formSelector: "form:has(input[name=role][value=Admin])");
        Assert.Contains("Admin is not granted to an account without two-factor sign-in", refused.Text, StringComparison.Ordinal);
        Assert.False(await InRoleAsync(target.Id, Roles.Admin));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "RoleGranted" && a.RecordId == target.Id)));

        // Other roles are granted as before.
        Assert.Contains("now has the Officer role", (await admin.SubmitAsync(refused, formSelector: "form:has(input[name=role][value=Officer])")).Text, StringComparison.Ordinal);

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByIdAsync(target.Id))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var granted = await admin.SubmitAsync(await admin.GetPageAsync($"/admin/users/{target.Id}"), formSelector: "form:has(input[name=role][value=Admin])");
        Assert.Contains("now has the Admin role", granted.Text, StringComparison.Ordinal);
        Assert.True(await InRoleAsync(target.Id, Roles.Admin));
    }

    [Fact]
    public async Task A_disabled_account_is_signed_out_and_cannot_log_in_until_re_enabled()
    {
        var email = $"disable-{Guid.NewGuid():N}@example.com";
        var target = await factory.CreateUserAsync(email);
        var admin = await AdminAsync();

        var details = await admin.GetPageAsync($"/admin/users/{target.Id}");
        var disabled = await admin.SubmitAsync(details, formSelector: $"form[action='/admin/users/{target.Id}/disable']");
        Assert.Contains("is disabled", disabled.Text);

        var refused = await factory.CreateBrowserClient().LoginAsync(email);
        Assert.Contains("do not match", refused.Text);

        var enabled = await admin.SubmitAsync(disabled, formSelector: $"form[action='/admin/users/{target.Id}/disable']");
        Assert.Contains("can sign in again", enabled.Text);
        Assert.Equal("/", (await factory.CreateBrowserClient().LoginAsync(email)).Url.AbsolutePath);
    }

    [Fact]
    public async Task Residents_are_forbidden_from_user_management()
    {
        var email = $"nosy-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient(followRedirects: false);
        await client.LoginAsync(email);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    private async Task<bool> InRoleAsync(string userId, string role)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(userId))!, role);
    }
}
