using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

public sealed class TwoFactorTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Theory]
    [InlineData(Roles.Admin, "/admin/users")]
    [InlineData(Roles.Admin, "/admin/audit")]
    public async Task Staff_without_two_factor_are_sent_to_enrol_from_every_staff_page(string role, string url)
    {
        factory.EnrolStaffInTwoFactor = false;
        var email = $"no2fa-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, role);
        factory.EnrolStaffInTwoFactor = true;
        var client = factory.CreateBrowserClient(followRedirects: false);
        await client.LoginAsync(email);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/TwoFactor?required=true", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_staff_member_enrols_with_the_shown_key_then_reaches_staff_pages()
    {
        factory.EnrolStaffInTwoFactor = false;
        var email = $"enrol-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        factory.EnrolStaffInTwoFactor = true;
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        var setup = await client.GetPageAsync("/admin/users");
        Assert.Equal("/Account/TwoFactor", setup.Url.AbsolutePath);
        Assert.Contains("Staff pages need two-factor sign-in", setup.Text);
        Assert.StartsWith("data:image/png;base64,", setup.Document.QuerySelector("img[alt*='QR code']")!.GetAttribute("src"));
        var key = setup.Document.QuerySelector("code.fs-5")!.TextContent;

        var wrong = await client.SubmitAsync(setup, new Dictionary<string, string?> { ["Code"] = "000000" }, "form[action='/Account/TwoFactor/Enable']");
        Assert.Contains(wrong.Errors, e => e.Contains("not right", StringComparison.Ordinal));

        var codes = await client.SubmitAsync(wrong, new Dictionary<string, string?> { ["Code"] = Totp.Code(key) }, "form[action='/Account/TwoFactor/Enable']");
        Assert.Contains("Your recovery codes", codes.Text);
        Assert.Equal(10, codes.Document.QuerySelectorAll(".recovery-codes code").Length);

        var users = await client.GetPageAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Equal("/admin/users", users.Url.AbsolutePath);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "TwoFactorEnabled")));
    }

    [Fact]
    public async Task Sign_in_needs_the_code_and_a_recovery_code_works_once()
    {
        var email = $"rc-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateUserAsync(email, TestUsers.Password, Roles.Officer);
        string recovery;
        using (var scope = factory.Services.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            recovery = (await manager.GenerateNewTwoFactorRecoveryCodesAsync((await manager.FindByIdAsync(user.Id))!, 2))!.First();
        }

        async Task<HtmlPage> PasswordStepAsync(HttpClient c)
        {
            var page = await c.GetPageAsync("/Account/Login");
            return await c.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        }

        var client = factory.CreateBrowserClient();
        var prompt = await PasswordStepAsync(client);
        Assert.Equal("/Account/LoginWith2fa", prompt.Url.AbsolutePath);
        var wrong = await client.SubmitAsync(prompt, new Dictionary<string, string?> { ["Code"] = "123456" });
        Assert.Contains(wrong.Errors, e => e.Contains("not right", StringComparison.Ordinal));
        Assert.Contains("Log in", wrong.Document.QuerySelector("nav")!.TextContent);

        var recoveryPage = await client.GetPageAsync("/Account/LoginWithRecoveryCode");
        var signedIn = await client.SubmitAsync(recoveryPage, new Dictionary<string, string?> { ["RecoveryCode"] = recovery });
        Assert.Contains("Log out", signedIn.Text);

        var again = factory.CreateBrowserClient();
        await PasswordStepAsync(again);
        var reuse = await again.SubmitAsync(await again.GetPageAsync("/Account/LoginWithRecoveryCode"), new Dictionary<string, string?> { ["RecoveryCode"] = recovery });
        Assert.Contains(reuse.Errors, e => e.Contains("has been used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_cannot_switch_two_factor_off()
    {
        var email = $"keep2fa-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        var response = await client.PostAsync("/Account/TwoFactor/Disable", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // no antiforgery token
        var page = await client.GetPageAsync("/Account/TwoFactor");
        Assert.Null(page.Document.QuerySelector("form[action='/Account/TwoFactor/Disable']"));
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }
}

public sealed class DemoExemptionTests
{
    [Theory]
    [InlineData("true", HttpStatusCode.OK)]
    [InlineData("false", HttpStatusCode.Redirect)]
    public async Task Demo_staff_may_skip_enrolment_only_when_the_setting_is_on(string setting, HttpStatusCode expected)
    {
        using var factory = new PactFactory().With("Security:DemoStaffExemptFromTwoFactor", setting);
        factory.EnrolStaffInTwoFactor = false;
        var email = $"demo-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDemo, true)));
        var client = factory.CreateBrowserClient(followRedirects: false);
        await client.LoginAsync(email);

        Assert.Equal(expected, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Theory]
    [InlineData("Security:DemoStaffExemptFromTwoFactor", "true")]
    [InlineData("Bootstrap:AdminPassword", "Pact-Demo-Password-2026")]
    public void Production_refuses_to_start_with_development_shortcuts(string key, string value)
    {
        using var factory = new PactFactory { EnvironmentName = "Production" }.With(key, value);
        Exception? error = null;
        try
        {
            _ = factory.Server;
        }
        catch (Exception ex)
        {
            error = ex;
        }

        Assert.NotNull(error);
        Assert.Contains(key, error.ToString());
    }
}
