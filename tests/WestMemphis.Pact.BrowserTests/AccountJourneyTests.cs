using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

public sealed partial class AccountJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_resident_registers_confirms_logs_in_out_and_resets_the_password()
    {
        var page = await fixture.NewPageAsync();
        var email = $"journey-{Guid.NewGuid():N}@example.com";

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register" }).First.ClickAsync();
        await page.GetByLabel("Your name").FillAsync("Jamie Journey");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.Locator("#Password").FillAsync(TestUsers.Password);
        await page.GetByLabel("Type the password again").FillAsync(TestUsers.Password);
        await page.GetByLabel("I am 13 years old or older").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        // The confirmation email, as the outbox worker writes it.
        await fixture.App.SendQueuedMailAsync();
        var confirmLink = LinkIn(MailTo(email), "/Account/ConfirmEmail");
        await page.GotoAsync(new Uri(confirmLink).PathAndQuery);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("confirmed") })).ToBeVisibleAsync();

        // Confirming in the browser that registered signs the resident in (docs/security.md, "Confirmation link").
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My PACT" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("logged out");

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My PACT" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("logged out");

        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        await fixture.App.SendQueuedMailAsync();
        var resetLink = LinkIn(MailTo(email), "/Account/ResetPassword");
        await page.GotoAsync(new Uri(resetLink).PathAndQuery);
        const string newPassword = "lantern orchard harbor violet";
        await page.Locator("#Password").FillAsync(newPassword);
        await page.GetByLabel("Type the new password again").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password has been changed");

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My PACT" })).ToBeVisibleAsync();
    }

    private string MailTo(string email) =>
        fixture.App.SentMail().Select(File.ReadAllText).Last(text => text.Contains(email, StringComparison.Ordinal));

    private static string LinkIn(string eml, string pathPart)
    {
        // Plain-text part of the .eml; quoted-printable may wrap long lines with "=\r\n".
        var text = eml.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
        return LinkPattern().Matches(text).Select(m => m.Value).First(u => u.Contains(pathPart, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex LinkPattern();
}
