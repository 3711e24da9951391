using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>WCAG 2.2.1: a staff session about to time out warns, and the person can extend it.</summary>
public sealed class SessionWarningTests : IAsyncLifetime
{
    private readonly BrowserFixture _fixture = new();

    public async Task InitializeAsync()
    {
        _fixture.App.With("Sessions:StaffIdleTimeout", "00:00:12").With("Sessions:WarningBefore", "00:00:09");
        await _fixture.InitializeAsync();
    }

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task A_staff_member_is_warned_before_the_idle_time_out_and_can_stay_signed_in()
    {
        var email = $"warn-{Guid.NewGuid():N}@example.com";
        await _fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var page = await _fixture.NewPageAsync();
        await page.LoginAsync(email);

        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "You will be signed out soon" });
        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.GotoAsync("/Account/Manage");
        Assert.EndsWith("/Account/Manage", page.Url);
    }
}
