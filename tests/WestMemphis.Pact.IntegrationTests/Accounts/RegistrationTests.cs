using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

public sealed class RegistrationTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_resident_registers_confirms_from_the_email_logs_in_and_out()
    {
        var client = factory.CreateBrowserClient();
        var email = $"pat-{Guid.NewGuid():N}@example.com";

        var registered = await client.RegisterAsync(email);
        Assert.Equal(HttpStatusCode.OK, registered.Status);
        Assert.Contains("Check your email", registered.Text);

        // Not confirmed yet: log-in is refused with a clear message.
        var early = await client.LoginAsync(email);
        Assert.Contains("confirm your email", early.Text);

        var (subject, _, link) = await factory.LatestMailAsync(email, "/Account/ConfirmEmail");
        Assert.Contains("Confirm", subject);
        Assert.NotNull(link);
        var confirmed = await client.GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Contains("your email is confirmed", confirmed.Text);

        var home = await client.LoginAsync(email);
        Assert.Equal("/", home.Url.AbsolutePath);
        Assert.Contains("My PACT", home.Document.QuerySelector("nav")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.UserRoles.AnyAsync(ur =>
            ur.UserId == db.Users.Single(u => u.Email == email).Id && ur.RoleId == db.Roles.Single(r => r.Name == Roles.Resident).Id)));

        var after = await client.LogoutAsync();
        Assert.Contains("logged out", after.Text);
        Assert.Contains("Log in", after.Document.QuerySelector("nav")!.TextContent);
        var mine = await factory.CreateBrowserClient(followRedirects: false).GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
    }

    [Fact]
    public async Task Confirmation_email_is_queued_in_the_same_transaction_and_delivered_as_eml()
    {
        var email = $"mail-{Guid.NewGuid():N}@example.com";
        await factory.CreateBrowserClient().RegisterAsync(email);

        await factory.SendQueuedMailAsync();

        var files = factory.SentMail().Select(File.ReadAllText).Where(t => t.Contains(email, StringComparison.Ordinal)).ToList();
        Assert.Single(files);
        Assert.Contains("Confirm your PACT West Memphis account", files[0]);
    }

    [Fact]
    public async Task Registering_an_existing_address_looks_the_same_and_mails_the_owner()
    {
        var email = $"twice-{Guid.NewGuid():N}@example.com";
        var first = await factory.CreateBrowserClient().RegisterAsync(email);
        var second = await factory.CreateBrowserClient().RegisterAsync(email, name: "Someone Else");

        Assert.Equal(first.Url.AbsolutePath, second.Url.AbsolutePath);
        Assert.Equal(first.Document.QuerySelector("main")!.TextContent, second.Document.QuerySelector("main")!.TextContent);
        var (subject, _, _) = await factory.LatestMailAsync(email);
        Assert.Contains("already have", subject);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Bad_registration_keeps_what_was_typed_and_explains_each_problem()
    {
        var client = factory.CreateBrowserClient();
        var page = await client.GetPageAsync("/Account/Register");
        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["FullName"] = "Pat \"><svg onload=alert(1)>",
            ["Email"] = "not-an-email",
            ["Password"] = "short",
            ["ConfirmPassword"] = "different",
            ["PhoneNumber"] = "' OR 1=1--",
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("Enter an email address like name@example.com.", result.Errors);
        Assert.Contains(result.Errors, e => e.Contains("at least 12 characters", StringComparison.Ordinal));
        Assert.Contains("The two passwords do not match.", result.Errors);
        Assert.Contains(result.Errors, e => e.Contains("13 or older", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("phone number", StringComparison.Ordinal));
        Assert.Equal("not-an-email", result.FieldValue("Email"));
        Assert.Equal("Pat \"><svg onload=alert(1)>", result.FieldValue("FullName"));
        Assert.Null(result.Document.QuerySelector("main svg"));
        Assert.Equal("", result.FieldValue("Password"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "not-an-email")));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("123456789012")]
    public async Task Common_passwords_are_refused(string password)
    {
        var email = $"weak-{Guid.NewGuid():N}@example.com";
        var result = await factory.CreateBrowserClient().RegisterAsync(email, password);

        Assert.Contains(result.Errors, e => e.Contains("too common", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_long_passphrase_is_accepted()
    {
        var email = $"long-{Guid.NewGuid():N}@example.com";
        var password = string.Join(' ', Enumerable.Repeat("river maple lantern", 6));
        Assert.True(password.Length > 64);

        var result = await factory.CreateBrowserClient().RegisterAsync(email, password);

        Assert.Contains("Check your email", result.Text);
    }

    [Fact]
    public async Task Under_thirteens_cannot_create_an_account()
    {
        var client = factory.CreateBrowserClient();
        var page = await client.GetPageAsync("/Account/Register");
        var email = $"kid-{Guid.NewGuid():N}@example.com";
        var result = await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["FullName"] = "Kid", ["Email"] = email, ["Password"] = TestUsers.Password, ["ConfirmPassword"] = TestUsers.Password,
            ["IsThirteenOrOlder"] = "false",
        });

        Assert.Contains(result.Errors, e => e.Contains("13 or older", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }
}
