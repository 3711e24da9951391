using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// A first-time volunteer, from an anonymous "Sign up" to a confirmed shift, counted in the pages they see. The shift
/// travels through log-in, registration, the confirmation email and the volunteer profile; nothing is asked twice.
/// </summary>
public sealed partial class FirstSignupJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Event, log-in, register, check your email, profile, confirm the shift, back on the event signed up.</summary>
    private const int MostPages = 7;

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task An_anonymous_sign_up_ends_on_a_confirmed_shift_in_seven_pages(int width, int height)
    {
        var e = await fixture.App.PublishedEventAsync(3);
        var email = EventSteps.Unique($"first-{width}");
        var page = await fixture.NewPageAsync(width, height);
        var pages = new List<string>();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                pages.Add(new Uri(frame.Url).AbsolutePath);
            }
        };
        var shots = Environment.GetEnvironmentVariable("PACT_SHOTS") ?? Path.Combine(Path.GetTempPath(), "pact-shots");
        Directory.CreateDirectory(shots);
        async Task ShotAsync(string name)
        {
            await page.AssertAccessibleAsync();
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, $"{name} scrolls sideways at {width} px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"first-signup-{width}-{name}.png"), FullPage = true });
        }

        await page.GotoAsync(e.EventUrl());
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up for Crew 1" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Log in to sign up for Crew 1 at {e.Title}")).ToBeVisibleAsync();
        await ShotAsync("1-login");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"we bring you back to sign up for Crew 1 at {e.Title}")).ToBeVisibleAsync();
        await page.GetByLabel("Your name").FillAsync("Morgan First");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.Locator("#Password").FillAsync(TestUsers.Password);
        await page.GetByLabel("Type the password again").FillAsync(TestUsers.Password);
        await page.GetByLabel("Phone (optional)").FillAsync("870-555-0177");
        await page.GetByLabel("Your area (optional)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("I am 13 years old or older").CheckAsync();
        await ShotAsync("2-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        var (_, _, link) = await fixture.App.LatestMailAsync(email, "/Account/ConfirmEmail");
        Assert.NotNull(link);
        await page.GotoAsync(new Uri(link).PathAndQuery);

        // The profile starts from what registration asked (phone, area): only the age and the waiver are new.
        await Assertions.Expect(page.GetByLabel("Phone")).ToHaveValueAsync("870-555-0177");
        Assert.NotEqual("", await page.GetByLabel("Your area (optional)").InputValueAsync());
        await page.GetByLabel("Your age").SelectOptionAsync(new SelectOptionValue { Label = "18 or older" });
        await page.GetByLabel("I have read and accept the volunteer waiver").CheckAsync();
        await ShotAsync("3-profile");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = SavePattern() }).ClickAsync();

        await Assertions.Expect(page.GetByText("Crew 1").First).ToBeVisibleAsync();
        await ShotAsync("4-confirm");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = ConfirmPattern() }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You're signed up");
        await Assertions.Expect(page.GetByText("You are signed up for this shift.")).ToBeVisibleAsync();
        await ShotAsync("5-signed-up");

        Assert.True(pages.Count <= MostPages, $"{pages.Count} pages: {string.Join(" → ", pages)}");
        Assert.Single(await fixture.App.SignupsAsync(e.Shifts[0].Id));
    }

    [GeneratedRegex("^Save")]
    private static partial Regex SavePattern();

    [GeneratedRegex("^(Confirm|Sign up|Yes)")]
    private static partial Regex ConfirmPattern();
}
