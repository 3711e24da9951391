using Microsoft.Playwright;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>Issue 21, item 4: the concern form's "we couldn't place it" state, on a phone and on a desktop, with axe and screenshots.</summary>
public sealed class ConcernPlacingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task A_place_the_lookup_cannot_place_is_said_with_the_area_list_before_sending(int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        page.Context.SetDefaultTimeout(60_000);
        await page.GotoAsync("/concerns/new");
        await page.GetByLabel("What is it about?").SelectOptionAsync(new SelectOptionValue { Label = "Traffic and speeding" });
        await page.GetByLabel("Where?").FillAsync("Behind the old feed store");
        await page.GetByLabel("What is happening?").FillAsync("Cars race through the lot at night.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send concern" }).ClickAsync();

        await Assertions.Expect(page.Locator("#unplaced")).ToContainTextAsync("We couldn't tell which area “Behind the old feed store” is in");
        await Assertions.Expect(page.GetByLabel("Area", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send it as it is: the coordinator will place it" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page scrolls sideways.");
        var folder = Environment.GetEnvironmentVariable("PACT_SHOTS") ?? Path.GetTempPath();
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"concern-unplaced-{width}.png"), FullPage = true });
    }
}
