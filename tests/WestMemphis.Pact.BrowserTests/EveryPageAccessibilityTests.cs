using Microsoft.Playwright;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// axe-core on every GET page of the role matrix, signed in as a role that may see it (<see cref="EveryPage"/>), with reflow
/// at 320 px in the same visit, and the log-in and register forms by keyboard. Reflow as the other roles is its own class
/// (<see cref="EveryPageReflowTests"/>), so the two sweeps run side by side, each on its own app.
/// </summary>
public sealed class EveryPageAccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private readonly EveryPage _every = new(fixture);

    /// <summary>
    /// axe at 1280 px on every page as a role that may see it; then the same page narrowed to 320 px is checked for
    /// reflow in the same visit (the portal's scripts do not read the width, so narrowing is the same as loading narrow).
    /// </summary>
    [Fact]
    public async Task Every_page_in_the_role_matrix_passes_axe_and_reflows_at_320_px_as_a_role_that_may_see_it()
    {
        var (pages, samples, urlFor) = await _every.PagesAsync();

        var visited = 0;
        var outOfLine = new List<string>();
        var reflow = new List<string>();
        foreach (var group in pages.GroupBy(p => EveryPage.RoleFor[p.Value]))
        {
            var page = await _every.SignedInPageAsync(group.Key, 1280, 900, samples);
            foreach (var (key, _) in group)
            {
                var url = urlFor(key);
                await EveryPage.GoAsync(page, url);
                await page.AssertAccessibleAsync();
                outOfLine.AddRange((await page.EvaluateAsync<string[]>(EveryPage.ButtonsOutOfLine)).Select(b => $"{url}: {b}"));
                await page.SetViewportSizeAsync(320, 640);
                reflow.AddRange(await EveryPage.ReflowProblemsAsync(page, url, group.Key));
                await page.SetViewportSizeAsync(1280, 900);
                visited++;
            }

            await page.Context.CloseAsync();
        }

        Assert.True(visited >= 20, $"only {visited} pages visited");
        Assert.True(outOfLine.Count == 0, "buttons side by side that do not line up:\n" + string.Join("\n", outOfLine));
        Assert.True(reflow.Count == 0, "at 320 px:\n" + string.Join("\n", reflow));
    }

    [Fact]
    public async Task Log_in_and_register_forms_work_by_keyboard_in_a_sensible_order_with_visible_focus()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.Locator("#Email").FocusAsync();
        var order = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            order.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
            await AssertFocusVisibleAsync(page);
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(["Email", "Password", "RememberMe", "Log in"], order);

        await page.GotoAsync("/Account/Register");
        await page.Locator("#FullName").FocusAsync();
        var registerOrder = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            registerOrder.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.textContent.trim()"));
            await AssertFocusVisibleAsync(page);
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(["FullName", "Email", "Password", "ConfirmPassword", "PhoneNumber", "AreaId", "IsThirteenOrOlder", "Create account"], registerOrder);

        // Submitting by keyboard with errors moves focus to the error summary, which lists them.
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
    }

    private static async Task AssertFocusVisibleAsync(IPage page)
    {
        var visible = await page.EvaluateAsync<bool>(@"() => {
            const s = getComputedStyle(document.activeElement);
            return (s.outlineStyle !== 'none' && s.outlineStyle !== 'auto' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
        }");
        var what = await page.EvaluateAsync<string>("() => { const e = document.activeElement; const s = getComputedStyle(e); return e.tagName + '#' + e.id + ' outline=' + s.outlineStyle + ' ' + s.outlineWidth + ' shadow=' + s.boxShadow; }");
        Assert.True(visible, "no visible focus indicator on " + what);
    }
}
