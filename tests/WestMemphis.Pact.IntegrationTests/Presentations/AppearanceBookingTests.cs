using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace WestMemphis.Pact.IntegrationTests.Presentations;

/// <summary>No officer or resource is ever booked twice at overlapping times (with the travel buffer), under real concurrent HTTP on real SQLite.</summary>
public sealed class AppearanceBookingTests(PactFactory factory, ITestOutputHelper output) : IClassFixture<PactFactory>
{
    private static string Email() => $"book-{Guid.NewGuid():N}@example.com";

    private async Task<(string Code, int Id)> NewRequestAsync(int daysAhead = 30, string? org = null)
    {
        var code = await factory.CreateBrowserClient().RequestVisitAsync(Email(), v =>
        {
            v["Option1Date"] = PresentationSteps.DaysAhead(daysAhead);
            v["Option2Date"] = PresentationSteps.DaysAhead(daysAhead + 1);
            if (org is not null)
            {
                v["OrganizationName"] = org;
            }
        });
        return (code, (await factory.RequestAsync(code)).Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Twenty_simultaneous_bookings_of_Rusty_for_overlapping_times_leave_exactly_one(int round)
    {
        var rusty = await factory.RustyIdAsync();
        var day = 40 + round * 3;
        var requests = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            requests.Add((await NewRequestAsync(day, $"Round {round} club {i}")).Id);
        }

        var coordinators = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.CoordinatorAsync()));
        // Rusty needs a handler: each booking brings its own officer, so only Rusty can clash.
        var handlers = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            handlers.Add((await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id);
        }

        var pages = await Task.WhenAll(requests.Select((id, i) => coordinators[i % 4].GetPageAsync($"/manage/presentations/{id}/schedule")));
        // Every booking is for Rusty at a time overlapping every other (09:00-10:00 plus i minutes).
        var started = DateTime.UtcNow;
        var results = await Task.WhenAll(pages.Select((page, i) => coordinators[i % 4].SubmitAsync(page, new Dictionary<string, string?>
        {
            ["Date"] = PresentationSteps.DaysAhead(day),
            ["Start"] = $"09:{i:00}",
            ["End"] = $"10:{i:00}",
            ["OfficerIds"] = handlers[i],
            ["ResourceIds"] = rusty.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })));
        output.WriteLine($"Round {round}: 20 bookings took {(DateTime.UtcNow - started).TotalMilliseconds:0} ms");

