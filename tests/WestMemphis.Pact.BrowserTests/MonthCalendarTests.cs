using Microsoft.Playwright;
using WestMemphis.Pact.IntegrationTests.Events;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>The month view on a phone is an agenda that fits the screen; on a desktop it is the seven-day grid.</summary>
public sealed class MonthCalendarTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_the_month_is_an_agenda_within_390_pixels_and_the_active_view_is_marked()
    {
        var e = await fixture.App.PublishedEventAsync(3);
        var month = e.StartUtc.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync($"/events?view=month&month={month}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "pact-month-390.png"), FullPage = true });

        await Assertions.Expect(page.Locator(".month-agenda").GetByRole(AriaRole.Link, new() { NameRegex = new(e.Title) })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Month calendar" })).ToBeHiddenAsync();
        var widest = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('main *')].filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().right))");
        Assert.True(widest <= 390, $"Something in the month view reaches {widest} px on a 390 px screen");
        var active = page.GetByRole(AriaRole.Navigation, new() { Name = "Event views" }).Locator("[aria-current=page]");
        Assert.Equal("Month", (await active.InnerTextAsync()).Trim());
        var (activeColour, otherColour) = (await BackgroundAsync(active), await BackgroundAsync(page.GetByRole(AriaRole.Link, new() { Name = "List", Exact = true })));
        Assert.NotEqual(otherColour, activeColour);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_month_is_the_seven_day_grid()
    {
        var e = await fixture.App.PublishedEventAsync(3);
        var month = e.StartUtc.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var page = await fixture.NewPageAsync(width: 1280);
        await page.GotoAsync($"/events?view=month&month={month}");

        var grid = page.GetByRole(AriaRole.Region, new() { Name = "Month calendar" });
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { NameRegex = new(e.Title) })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".month-agenda")).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();
    }

    private static Task<string> BackgroundAsync(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
