using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>The bad-input kit on every form that exists.</summary>
public sealed class BadInputTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private Task<int> UsersAsync() => factory.WithDbAsync(db => db.Users.CountAsync());

    [Fact]
    public async Task Register_form_survives_bad_input() =>
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), "/Account/Register", new Dictionary<string, string?>
        {
            ["FullName"] = "Pat Valid", ["Email"] = "bad-input-register@example.com", ["Password"] = TestUsers.Password,
            ["ConfirmPassword"] = TestUsers.Password, ["IsThirteenOrOlder"] = "true",
        }, UsersAsync, coverage: BadInputKit.Coverage.EveryValueInEveryField);

    [Fact]
    public async Task Login_form_survives_bad_input_and_never_signs_anyone_in()
    {
        var client = factory.CreateBrowserClient(followRedirects: false);
        var outcomes = await BadInputKit.RunAsync(client, "/Account/Login", new Dictionary<string, string?>
        {
            ["Email"] = "nobody-here@example.com", ["Password"] = "not a real password",
        }, coverage: BadInputKit.Coverage.EveryValueInEveryField);

        var accepted = outcomes.Where(o => !o.Refused).Select(o => $"{o.Field}='{o.Value}' ({(int)o.Status})").ToList();
        Assert.True(accepted.Count == 0, "log-in with bad values was not refused: " + string.Join(", ", accepted));
        var manage = await client.GetAsync("/Account/Manage");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, manage.StatusCode);
        Assert.StartsWith("/Account/Login", manage.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Account/ResendConfirmation")]
    public async Task Email_forms_survive_bad_input(string url) =>
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), url, new Dictionary<string, string?> { ["Email"] = "someone@example.com" },
            () => factory.WithDbAsync(db => db.OutboxMessages.CountAsync()), coverage: BadInputKit.Coverage.EveryValueInEveryField);

    [Fact]
    public async Task Reset_password_form_survives_bad_input() =>
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), "/Account/ResetPassword?email=x%40example.com&code=abc", new Dictionary<string, string?>
        {
            ["Email"] = "x@example.com", ["Password"] = TestUsers.Password, ["ConfirmPassword"] = TestUsers.Password,
        }, UsersAsync, coverage: BadInputKit.Coverage.EveryValueInEveryField);

    [Fact]
    public async Task Profile_and_password_forms_survive_bad_input()
    {
        var email = $"profile-bad-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        await BadInputKit.RunAsync(client, "/Account/Manage", new Dictionary<string, string?> { ["FullName"] = "Pat Valid", ["PhoneNumber"] = "870-555-0100" });
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.DoesNotContain('\0', stored.FullName);
        Assert.True(stored.FullName.Length <= 100);

        await BadInputKit.RunAsync(client, "/Account/ChangePassword", new Dictionary<string, string?>
        {
            ["CurrentPassword"] = "not the current one", ["NewPassword"] = "another long passphrase", ["ConfirmPassword"] = "another long passphrase",
        });
        Assert.Equal("/", (await factory.CreateBrowserClient().LoginAsync(email)).Url.AbsolutePath);
    }

    [Fact]
    public async Task Two_factor_forms_survive_bad_input()
    {
        var email = $"tfa-bad-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        await BadInputKit.RunAsync(client, "/Account/TwoFactor", new Dictionary<string, string?> { ["Code"] = "123456" });
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task Admin_user_actions_survive_bad_input()
    {
        var email = $"admin-bad-{Guid.NewGuid():N}@example.com";
        var admin = await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var target = await factory.CreateUserAsync($"target-bad-{Guid.NewGuid():N}@example.com");
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        var outcomes = await BadInputKit.RunAsync(client, $"/admin/users/{target.Id}", new Dictionary<string, string?> { ["role"] = "Officer", ["grant"] = "false" },
            formSelector: "form:has(input[name=role][value=Officer])");
        Assert.NotEmpty(outcomes);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == target.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
        Assert.DoesNotContain(roles, r => r is not null && !Roles.All.Contains(r));

        foreach (var query in new[] { BadInputKit.Xss, "' OR 1=1--", new string('q', 10_000), "\0" })
        {
            var page = await client.GetPageAsync($"/admin/users?q={Uri.EscapeDataString(query)}&role={Uri.EscapeDataString(query)}&page=-1");
            Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
            Assert.Null(page.Document.QuerySelector("main svg"));
            var audit = await client.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(query)}&from=2026-02-30&to=9999-12-31&page=2147483648");
            Assert.True((int)audit.Status < 500);
        }

        Assert.Equal([Roles.Resident], await RolesOfAsync(target.Id));
        Assert.Equal([Roles.Admin], await RolesOfAsync(admin.Id));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RecordId == target.Id && (a.Action == "RoleGranted" || a.Action == "RoleRemoved"))));
    }

    private Task<List<string?>> RolesOfAsync(string userId) => factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == userId)
        .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).OrderBy(n => n).ToListAsync());
}

public sealed class UnreadableFormTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Theory]
    [InlineData("a\0b")]
    [InlineData(null)]
    public async Task A_form_body_the_server_cannot_read_gets_a_clear_400_page(string? value)
    {
        var client = factory.CreateBrowserClient();
        var page = await client.GetPageAsync("/Account/Register");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/Account/Register", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("FullName", value ?? new string('x', 5 * 1024 * 1024))]));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {System.Text.RegularExpressions.Regex.Match(text, "<h1>[^<]*").Value}");
        Assert.Contains("That request could not be understood", text);
    }
}
