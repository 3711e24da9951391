using WestMemphis.Pact.IntegrationTests.Security;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>The reflow sweep over every page of the role matrix (<see cref="EveryPage"/>), as each role that may open it other than the axe sweep's.</summary>
public sealed class EveryPageReflowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private readonly EveryPage _every = new(fixture);

    /// <summary>
    /// WCAG 1.4.10 on every page each role can open (the navigation and the pages differ by role): nothing
    /// scrolls sideways at 320 px, and every table scrolls inside its own labelled, focusable region. Each page as the
    /// role the axe sweep uses is checked there (<see cref="EveryPageAccessibilityTests"/>); here, as every other role.
    /// </summary>
    [Fact]
    public async Task Every_page_reflows_at_320_px_with_wide_tables_in_their_own_scroll_region_as_every_other_role_that_may_open_it()
    {
        var (pages, samples, urlFor) = await _every.PagesAsync();
        var problems = new List<string>();
        var visited = 0;
        foreach (var role in EveryPage.EveryRole)
        {
            var page = await _every.SignedInPageAsync(role, 320, 640, samples);
            // The role the axe sweep opens a page as has it checked at 320 px in that sweep's own visit.
            foreach (var (key, _) in pages.Where(p => AccessMatrix.Allows(p.Value, role) && EveryPage.RoleFor[p.Value] != role))
            {
                var url = urlFor(key);
                await EveryPage.GoAsync(page, url);
                problems.AddRange(await EveryPage.ReflowProblemsAsync(page, url, role));
                visited++;
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(visited >= 60, $"only {visited} page visits");
    }
}
