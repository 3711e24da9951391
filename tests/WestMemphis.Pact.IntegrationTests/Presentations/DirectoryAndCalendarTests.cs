using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Presentations;

namespace WestMemphis.Pact.IntegrationTests.Presentations;

/// <summary>The schools directory, the appearance calendar, resources with their private .ics feeds, and reminders.</summary>
public sealed class DirectoryAndCalendarTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static string Email() => $"dir-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task A_school_added_to_the_directory_is_offered_on_the_request_form_and_edits_are_not_lost()
    {
        var coordinator = await factory.CoordinatorAsync();
        var name = "Test Elementary " + Guid.NewGuid().ToString("N")[..6];
        var added = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/schools/new"), new Dictionary<string, string?> { ["Name"] = name, ["Grades"] = "K-6" });
        Assert.Contains(name, added.Text, StringComparison.Ordinal);
        var duplicate = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/schools/new"), new Dictionary<string, string?> { ["Name"] = name });
        Assert.Contains("already in the directory", duplicate.Text, StringComparison.Ordinal);

        var form = await factory.CreateBrowserClient().GetPageAsync("/presentations/request");
        var option = form.Document.QuerySelectorAll("select[name=SchoolId] option").Single(o => o.TextContent == name);
        var code = await factory.CreateBrowserClient().RequestVisitAsync(Email(), v => { v["SchoolId"] = option.GetAttribute("value"); v["OrganizationName"] = ""; });
        Assert.Equal(name, (await factory.WithDbAsync(db => db.PresentationRequests.Include(r => r.School).SingleAsync(r => r.ReferenceCode == code))).School!.Name);

        var id = await factory.WithDbAsync(db => db.Schools.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var first = await coordinator.GetPageAsync($"/manage/schools/{id}/edit");
        var second = await coordinator.GetPageAsync($"/manage/schools/{id}/edit");
        await coordinator.SubmitAsync(first, new Dictionary<string, string?> { ["ContactName"] = "Principal One" });
        var stale = await coordinator.SubmitAsync(second, new Dictionary<string, string?> { ["ContactName"] = "Principal Two" });
        Assert.Contains("changed by someone else", stale.Text, StringComparison.Ordinal);
        Assert.Contains("Principal One", stale.Text, StringComparison.Ordinal);
        Assert.Equal("Principal One", await factory.WithDbAsync(db => db.Schools.Where(s => s.Id == id).Select(s => s.ContactName).SingleAsync()));
    }

    [Fact]
    public async Task The_calendar_shows_appearances_and_events_and_filters_by_resource_and_the_private_feed_can_be_revoked()
    {
        var coordinator = await factory.CoordinatorAsync();
        var officer = await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer);
        var code = await factory.CreateBrowserClient().RequestVisitAsync(Email(), v => { v["OrganizationName"] = "Calendar Club"; v["Option1Date"] = PresentationSteps.DaysAhead(35); v["Option2Date"] = PresentationSteps.DaysAhead(36); });
        var id = (await factory.RequestAsync(code)).Id;
        await coordinator.ScheduleAsync(id, new Dictionary<string, string?> { ["OfficerIds"] = officer.Id, ["ResourceIds"] = null });
        var officerResource = await factory.WithDbAsync(db => db.BookableResources.Where(r => r.UserId == officer.Id).Select(r => r.Id).SingleAsync());
        var rusty = await factory.RustyIdAsync();
        var date = PresentationSteps.DaysAhead(35);

        Assert.Contains("Calendar Club", (await coordinator.GetPageAsync($"/manage/calendar?date={date}")).Text, StringComparison.Ordinal);
        Assert.Contains("Calendar Club", (await coordinator.GetPageAsync($"/manage/calendar?view=week&date={date}&resource={officerResource}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Calendar Club", (await coordinator.GetPageAsync($"/manage/calendar?view=week&date={date}&resource={rusty}")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetPageAsync("/manage/calendar?view=<svg>&date=2026-02-30&resource=-1")).Status);

        var resources = await coordinator.GetPageAsync("/manage/resources");
        var created = await coordinator.SubmitAsync(resources, formSelector: $"form[action='/manage/resources/calendar']:has(input[value='u:{officer.Id}'])");
        var feedUrl = created.Document.QuerySelector("#feed-url")!.GetAttribute("value")!;
        Assert.Contains("/appearances/", feedUrl, StringComparison.Ordinal);
        var feed = await factory.CreateBrowserClient().GetAsync(new Uri(feedUrl).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var ics = await feed.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("Calendar Club", ics, StringComparison.Ordinal);

        await coordinator.SubmitAsync(created, formSelector: $"form[action='/manage/resources/calendar/revoke']:has(input[value='u:{officer.Id}'])");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync(new Uri(feedUrl).AbsolutePath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync("/appearances/not-a-token.ics")).StatusCode);
    }

    [Fact]
    public async Task A_new_resource_can_be_booked_and_names_must_be_unique()
    {
        var coordinator = await factory.CoordinatorAsync();
        var name = "Display car " + Guid.NewGuid().ToString("N")[..6];
        await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/resources"), new Dictionary<string, string?> { ["Name"] = name, ["Kind"] = "Vehicle" }, "#add-resource");
        Assert.True(await factory.WithDbAsync(db => db.BookableResources.AnyAsync(r => r.Name == name && r.Kind == ResourceKind.Vehicle)));
        var again = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/resources"), new Dictionary<string, string?> { ["Name"] = name, ["Kind"] = "Vehicle" }, "#add-resource");
        Assert.Contains("already exists", again.Text, StringComparison.Ordinal);
        var bad = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/resources"), new Dictionary<string, string?> { ["Name"] = "X", ["Kind"] = "Officer" }, "#add-resource");
        Assert.Contains("Choose the kind", bad.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reminder_goes_once_two_days_before()
    {
        var coordinator = await factory.CoordinatorAsync();
        var email = Email();
        var code = await factory.CreateBrowserClient().RequestVisitAsync(email, v => { v["Option1Date"] = PresentationSteps.DaysAhead(120); v["Option2Date"] = PresentationSteps.DaysAhead(121); });
        var id = (await factory.RequestAsync(code)).Id;
        await coordinator.ScheduleAsync(id, new Dictionary<string, string?> { ["OfficerIds"] = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id, ["ResourceIds"] = null });
        var reminders = factory.Services.GetRequiredService<AppearanceReminderService>();
        await reminders.SendDueAsync();
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "PresentationReminder")));

        // Arrangement: the visit is now 40 hours away.
        await factory.WithDbAsync(db => db.Appearances.Where(a => a.RequestId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.StartUtc, DateTime.UtcNow.AddHours(40)).SetProperty(a => a.EndUtc, DateTime.UtcNow.AddHours(41))));
        await reminders.SendDueAsync();
        await reminders.SendDueAsync();

        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "PresentationReminder")));
    }

    [Fact]
    public async Task National_night_out_parties_are_planned_as_routes_without_a_team_at_two_parties()
    {
        var coordinator = await factory.CoordinatorAsync();
        var officer = await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer);
        var night = (await factory.CreateBrowserClient().GetPageAsync("/presentations/national-night-out")).FieldValue("PartyDate")!;
        var ids = new List<int>();
        foreach (var street in new[] { "Oak", "Pine" })
        {
            var client = factory.CreateBrowserClient();
            var result = await client.SubmitAsync(await client.GetPageAsync("/presentations/national-night-out"), new Dictionary<string, string?>
            {
                ["HostName"] = "Host " + street,
                ["HostEmail"] = Email(),
                ["HostPhone"] = "870-555-0100",
                ["Neighborhood"] = street + " Street party",
                ["Address"] = $"1 {street} St",
                ["ExpectedGuests"] = "50",
                ["PartyStart"] = "18:00",
                ["PartyEnd"] = "21:00",
            });
            ids.Add((await factory.RequestAsync(PresentationSteps.Code(result.StatusMessage!))).Id);
        }

        Assert.Equal("/manage/presentations/" + ids[0], (await coordinator.ScheduleAsync(ids[0], new Dictionary<string, string?> { ["Start"] = "18:00", ["End"] = "18:20", ["OfficerIds"] = officer.Id, ["ResourceIds"] = null })).Url.AbsolutePath);
        var tooSoon = await coordinator.ScheduleAsync(ids[1], new Dictionary<string, string?> { ["Start"] = "18:30", ["End"] = "18:50", ["OfficerIds"] = officer.Id, ["ResourceIds"] = null });
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.Status);
        await coordinator.ScheduleAsync(ids[1], new Dictionary<string, string?> { ["Start"] = "18:50", ["End"] = "19:10", ["OfficerIds"] = officer.Id, ["ResourceIds"] = null });

        var route = await coordinator.GetPageAsync($"/manage/presentations/national-night-out?year={night[..4]}");
        var stops = route.Document.QuerySelectorAll($"section[aria-label='Route of {officer.FullName} ({officer.Email})'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, stops.Count);
        Assert.Contains("Oak Street party", stops[0], StringComparison.Ordinal);
        Assert.Contains("Pine Street party", stops[1], StringComparison.Ordinal);
        var mail = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "PresentationScheduled").OrderByDescending(m => m.Id).FirstAsync());
        Assert.Contains("will stop by your National Night Out party between", mail.TextBody, StringComparison.Ordinal);
    }
}
