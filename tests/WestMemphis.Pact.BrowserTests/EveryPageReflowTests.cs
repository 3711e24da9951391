using WestMemphis.Pact.IntegrationTests.Security;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>The reflow sweep over every page of the role matrix (<see cref="EveryPage"/>), as every role that may open each.</summary>
public sealed class EveryPageReflowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private readonly EveryPage _every = new(fixture);

    /// <summary>
    /// WCAG 1.4.10 on every page each role can open (the navigation and the pages differ by role): nothing
    /// scrolls sideways at 320 px, and every table scrolls inside its own labelled, focusable region.
    /// </summary>
    [Fact]
    public async Task Every_page_of_every_role_reflows_at_320_px_with_wide_tables_in_their_own_scroll_region()
    {
        var (pages, samples, urlFor) = await _every.PagesAsync();
        var problems = new List<string>();
        var visited = 0;
        foreach (var role in EveryPage.EveryRole)
        {
            var page = await _every.SignedInPageAsync(role, 320, 640, samples);
            foreach (var (key, _) in pages.Where(p => AccessMatrix.Allows(p.Value, role)))
            {
                var url = urlFor(key);
                await EveryPage.GoAsync(page, url);
                var who = role ?? "anonymous";
                var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (width > 320)
                {
                    problems.Add($"{url} as {who}: {width} px wide: {await page.EvaluateAsync<string>(WiderThanPage)}");
                }

                var tables = await page.EvaluateAsync<string[]>(TablesOutsideAScrollRegion);
                problems.AddRange(tables.Select(t => $"{url} as {who}: table not in a labelled, focusable scroll region: {t}"));
                problems.AddRange((await page.EvaluateAsync<string[]>(EveryPage.ButtonsOutOfLine)).Select(b => $"{url} as {who}: buttons side by side do not line up: {b}"));
                visited++;
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(visited >= 60, $"only {visited} page visits");
    }

    private const string WiderThanPage =
        "() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-4).map(e => e.tagName + '.' + e.className).join(' | ')";

    private const string TablesOutsideAScrollRegion = @"() => Array.from(document.querySelectorAll('table')).filter(t => {
        const region = t.closest('.table-responsive');
        return !region || region.getAttribute('role') !== 'region' || region.tabIndex !== 0
            || !(region.getAttribute('aria-label') || region.getAttribute('aria-labelledby'))
            || !['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
    }).map(t => (t.querySelector('caption') || t).textContent.trim().slice(0, 60))";
}
