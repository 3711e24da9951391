using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// Issue 23's loop, walked in the browser on the Development demo data: Ward 2's flagged rise reaches its officer, the
/// officer drafts the 9 p.m. message from the department's library, the coordinator approves it and it reaches the
/// demo resident who follows Ward 2 (with its one-click stop), a Park and Walk is planned from the flag, the next review
/// meeting shows what was done beside the figures, the resident reads "You said, we did" on the area page, and the
/// feedback cards' answers are on the dashboard.
/// </summary>
public sealed class ResidentsLoopTests(DemoDataBrowserFixture fixture) : IClassFixture<DemoDataBrowserFixture>
{
    private const string Officer = "officer2@demo.pact.local"; // Ward 2's liaison officer in the demo data
    private const string Coordinator = "coordinator@demo.pact.local";
    private const string Resident = "resident@demo.pact.local";

    [Fact]
    public async Task Ward_2s_rise_becomes_a_message_a_follower_receives_a_park_and_walk_and_a_line_at_the_next_review_meeting()
    {
        // Ward 2's officer finds the flagged line on the review and opens the flag's page; the alert is emailed once.
        var officer = await fixture.NewPageAsync();
        await officer.LoginAsync(Officer, AccountSeeder.DemoPassword);
        await officer.GotoAsync("/crime/review");
        await officer.Locator("a.flag-act[aria-label*='up in Ward 2']").First.ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Open the flag's page" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("up in Ward 2");
        await officer.AssertAccessibleAsync();
        var flagUrl = new Uri(officer.Url).AbsolutePath;
        var alert = await fixture.App.LatestMailAsync(Officer, flagUrl);
        Assert.StartsWith("Flagged:", alert.Subject, StringComparison.Ordinal);
        Assert.NotNull(alert.Link);

        // A draft from the library: the 9 p.m. routine, with the area filled in.
        await officer.GetByRole(AriaRole.Link, new() { Name = "Thefts from vehicles: the 9 p.m. routine" }).ClickAsync();
        await Assertions.Expect(officer.GetByLabel("Subject")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Ward 2"));
        await officer.AssertAccessibleAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        // An officer cannot send it: only a coordinator approves.
        Assert.Equal(0, await officer.Locator("#approve-send").CountAsync());

        // The coordinator approves it from the queue; it goes to every confirmed follower of Ward 2 once.
        var coordinator = await fixture.NewPageAsync();
        await coordinator.LoginAsync(Coordinator, AccountSeeder.DemoPassword);
        await coordinator.GotoAsync("/manage/prevention");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "The 9 p.m. routine" }).First.ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.Locator("#approve-send").ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("followers of Ward 2");

        var message = await fixture.App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == Resident && m.Subject.Contains("9 p.m.")).ToListAsync());
        var mail = Assert.Single(message);
        Assert.Contains("Remove valuables", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Why you get this: you follow Ward 2", mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(mail.UnsubscribeUrl);

        // A Park and Walk in Ward 2 from the flag, with its shift.
        await coordinator.GotoAsync(flagUrl);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Create a Park and Walk" }).ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Place and address").FillAsync("Corner of N Missouri St and E Barton Ave");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save draft event" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        var walk = await fixture.App.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Shifts).Include(e => e.Area)
            .Where(e => e.Type == EventType.ParkAndWalk && e.Location.StartsWith("Corner of N Missouri")).SingleAsync());
        Assert.Equal("Ward 2", walk.Area!.Name);
        Assert.Single(walk.Shifts);

        // The flag's page says what was done.
        await coordinator.GotoAsync(flagUrl);
        var done = coordinator.Locator("section[aria-labelledby=done]");
        await Assertions.Expect(done).ToContainTextAsync("prevention message sent to");
        await Assertions.Expect(done).ToContainTextAsync("Park and Walk");

        // The next review meeting (recorded by the officer, who runs it) shows it beside the figures.
        await officer.GotoAsync("/crime/reviews/new");
        await officer.GetByLabel("Ward 2").CheckAsync();
        await officer.GetByLabel("Attendees").FillAsync("Lt. Avery (patrol), Officer Price (liaison)");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record meeting" }).ClickAsync();
        var flags = officer.Locator("section[aria-labelledby=flags-done]");
        await Assertions.Expect(flags).ToContainTextAsync("up in Ward 2");
        await Assertions.Expect(flags).ToContainTextAsync("prevention message sent to");
        await Assertions.Expect(flags).ToContainTextAsync("Park and Walk");
        await officer.AssertAccessibleAsync();

        // The resident, on a phone: Ward 2's page says what came of the concerns raised there.
        var resident = await fixture.NewPageAsync(width: 390, height: 844);
        await resident.LoginAsync(Resident, AccountSeeder.DemoPassword);
        await resident.GotoAsync("/areas/ward-2");
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "You said, we did" })).ToBeVisibleAsync();
        await resident.AssertAccessibleAsync();

        // The feedback cards' answers on the dashboard: the last finished month's Park and Walk answers in Ward 2.
        var today = CentralTimeZone.Today(TimeProvider.System);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        await coordinator.GotoAsync($"/dashboard?from={lastMonth:yyyy-MM-dd}&to={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var feedback = coordinator.Locator("section[aria-labelledby=h-feedback]");
        await Assertions.Expect(feedback).ToContainTextAsync(lastMonth.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(feedback.Locator("tr", new() { HasText = "Park and Walk" }).First).ToBeVisibleAsync();
    }
}
