using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>Events and volunteering in a real browser, with axe-core on every page of the feature.</summary>
public sealed partial class EventsJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_resident_goes_from_the_events_list_to_a_confirmed_sign_up_and_back_to_a_cancellation()
    {
        var e = await fixture.App.PublishedEventAsync(4);
        var email = EventSteps.Unique("journey-resident");
        await fixture.App.VolunteerAsync(email);
        var page = await NewPageAsync();
        await page.LoginAsync(email);

        await page.GotoAsync("/events");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = e.Title }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = e.Title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("4 of 4 spots left")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up for Crew 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You're signed up");
        await Assertions.Expect(page.GetByText("You are signed up for this shift.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("3 of 4 spots left")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "My PACT" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = e.Title })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        // Cancelling asks first (a page of its own, no script needed), then offers Undo.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = CancelPattern() }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cancel your shift?", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel my shift" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your sign-up is cancelled");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = UndoPattern() })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Done" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No upcoming shifts.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Cancelling_a_shift_asks_first_and_offers_undo_at_phone_width()
    {
        var e = await fixture.App.PublishedEventAsync(4);
        var email = EventSteps.Unique("phone-resident");
        await fixture.App.VolunteerAsync(email);
        var page = await fixture.NewPageAsync(390, 844);
        await page.LoginAsync(email);
        await page.GotoAsync(e.EventUrl());
        await page.GetByRole(AriaRole.Button, new() { NameRegex = SignUpPattern() }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You're signed up");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = CancelPattern() }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cancel your shift?", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
        Directory.CreateDirectory("/work/shots/r2e");
        await page.ScreenshotAsync(new() { Path = "/work/shots/r2e/cancel-confirmation-390.png", FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel my shift" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your shift is cancelled", Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = "/work/shots/r2e/cancelled-undo-390.png", FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { NameRegex = UndoPattern() }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Undone: you're signed up again.");
        await Assertions.Expect(page.GetByText("You are signed up for this shift.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_coordinator_creates_an_event_with_a_shift_publishes_it_and_checks_a_volunteer_in()
    {
        var email = EventSteps.Unique("journey-coordinator");
        await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var page = await NewPageAsync();
        await page.LoginAsync(email);
        // The rest on a phone, as at the door of an event (log-in's helper expects the desktop menu).
        await page.SetViewportSizeAsync(390, 844);
        var year = DateTime.UtcNow.Year + 1;

        await page.GotoAsync("/manage/events");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New event" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Title").FillAsync("Browser cleanup day");
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Environmental cleanup" });
        await page.GetByLabel("Place and address").FillAsync("Eugene Woods Civic Center");
        await page.GetByLabel("Start date").FillAsync($"{year}-04-10");
        await page.GetByLabel("Start time").FillAsync("08:00");
        await page.GetByLabel("End time").FillAsync("12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved as a draft");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a shift" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Role").FillAsync("Litter crew");
        await page.GetByLabel("Volunteers needed").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save shift" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Capacity must be a whole number");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Volunteers needed").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save shift" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Litter crew");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published");

        // A resident signs up (arranged through the same service the sign-up form uses).
        var eventId = int.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        var volunteer = await fixture.App.VolunteerAsync(EventSteps.Unique("door"));
        using (var scope = fixture.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WestMemphis.Pact.Data.AppDbContext>();
            var shiftId = db.Shifts.Single(s => s.EventId == eventId).Id;
            var result = await scope.ServiceProvider.GetRequiredService<ShiftSignups>().SignUpAsync(shiftId, volunteer.Id, Guid.NewGuid().ToString("N"));
            Assert.Equal(SignupOutcome.Confirmed, result.Outcome);
        }

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Roster and check-in for Litter crew" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Check in {volunteer.FullName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("checked in");
        // The redirect ends at the volunteer's row (#signup-N): the browser scrolls there once the page has loaded, so a
        // click aimed before that lands where the button was. A person sees the page settle first; so does the test.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Check out {volunteer.FullName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("checked out");
        await page.AssertAccessibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the roster on a phone");

        foreach (var url in new[] { $"/manage/events/{eventId}/edit", $"/manage/events/{eventId}/cancel", $"/manage/events/{eventId}/message",
                     $"/manage/events/{eventId}/results", "/manage/volunteers", $"/manage/volunteers/{volunteer.Id}", "/manage/events?status=past" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task Resident_and_public_event_pages_have_no_violations_and_reflow_at_320_pixels()
    {
        var e = await fixture.App.PublishedEventAsync(1, 3);
        var full = await fixture.App.PublishedEventAsync(1);
        await fixture.App.VolunteerAsync(EventSteps.Unique("seat"));
        var email = EventSteps.Unique("axe-resident");
        await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Resident);
        var page = await NewPageAsync(width: 320, height: 640);
        foreach (var url in new[] { "/events", "/events?view=month", "/volunteer", $"/events/{e.Id}/x", "/" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await AssertNoSidewaysScrollAsync(page, url);
        }

        await page.SetViewportSizeAsync(1280, 900);
        await page.LoginAsync(email);
        await page.SetViewportSizeAsync(320, 640);

        // "Sign up" on a phone before having a profile: the profile, then one click to confirm that same shift.
        await page.GotoAsync($"/events/{full.Id}/x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up for Crew 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("fill in your volunteer profile");
        await Assertions.Expect(page.GetByText($"Next, you can confirm your sign-up for Crew 1 at {full.Title}")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter a phone number");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Phone").FillAsync("870-555-0123");
        await page.GetByLabel("Your age").SelectOptionAsync(new SelectOptionValue { Label = "18 or older" });
        await page.GetByLabel("I have read and accept the volunteer waiver").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("profile is saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your sign-up", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("1 of 1 spots left")).ToBeVisibleAsync();
        Assert.Empty(await fixture.App.SignupsAsync(full.Shifts[0].Id));
        await page.AssertAccessibleAsync();
        await AssertNoSidewaysScrollAsync(page, "the sign-up confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up for Crew 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You're signed up");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = full.Title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("You are signed up for this shift.")).ToBeVisibleAsync();

        await page.GotoAsync($"/events/{e.Id}/x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up for Crew 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We could not sign you up" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        foreach (var url in new[] { "/my", "/my/follows", "/volunteer/profile", $"/events/{full.Id}/x" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await AssertNoSidewaysScrollAsync(page, url);
        }
    }

    /// <summary>A page as Chromium sends it (its own Accept-Encoding: gzip, deflate, br, zstd).</summary>
    private Task<IPage> NewPageAsync(int width = 1280, int height = 900) => fixture.NewPageAsync(width, height);

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string url)
    {
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        var culprits = overflow ? await page.EvaluateAsync<string>(WiderThanPage) : "";
        if (overflow)
        {
            await page.ScreenshotAsync(new() { Path = "/tmp/shot-" + url.Replace("/", "_", StringComparison.Ordinal) + ".png", FullPage = true });
        }

        Assert.False(overflow, $"{url} scrolls sideways at 320 px: {culprits} {await page.EvaluateAsync<string>("() => document.documentElement.scrollWidth + ' vs ' + document.documentElement.clientWidth + ' ' + Array.from(document.querySelectorAll('body *')).filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').slice(-4).map(e => e.tagName + '.' + e.className + ':' + e.scrollWidth + '/' + e.clientWidth).join(' | ')")}");
    }

    private const string WiderThanPage = "() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-5).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 60)).join(' | ')";

    [GeneratedRegex("^Cancel")]
    private static partial Regex CancelPattern();

    [GeneratedRegex("^Undo")]
    private static partial Regex UndoPattern();

    [GeneratedRegex("^Sign up")]
    private static partial Regex SignUpPattern();
}