        Assert.All(results, r => Assert.True((int)r.Status < 500, $"{(int)r.Status}"));
        var booked = await factory.WithDbAsync(db => db.AppearanceBookings.CountAsync(b => b.ResourceId == rusty && b.Appearance!.Active && requests.Contains(b.Appearance.RequestId)));
        var scheduled = await factory.WithDbAsync(db => db.PresentationRequests.CountAsync(r => requests.Contains(r.Id) && r.Status == PresentationStatus.Scheduled));
        output.WriteLine($"Round {round}: Rusty booked {booked} time(s); {results.Count(r => r.Status == HttpStatusCode.Conflict)} refused with a conflict");
        Assert.Equal(1, booked);
        Assert.Equal(1, scheduled);
        Assert.Equal(19, results.Count(r => r.Status == HttpStatusCode.Conflict && r.Text.Contains("Rusty the Crime Dog is already booked", StringComparison.Ordinal)));
        var emails = await factory.WithDbAsync(db => db.PresentationRequests.Where(r => requests.Contains(r.Id)).Select(r => r.RequesterEmail).ToListAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "PresentationScheduled" && emails.Contains(m.ToAddress))));
    }

    [Fact]
    public async Task A_conflict_names_the_clash_and_suggests_the_free_requested_options()
    {
        var rusty = (await factory.RustyIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var coordinator = await factory.CoordinatorAsync();
        var (_, first) = await NewRequestAsync(60, "Bragg Street Club");
        var (_, second) = await NewRequestAsync(60, "Elm Street Club");
        var handler = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id;
        var otherHandler = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id;
        Assert.Equal("/manage/presentations/" + first, (await coordinator.ScheduleAsync(first, new Dictionary<string, string?> { ["OfficerIds"] = handler, ["ResourceIds"] = rusty })).Url.AbsolutePath);

        // Same day, starting 20 minutes after the first ends: inside the 30-minute travel buffer.
        var refused = await coordinator.ScheduleAsync(second, new Dictionary<string, string?> { ["Start"] = "10:20", ["End"] = "11:00", ["OfficerIds"] = otherHandler, ["ResourceIds"] = rusty });

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("Rusty the Crime Dog is already booked for Bragg Street Club", refused.Text, StringComparison.Ordinal);
        Assert.Contains("free — use choice 2", refused.Text.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("clashes", refused.Text, StringComparison.Ordinal);
        Assert.Equal(PresentationStatus.Submitted, (await factory.WithDbAsync(db => db.PresentationRequests.SingleAsync(r => r.Id == second))).Status);

        // Exactly the buffer later is fine.
        var ok = await coordinator.ScheduleAsync(second, new Dictionary<string, string?> { ["Start"] = "10:30", ["End"] = "11:00", ["OfficerIds"] = otherHandler, ["ResourceIds"] = rusty });
        Assert.Equal("/manage/presentations/" + second, ok.Url.AbsolutePath);
    }

    [Fact]
    public async Task Rusty_is_not_booked_without_a_handler_and_the_calendar_names_the_handler()
    {
        var rusty = (await factory.RustyIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var coordinator = await factory.CoordinatorAsync();
        var (_, id) = await NewRequestAsync(64, "Handler Test Club");

        var page = await coordinator.GetPageAsync($"/manage/presentations/{id}/schedule");
        Assert.Contains("Rusty the Crime Dog needs a handler", page.Text, StringComparison.Ordinal);
        var refused = await coordinator.SubmitAsync(page, new Dictionary<string, string?> { ["OfficerIds"] = null, ["ResourceIds"] = rusty });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Rusty the Crime Dog needs a handler: choose at least one presenting officer", refused.Text, StringComparison.Ordinal);
        Assert.Empty(await factory.WithDbAsync(db => db.Appearances.Where(a => a.RequestId == id).ToListAsync()));
        Assert.Equal(PresentationStatus.Submitted, (await factory.WithDbAsync(db => db.PresentationRequests.SingleAsync(r => r.Id == id))).Status);

        var officer = await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer);
        var booked = await coordinator.SubmitAsync(refused, new Dictionary<string, string?> { ["OfficerIds"] = officer.Id, ["ResourceIds"] = rusty });
        Assert.Equal("/manage/presentations/" + id, booked.Url.AbsolutePath);
        var calendar = await coordinator.GetPageAsync($"/manage/calendar?view=week&date={PresentationSteps.DaysAhead(64)}");
        Assert.Contains($"Rusty the Crime Dog (handler: {officer.FullName}", calendar.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_is_never_booked_twice_and_other_officers_are_free()
    {
        var officer = await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer);
        var other = await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer);
        var coordinator = await factory.CoordinatorAsync();
        var (_, a) = await NewRequestAsync(70);
        var (_, b) = await NewRequestAsync(70);

        Assert.Equal("/manage/presentations/" + a, (await coordinator.ScheduleAsync(a, new Dictionary<string, string?> { ["OfficerIds"] = officer.Id, ["ResourceIds"] = null })).Url.AbsolutePath);
        var refused = await coordinator.ScheduleAsync(b, new Dictionary<string, string?> { ["OfficerIds"] = officer.Id, ["ResourceIds"] = null });
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(officer.FullName, refused.Text, StringComparison.Ordinal);

        var ok = await coordinator.ScheduleAsync(b, new Dictionary<string, string?> { ["OfficerIds"] = other.Id, ["ResourceIds"] = null });
        Assert.Equal("/manage/presentations/" + b, ok.Url.AbsolutePath);
    }

    [Fact]
    public async Task Scheduling_emails_an_ics_rescheduling_emails_a_change_and_a_decline_frees_the_resource()
    {
        var rusty = (await factory.RustyIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var coordinator = await factory.CoordinatorAsync();
        var email = Email();
        var code = await factory.CreateBrowserClient().RequestVisitAsync(email, v => { v["Option1Date"] = PresentationSteps.DaysAhead(80); v["Option2Date"] = PresentationSteps.DaysAhead(81); });
        var id = (await factory.RequestAsync(code)).Id;
        var handler = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id;

        await coordinator.ScheduleAsync(id, new Dictionary<string, string?> { ["OfficerIds"] = handler, ["ResourceIds"] = rusty });
        var scheduled = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == email && m.Kind == "PresentationScheduled"));
        Assert.Equal("visit.ics", scheduled.AttachmentName);
        Assert.Contains("BEGIN:VEVENT", System.Text.Encoding.UTF8.GetString(scheduled.AttachmentContent!), StringComparison.Ordinal);

        await coordinator.ScheduleAsync(id, new Dictionary<string, string?> { ["Start"] = "11:00", ["End"] = "12:00", ["OfficerIds"] = handler, ["ResourceIds"] = rusty });
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "PresentationChanged")));
        Assert.Single(await factory.WithDbAsync(db => db.Appearances.Where(a => a.RequestId == id).ToListAsync()));

        var details = await coordinator.GetPageAsync($"/manage/presentations/{id}");
        // Declining is a step of its own: the request page only links to the confirmation page, which frees nothing yet.
        Assert.Null(details.Document.QuerySelector("form[action$='/decline']"));
        var confirm = await coordinator.GetPageAsync(details.Document.QuerySelector($"a[href='/manage/presentations/{id}/decline']")!.GetAttribute("href")!);
        Assert.Contains($"Decline request {code}?", confirm.Text, StringComparison.Ordinal);
        Assert.Contains("its officers and resources become free", confirm.Text, StringComparison.Ordinal);
        Assert.True((await factory.WithDbAsync(db => db.Appearances.SingleAsync(a => a.RequestId == id))).Active);
        var blank = await coordinator.SubmitAsync(confirm, new Dictionary<string, string?> { ["Reason"] = "" });
        Assert.Contains("Give the requester a reason.", blank.Errors);
        Assert.Equal(PresentationStatus.Scheduled, (await factory.RequestAsync(code)).Status);
        var declined = await coordinator.SubmitAsync(blank, new Dictionary<string, string?> { ["Reason"] = "Rusty is at the vet." }, "form[action$='/decline']");
        Assert.Equal(HttpStatusCode.OK, declined.Status);
        Assert.False((await factory.WithDbAsync(db => db.Appearances.SingleAsync(a => a.RequestId == id))).Active);
        Assert.Contains("Rusty is at the vet.", (await factory.LatestMailAsync(email)).Body, StringComparison.Ordinal);
        var status = await factory.CreateBrowserClient().CheckStatusAsync(code, email);
        Assert.Contains("Declined", status.Text, StringComparison.Ordinal);
        Assert.Contains("Rusty is at the vet.", status.Text, StringComparison.Ordinal);

        var (_, next) = await NewRequestAsync(80);
        Assert.Equal("/manage/presentations/" + next, (await coordinator.ScheduleAsync(next, new Dictionary<string, string?> { ["Start"] = "11:00", ["End"] = "12:00", ["OfficerIds"] = handler, ["ResourceIds"] = rusty })).Url.AbsolutePath);
    }

    [Fact]
    public async Task A_stale_form_does_not_overwrite_a_decline_made_meanwhile()
    {
        var coordinator = await factory.CoordinatorAsync();
        var (_, id) = await NewRequestAsync(90);
        var schedulePage = await coordinator.GetPageAsync($"/manage/presentations/{id}/schedule");
        var details = await coordinator.GetPageAsync($"/manage/presentations/{id}/decline");
        await coordinator.SubmitAsync(details, new Dictionary<string, string?> { ["Reason"] = "Fully booked that week." }, "form[action$='/decline']");

        var rusty = (await factory.RustyIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var handler = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id;
        var late = await coordinator.SubmitAsync(schedulePage, new Dictionary<string, string?> { ["OfficerIds"] = handler, ["ResourceIds"] = rusty });

        Assert.Contains("cannot be scheduled", late.Text, StringComparison.Ordinal);
        Assert.Equal(PresentationStatus.Declined, (await factory.WithDbAsync(db => db.PresentationRequests.SingleAsync(r => r.Id == id))).Status);
    }

    [Fact]
    public async Task Messages_reach_the_requester_and_status_and_completion_records_people_reached()
    {
        var coordinator = await factory.CoordinatorAsync();
        var email = Email();
        var code = await factory.CreateBrowserClient().RequestVisitAsync(email, v => { v["Option1Date"] = PresentationSteps.DaysAhead(100); v["Option2Date"] = PresentationSteps.DaysAhead(101); });
        var id = (await factory.RequestAsync(code)).Id;

        var details = await coordinator.GetPageAsync($"/manage/presentations/{id}");
        await coordinator.SubmitAsync(details, formSelector: "form[action$='/review']");
        details = await coordinator.GetPageAsync($"/manage/presentations/{id}");
        await coordinator.SubmitAsync(details, new Dictionary<string, string?> { ["Body"] = "Could you start at 9:15 instead?" }, "form[action$='/message']");
        Assert.Contains("9:15", (await factory.LatestMailAsync(email)).Body, StringComparison.Ordinal);
        var status = await factory.CreateBrowserClient().CheckStatusAsync(code, email);
        Assert.Contains("Under review", status.Text, StringComparison.Ordinal);
        Assert.Contains("Could you start at 9:15 instead?", status.Text, StringComparison.Ordinal);

        // Completion is for visits that have started: arrange a past appearance directly.
        await coordinator.ScheduleAsync(id, new Dictionary<string, string?> { ["OfficerIds"] = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id, ["ResourceIds"] = null });
        var early = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), new Dictionary<string, string?> { ["PeopleReached"] = "80" }, "form[action$='/complete']");
        Assert.Contains("has started", early.Text, StringComparison.Ordinal);
        await factory.WithDbAsync(db => db.Appearances.Where(a => a.RequestId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.StartUtc, DateTime.UtcNow.AddHours(-3)).SetProperty(a => a.EndUtc, DateTime.UtcNow.AddHours(-2))));
        var bad = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), new Dictionary<string, string?> { ["PeopleReached"] = "-5" }, "form[action$='/complete']");
        Assert.Contains("from 0 to 100,000", bad.Document.QuerySelector("#PeopleReached-error")?.TextContent ?? "", StringComparison.Ordinal);
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), new Dictionary<string, string?> { ["PeopleReached"] = "80", ["Notes"] = "Great questions." }, "form[action$='/complete']");

        var done = await factory.RequestAsync(code);
        Assert.Equal(PresentationStatus.Completed, done.Status);
        Assert.Equal(80, done.PeopleReached);
        Assert.Contains("Completed", (await factory.CreateBrowserClient().CheckStatusAsync(code, email)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_filters_by_status_and_kind_with_counts()
    {
        var coordinator = await factory.CoordinatorAsync();
        var (code, _) = await NewRequestAsync(110);
        var open = await coordinator.GetPageAsync("/manage/presentations");
        Assert.Contains(code, open.Text, StringComparison.Ordinal);
        Assert.Matches(@"Submitted \(\d+\)", open.Text);
        Assert.DoesNotContain(code, (await coordinator.GetPageAsync("/manage/presentations?status=Declined")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(code, (await coordinator.GetPageAsync("/manage/presentations?kind=RustyVisit")).Text, StringComparison.Ordinal);
        Assert.Contains(code, (await coordinator.GetPageAsync("/manage/presentations?status=Submitted&kind=SchoolPresentation")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetPageAsync("/manage/presentations?status=99&kind=<svg>")).Status);
    }
}
