using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// A concern on a phone from the public form through triage and a public update the reporter reads on /status,
/// on to a problem that is worked, assessed and closed, and the concern's resolution.
/// </summary>
public sealed class ConcernsJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// This journey signs in staff (password hashing, two-factor) and walks many pages; on the shared two-core
    /// machine a step can take longer than the fixture's 15 s, so its waits (still waits on conditions) get more room.
    /// </summary>
    private static IPage Slow(IPage page)
    {
        page.Context.SetDefaultTimeout(60_000);
        page.Context.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    [Fact]
    public async Task A_concern_goes_from_the_public_form_through_triage_and_a_problem_to_resolution()
    {
        var email = $"reporter-{Guid.NewGuid():N}@example.com";

        // 1. A resident, not signed in, on a phone.
        var reporter = Slow(await fixture.NewPageAsync(390, 844));
        await reporter.GotoAsync("/concerns/new");
        await Assertions.Expect(reporter.GetByText("This is not for emergencies: call 911.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await reporter.AssertAccessibleAsync();
        await reporter.GetByLabel("What is it about?").SelectOptionAsync(new SelectOptionValue { Label = "Illegal dumping" });
        await reporter.GetByLabel("Where?").FillAsync("900 S 16th St");
        await reporter.GetByLabel("What is happening?").FillAsync("Tires dumped behind the vacant lot every weekend.");
        await reporter.GetByLabel("Name").FillAsync("Robin Reporter");
        await reporter.GetByLabel("Email").FillAsync(email);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Send concern" }).ClickAsync();
        // The test portal has no street ranges: the form says it cannot place the address, and the reporter sends it as it is.
        await Assertions.Expect(reporter.Locator("#unplaced")).ToContainTextAsync("We couldn't tell which area", new() { Timeout = 30_000 });
        await reporter.AssertAccessibleAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Send it as it is: the coordinator will place it" }).ClickAsync();
        await Assertions.Expect(reporter.Locator("#sent-area")).ToContainTextAsync("could not tell which area", new() { Timeout = 30_000 });
        var code = (await reporter.Locator("#reference-code").InnerTextAsync()).Trim();
        Assert.StartsWith("C-", code, StringComparison.Ordinal);
        await reporter.AssertAccessibleAsync();

        async Task StatusShowsAsync(string status, string? update = null)
        {
            await reporter.GotoAsync("/status");
            await reporter.GetByLabel("Reference code").FillAsync(code);
            await reporter.GetByLabel("Email").FillAsync(email);
            await reporter.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
            await Assertions.Expect(reporter.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"{code}: {status}" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            if (update is not null)
            {
                await Assertions.Expect(reporter.Locator(".concern-updates")).ToContainTextAsync(update, new() { Timeout = 30_000 });
            }

            await reporter.AssertAccessibleAsync();
        }

        await StatusShowsAsync("New");

        // 2. An officer, also on a phone, triages it.
        var officerEmail = $"officer-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(officerEmail, TestUsers.Password, Roles.Officer);
        var officer = Slow(await fixture.NewPageAsync(390, 844));
        await officer.LoginAsync(officerEmail);
        await officer.GotoAsync("/concerns/manage");
        await officer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await officer.AssertAccessibleAsync();
        await Assertions.Expect(officer.Locator("#reporter")).ToContainTextAsync("Robin Reporter", new() { Timeout = 30_000 });
        await officer.GetByLabel("New status").SelectOptionAsync(new SelectOptionValue { Label = "Acknowledged" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#concern-status")).ToHaveTextAsync("Acknowledged", new() { Timeout = 30_000 });
        await officer.GetByLabel("Text").FillAsync("We will visit the lot on Friday with code enforcement.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator(".concern-public")).ToContainTextAsync("visit the lot on Friday", new() { Timeout = 30_000 });
        await officer.GetByLabel("Text").FillAsync("Lot owner is hard to reach.");
        await officer.GetByLabel("Internal note: staff only").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator(".concern-internal")).ToContainTextAsync("hard to reach", new() { Timeout = 30_000 });

        await StatusShowsAsync("Acknowledged", "We will visit the lot on Friday with code enforcement.");
        Assert.DoesNotContain("hard to reach", await reporter.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains(await fixture.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email).Select(m => m.TextBody).ToListAsync()),
            b => b.Contains("visit the lot on Friday", StringComparison.Ordinal));

        // 3. It becomes part of a problem, worked through SARA.
        await officer.GotoAsync("/problems/new");
        await officer.GetByLabel("Title").FillAsync("Dumping behind the S 16th St lot");
        await officer.GetByLabel("Offender", new() { Exact = true }).FillAsync("Contractors avoiding landfill fees");
        await officer.GetByLabel("Manager (who controls the place)").FillAsync("The lot's owner");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save problem" }).ClickAsync();
        await officer.AssertAccessibleAsync();
        await officer.GetByLabel("Link a concern by reference code").FillAsync(code);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = code })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        foreach (var stage in new[] { "Analysis", "Response" })
        {
            await officer.GetByLabel("Move to stage").SelectOptionAsync(new SelectOptionValue { Label = stage });
            await officer.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
            await Assertions.Expect(officer.Locator("#problem-stage")).ToHaveTextAsync(stage, new() { Timeout = 30_000 });
        }

        await officer.Locator("#action-form input[name='What']").FillAsync("Fence and light the lot");
        await officer.GetByLabel("Who (officer, unit or partner)").FillAsync("Code enforcement");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await officer.Locator("select[id^=status-]").SelectOptionAsync(new SelectOptionValue { Label = "Done" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".action-status")).ToHaveTextAsync("Done", new() { Timeout = 30_000 });
        await officer.GetByLabel("Move to stage").SelectOptionAsync(new SelectOptionValue { Label = "Assessment" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await officer.GetByLabel("After the response: first day").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.GetByLabel("After the response: last day").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.GetByLabel("The response was carried out").CheckAsync();
        await officer.GetByLabel("It worked: the problem is smaller").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#assessment")).ToContainTextAsync("1 after", new() { Timeout = 30_000 });
        await officer.GetByLabel("Move to stage").SelectOptionAsync(new SelectOptionValue { Label = "Closed" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#problem-stage")).ToHaveTextAsync("Closed", new() { Timeout = 30_000 });
        await officer.AssertAccessibleAsync();

        // 4. The concern is resolved with a reason the reporter reads.
        await officer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await officer.GetByLabel("New status").SelectOptionAsync(new SelectOptionValue { Label = "Resolved" });
        await officer.GetByLabel("Reason (needed to resolve or close; the reporter reads it)").FillAsync("The lot is fenced and lit; no dumping since.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#concern-status")).ToContainTextAsync("Resolved", new() { Timeout = 30_000 });

        await StatusShowsAsync("Resolved");
        await Assertions.Expect(reporter.GetByText("The lot is fenced and lit; no dumping since.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
