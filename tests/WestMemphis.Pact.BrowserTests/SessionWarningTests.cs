using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// WCAG 2.2.1: a staff session about to time out warns, and the person can extend it. The real 30-minute
/// time-out and 2-minute warning, with both clocks moved by the test: the app's (a FakeTimeProvider) and
/// the page's (Playwright's clock), so nothing waits in real time.
/// </summary>
public sealed class SessionWarningTests : IAsyncLifetime
{
    private readonly BrowserFixture _fixture = new();
    private readonly FakeTimeProvider _serverClock = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync()
    {
        _fixture.App.Clock = _serverClock;
        await _fixture.InitializeAsync();
    }

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task A_staff_member_is_warned_before_the_idle_time_out_and_can_stay_signed_in()
    {
        var email = $"warn-{Guid.NewGuid():N}@example.com";
        await _fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var page = await _fixture.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.LoginAsync(email);
        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "You will be signed out soon" });

        await page.Clock.FastForwardAsync("27:00");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("01:01");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" })).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();

        _serverClock.Advance(TimeSpan.FromMinutes(28) + TimeSpan.FromSeconds(1));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // 48 minutes after logging in, 20 after staying: still signed in.
        _serverClock.Advance(TimeSpan.FromMinutes(20));
        await page.GotoAsync("/Account/Manage");
        Assert.EndsWith("/Account/Manage", page.Url);
    }
}
