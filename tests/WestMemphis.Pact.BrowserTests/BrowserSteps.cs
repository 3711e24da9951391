using Microsoft.Playwright;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>What a person does in the browser, shared by every browser test.</summary>
public static class BrowserSteps
{
    /// <summary>Logs in through the real form (and, for staff, any second step the app asks for).</summary>
    public static async Task LoginAsync(this IPage page, string email, string password = TestUsers.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
    }
}
