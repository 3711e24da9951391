using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Presentations;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>A visit request from the public form to completion in a real browser, the requester following each step on /status.</summary>
public sealed partial class PresentationsJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_request_goes_from_the_public_form_through_a_refused_conflicting_booking_and_scheduling_to_completion()
    {
        var email = $"journey-{Guid.NewGuid():N}@example.com";
        var day = PresentationSteps.DaysAhead(40);

        // Someone else already has Rusty from 9:00 to 10:00 that day.
        await fixture.App.ArrangeRequestAsync("Bragg Street Club", day, 9, bookRusty: true);

        // 1. The requester, not signed in, uses the public form.
        var requester = await fixture.NewPageAsync();
        await requester.GotoAsync("/");
        await requester.GetByRole(AriaRole.Link, new() { Name = "Request a visit" }).First.ClickAsync();
        await requester.AssertAccessibleAsync();
        await requester.Locator("#RequesterName").FillAsync("Robin Requester");
        await requester.Locator("#RequesterEmail").FillAsync(email);
        await requester.Locator("#RequesterPhone").FillAsync("870-555-0123");
        await requester.GetByLabel("Or your organization's name").FillAsync("Journey Youth Club");
        await requester.GetByLabel("What would you like?").SelectOptionAsync(new SelectOptionValue { Label = "Rusty the Crime Dog visit" });
        await requester.GetByLabel("Stranger danger").CheckAsync();
        await requester.GetByLabel("Audience size").FillAsync("120");
        await requester.GetByLabel("Indoor or outdoor").SelectOptionAsync("Indoor");
        await requester.GetByLabel("Time allotted (minutes)").FillAsync("45");
        await requester.GetByLabel("Place and address").FillAsync("Journey Youth Club hall, 5 Test Ave");
        await requester.Locator("#Option1Date").FillAsync(day);
        await requester.Locator("#Option1Start").FillAsync("09:15");
        await requester.Locator("#Option1End").FillAsync("10:00");
        await requester.Locator("#Option2Date").FillAsync(PresentationSteps.DaysAhead(42));
        await requester.Locator("#Option2Start").FillAsync("09:15");
        await requester.Locator("#Option2End").FillAsync("10:00");
        await requester.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(requester.GetByRole(AriaRole.Status)).ToContainTextAsync("Your reference code is");
        await requester.AssertAccessibleAsync();
        var code = CodePattern().Match(await requester.GetByRole(AriaRole.Status).InnerTextAsync()).Value;

        async Task StatusShowsAsync(string expected)
        {
            await requester.GotoAsync("/status");
            await requester.GetByLabel("Reference code").FillAsync(code);
            await requester.GetByLabel("Email").FillAsync(email);
            await requester.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Assertions.Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"{code}: {expected}" })).ToBeVisibleAsync();
            await requester.AssertAccessibleAsync();
        }

        await StatusShowsAsync("Submitted");

        // 2. The coordinator triages it.
        var coordinatorEmail = $"journey-coord-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(coordinatorEmail, TestUsers.Password, Roles.Coordinator);
        var coordinator = await fixture.NewPageAsync();
        await coordinator.LoginAsync(coordinatorEmail);
        await coordinator.GotoAsync("/manage/presentations");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Mark under review" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked under review");
        await StatusShowsAsync("Under review");

        // 3. Rusty alone is refused: he needs a handler.
        var officerEmail = $"journey-officer-{Guid.NewGuid():N}@example.com";
        var officer = await fixture.App.CreateUserAsync(officerEmail, TestUsers.Password, Roles.Officer);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Schedule" }).ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await Assertions.Expect(coordinator.GetByLabel("Rusty the Crime Dog")).ToBeCheckedAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Rusty the Crime Dog needs a handler");
        await coordinator.AssertAccessibleAsync();

        // Booking Rusty with his handler at the first choice clashes with the other visit: refused, naming it, suggesting choice 2.
        await coordinator.GetByLabel(officer.FullName).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Rusty the Crime Dog is already booked for Bragg Street Club");
        await Assertions.Expect(coordinator.GetByText(ChoiceTwoFree())).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        Assert.Equal(PresentationStatus.UnderReview, (await fixture.App.RequestAsync(code)).Status);

        // 4. Scheduled at the free choice.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "use choice 2" }).ClickAsync();
        await coordinator.GetByLabel(officer.FullName).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Scheduled");
        await StatusShowsAsync("Scheduled");
        await Assertions.Expect(requester.GetByText("with Rusty the Crime Dog")).ToBeVisibleAsync();

        // 5. After the visit (arrangement: the visit is moved into the past), completed with the people reached.
        await fixture.App.WithDbAsync(db => db.Appearances.Where(a => a.Request!.ReferenceCode == code)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.StartUtc, DateTime.UtcNow.AddHours(-3)).SetProperty(a => a.EndUtc, DateTime.UtcNow.AddHours(-2))));
        await coordinator.ReloadAsync();
        await coordinator.GetByLabel("Students or people reached").FillAsync("118");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Mark completed" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("118 people reached");
        await StatusShowsAsync("Completed");
        Assert.Equal(118, (await fixture.App.RequestAsync(code)).PeopleReached);
    }

    [Fact]
    public async Task Declining_asks_on_a_page_of_its_own_with_the_reason_at_phone_width()
    {
        var request = await fixture.App.ArrangeRequestAsync("Decline Phone Club", PresentationSteps.DaysAhead(60), 10, bookRusty: false);
        var coordinatorEmail = $"decline-coord-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(coordinatorEmail, TestUsers.Password, Roles.Coordinator);
        var page = await fixture.NewPageAsync(390, 844);
        await page.LoginAsync(coordinatorEmail);
        await page.GotoAsync($"/manage/presentations/{request.Id}");

        // No red form beside Schedule: a "Decline…" link leads to the confirmation page.
        await Assertions.Expect(page.Locator("form[action$='/decline']")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Decline…" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = $"Decline request {request.ReferenceCode}?" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
        Directory.CreateDirectory("/work/shots/r2e");
        await page.ScreenshotAsync(new() { Path = "/work/shots/r2e/decline-confirmation-390.png", FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "No, keep it" }).ClickAsync();
        Assert.Equal(PresentationStatus.Submitted, (await fixture.App.RequestAsync(request.ReferenceCode)).Status);
        await page.GetByRole(AriaRole.Link, new() { Name = "Decline…" }).ClickAsync();
        await page.GetByLabel("Reason (sent to the requester)").FillAsync("We are fully booked that week.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, decline the request" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Declined");
        Assert.Equal(PresentationStatus.Declined, (await fixture.App.RequestAsync(request.ReferenceCode)).Status);
    }

    [GeneratedRegex("PR-[23456789A-Z]{8}")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"free\s+—\s+use choice 2")]
    private static partial Regex ChoiceTwoFree();
}
