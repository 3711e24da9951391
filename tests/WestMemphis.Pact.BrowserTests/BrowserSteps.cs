using Microsoft.Playwright;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>What a person does in the browser, shared by every browser test.</summary>
public static class BrowserSteps
{
    /// <summary>Logs in through the real form, answering the two-factor prompt for staff.</summary>
    public static async Task LoginAsync(this IPage page, string email, string password = TestUsers.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        if (Totp.KeysByEmail.TryGetValue(email, out var key))
        {
            await page.GetByLabel("6-digit code").FillAsync(Totp.NextCode(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        // Attached rather than visible: on a phone the log-out button sits in the collapsed menu.
        await Assertions.Expect(page.Locator("form[action='/Account/Logout']")).ToBeAttachedAsync();

        // The page's own scripts (deferred) have run: a test that moves the page's clock next moves it for them too.
        // Read from the document itself: in two whole runs, Playwright's own record of the page's load event missed it
        // after a staff sign-in's redirect (it saw the network go idle, never the load) and the wait ran out at 15 s.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }
}
