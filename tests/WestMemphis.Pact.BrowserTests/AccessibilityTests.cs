using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>axe-core (WCAG 2.1 AA) on every page built so far, as the role that may see it.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> PublicPages =>
    [
        "/", "/about", "/accessibility", "/privacy", "/Account/Login", "/Account/Register", "/Account/ForgotPassword",
        "/Account/ForgotPasswordConfirmation", "/Account/RegisterConfirmation", "/Account/ResendConfirmation",
        "/Account/Lockout", "/Account/ResetPassword?email=a%40example.com&code=x", "/Account/ConfirmEmail?userId=x&code=y",
        "/no-such-page", "/error/500",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_has_no_violations(string url)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(url);
        await page.AssertAccessibleAsync();
    }

    /// <summary>The check itself can fail: an unlabelled field and grey-on-white text put into a clean page are both reported.</summary>
    [Fact]
    public async Task The_axe_check_reports_a_violation_put_into_a_clean_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/about");
        await page.AssertAccessibleAsync();
        await page.EvaluateAsync(@"() => {
            const main = document.querySelector('main');
            const field = document.createElement('input');
            field.type = 'text';
            const faint = document.createElement('p');
            faint.textContent = 'Hard to read';
            faint.style.color = '#c8c8c8';
            main.append(field, faint);
        }");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(page.AssertAccessibleAsync);
        Assert.Contains("label (critical)", failure.Message);
        Assert.Contains("color-contrast (serious)", failure.Message);
    }

    [Fact]
    public async Task The_page_is_styled_with_what_Chromium_is_sent_for_its_own_Accept_Encoding()
    {
        var page = await fixture.NewPageAsync();
        var styles = new List<(string Url, string? Encoding, string? Type)>();
        page.Response += (_, r) =>
        {
            var path = new Uri(r.Url).AbsolutePath;
            if (path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            {
                styles.Add((r.Url, r.Headers.GetValueOrDefault("content-encoding"), r.Headers.GetValueOrDefault("content-type")));
            }
        };
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.True(styles.Count >= 4, string.Join(", ", styles.Select(s => s.Url)));
        Assert.All(styles, s => Assert.Matches("^text/(css|javascript)", s.Type ?? ""));
        // site.css paints the header navy and bootstrap.min.css sets the body font: both arrived and were decoded.
        Assert.Equal("rgb(20, 40, 75)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("flex", await page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.NotEqual("block", await page.Locator(".navbar").EvaluateAsync<string>("e => getComputedStyle(e).display"));
    }

    [Fact]
    public async Task A_form_with_errors_has_no_violations_and_announces_them()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter your name.");
        await Assertions.Expect(page.GetByLabel("Your name")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Signed_in_pages_have_no_violations()
    {
        var email = $"axe-admin-{Guid.NewGuid():N}@example.com";
        var admin = await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Admin, Roles.Resident);
        var page = await fixture.NewPageAsync();
        await page.LoginAsync(email);

        foreach (var url in new[] { "/", "/Account/Manage", "/Account/ChangePassword", "/admin/users", $"/admin/users/{admin.Id}", "/Account/AccessDenied" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task Pages_reflow_at_320_pixels_without_horizontal_scrolling()
    {
        var page = await fixture.NewPageAsync(width: 320, height: 640);
        foreach (var url in new[] { "/", "/about", "/Account/Register", "/Account/Login" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            Assert.False(overflow, $"{url} scrolls sideways at 320 px");
        }
    }
}
