using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

public sealed class PasswordResetTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_emailed_link()
    {
        var email = $"forgot-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();

        var forgot = await client.GetPageAsync("/Account/ForgotPassword");
        var sent = await client.SubmitAsync(forgot, new Dictionary<string, string?> { ["Email"] = email });
        Assert.Contains("Check your email", sent.Text);

        var (_, _, link) = await factory.LatestMailAsync(email, "/Account/ResetPassword");
        var reset = await client.GetPageAsync(new Uri(link!).PathAndQuery);
        const string newPassword = "a brand new river lantern";
        var done = await client.SubmitAsync(reset, new Dictionary<string, string?> { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword });
        Assert.Contains("Your password has been changed", done.Text);

        var oldLogin = await factory.CreateBrowserClient().LoginAsync(email);
        Assert.Contains("do not match", oldLogin.Text);
        var newLogin = await factory.CreateBrowserClient().LoginAsync(email, newPassword);
        Assert.Equal("/", newLogin.Url.AbsolutePath);

        // The link works once.
        var again = await client.SubmitAsync(reset, new Dictionary<string, string?> { ["Password"] = "yet another long passphrase", ["ConfirmPassword"] = "yet another long passphrase" });
        Assert.Contains("not valid or has expired", again.Text);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_unknown_addresses()
    {
        var known = $"known-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(known);

        async Task<string> AskAsync(string email)
        {
            var client = factory.CreateBrowserClient();
            var page = await client.GetPageAsync("/Account/ForgotPassword");
            var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = email });
            return result.Url.AbsolutePath + "|" + result.Document.QuerySelector("main")!.TextContent;
        }

        Assert.Equal(await AskAsync(known), await AskAsync($"nobody-{Guid.NewGuid():N}@example.com"));
    }

    [Fact]
    public async Task A_forged_reset_code_is_refused_with_a_message()
    {
        var email = $"forged-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        var page = await client.GetPageAsync($"/Account/ResetPassword?email={Uri.EscapeDataString(email)}&code=bm90LWEtdG9rZW4");

        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Password"] = "some long new passphrase", ["ConfirmPassword"] = "some long new passphrase" });

        Assert.Contains("not valid or has expired", result.Text);
        Assert.Equal("/", (await factory.CreateBrowserClient().LoginAsync(email)).Url.AbsolutePath);
    }
}
