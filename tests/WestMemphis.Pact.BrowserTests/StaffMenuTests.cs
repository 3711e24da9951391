using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// The header as staff see it: every menu entry on one line (never broken inside a word) at desktop widths, a
/// header of at most two short bars, the staff menu grouped by job with each role seeing only its own jobs.
/// </summary>
public sealed class StaffMenuTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// The main bar (the public pages and the account) takes two lines of whole entries on narrow desktops and one
    /// from 1400 px; the staff bar always one. Letter-by-letter breaking made it 393 px at 1024.
    /// </summary>
    private static int MostHeaderHeight(int width) => width >= 1400 ? 120 : 160;

    private const string MenuEntries = ".site-header .nav-link";

    [Theory]
    [InlineData(1024)]
    [InlineData(1280)]
    [InlineData(1920)]
    public async Task The_menus_of_someone_holding_every_role_fit_in_two_bars_without_a_broken_word(int width)
    {
        var email = $"menu-all-{width}-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Admin, Roles.Coordinator, Roles.Officer, Roles.Resident);
        var page = await fixture.NewPageAsync(width: width);
        await page.LoginAsync(email);
        await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"pact-staff-menu-{width}.png") });

        var height = await page.EvaluateAsync<double>("() => document.querySelector('header.site-header').getBoundingClientRect().height");
        Assert.True(height <= MostHeaderHeight(width), $"At {width} px the header is {height} px tall");
        Assert.Empty(await BrokenEntriesAsync(page));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_staff_menu_opens_from_its_own_button_and_no_entry_breaks()
    {
        var email = $"menu-phone-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.LoginAsync(email);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the staff menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Crime", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Beat and ward mappings" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "pact-staff-menu-390.png"), FullPage = true });
        Assert.Empty(await BrokenEntriesAsync(page));
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "the page scrolls sideways at 390 px with the staff menu open");
    }

    [Theory]
    [InlineData(Roles.Coordinator, "Events,Visits,Liaison,Concerns")]
    [InlineData(Roles.Officer, "Liaison,Crime,Concerns")]
    [InlineData(Roles.Admin, "Events,Visits,Liaison,Crime,Concerns,Admin")]
    [InlineData(Roles.Resident, "")]
    public async Task Each_role_sees_only_the_jobs_it_does(string role, string jobs)
    {
        var email = $"menu-{role}-{Guid.NewGuid():N}@example.com".ToLowerInvariant();
        await fixture.App.CreateUserAsync(email, TestUsers.Password, role);
        var page = await fixture.NewPageAsync();
        await page.LoginAsync(email);
        await page.GotoAsync("/");

        var shown = await page.Locator("nav[aria-label='Staff'] .dropdown-toggle").AllInnerTextsAsync();
        Assert.Equal(jobs.Split(',', StringSplitOptions.RemoveEmptyEntries), shown.Select(s => s.Trim()).ToArray());
    }

    /// <summary>Visible menu entries whose text takes more than one line (a word broken or wrapped).</summary>
    private static Task<string[]> BrokenEntriesAsync(IPage page) =>
        page.EvaluateAsync<string[]>($$"""
            () => [...document.querySelectorAll("{{MenuEntries}}, .site-header .dropdown-menu.show .dropdown-item")]
                .filter(e => e.offsetParent !== null)
                .filter(e => {
                    const range = document.createRange();
                    range.selectNodeContents(e);
                    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    return tops.size > 1;
                })
                .map(e => e.textContent.trim())
            """);
}
