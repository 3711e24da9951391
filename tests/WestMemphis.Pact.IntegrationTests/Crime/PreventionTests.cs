using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Prevention;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Features.Prevention;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>
/// From a flag to prevention (ADR 0027): from the flagged line of the review to the flag's page, a prevention message
/// drafted from the library by an officer, approved and sent once by a coordinator to the area's confirmed followers
/// (with why and a one-click stop), an event made from the flag, and what was done shown on the flag and meeting pages.
/// Each test uses its own ward, so the followers and flags of one do not count in another.
/// </summary>
public sealed class PreventionTests(PactFactory app) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task An_officer_drafts_the_nine_pm_message_a_coordinator_approves_and_sends_it_once_to_the_confirmed_followers_only()
    {
        var w2 = await FlaggedAsync("W2");
        var follower = await FollowAsync("W2", confirmed: true);
        var pending = await FollowAsync("W2", confirmed: false);
        var elsewhere = await FollowAsync("W1", confirmed: true);
        var (officer, officerUser) = await app.SignedInAsync(Roles.Officer);
        var (coordinator, _) = await app.SignedInAsync(Roles.Coordinator);

        // The area's review: the flagged line links to the flag; no alert yet (the hourly check has not run), so the page offers to open it.
        var review = await officer.GetPageAsync($"/crime/review?area={w2}");
        var act = review.Document.QuerySelectorAll("a.flag-act").Select(a => a.GetAttribute("href")).First(h => h!.Contains("category=property", StringComparison.Ordinal));
        var line = await officer.GetPageAsync(act!);
        Assert.Equal(HttpStatusCode.OK, line.Status);
        Assert.False(await app.WithDbAsync(db => db.CrimeFlagAlerts.AnyAsync(a => a.AreaId == w2)));
        var flag = await officer.SubmitAsync(line);
        var alertId = int.Parse(flag.Url.Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Flag: Crimes against property up in Ward 2", flag.Text);
        Assert.Contains("1 confirmed", flag.Text); // the followers of the area
        Assert.Contains("Nothing recorded yet.", flag.Text);
        // The alert went to the officers and coordinators as the hourly check would send it, linking to the flag's page.
        var alertMail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == CrimeFlagAlertService.Kind && m.Subject == "Flagged: Crimes against property up in Ward 2").ToListAsync());
        Assert.NotEmpty(alertMail);
        Assert.Contains($"/crime/flags/{alertId}", alertMail[0].TextBody);
        // The line again: straight to the same flag.
        Assert.Equal(flag.Url.AbsolutePath, (await officer.GetPageAsync(act!)).Url.AbsolutePath);

        // The 9 p.m. routine, pre-filled and edited.
        var templateLink = flag.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).First(h => h!.EndsWith("template=nine-pm-routine", StringComparison.Ordinal));
        var draft = await officer.GetPageAsync(templateLink!);
        Assert.Equal("The 9 p.m. routine: thefts from vehicles are up in Ward 2", draft.FieldValue("Subject"));
        var body = draft.FieldValue("Body")! + "\n\nThe Ward 2 liaison officers will walk N Missouri St on Saturday.";
        var saved = await officer.SubmitAsync(draft, new Dictionary<string, string?> { ["Body"] = body });
        Assert.Contains("A coordinator approves it", saved.StatusMessage);
        Assert.Null(saved.Document.QuerySelector("#approve-send"));
        var messageUrl = saved.Url.PathAndQuery;

        // The officer cannot approve their own message, even by posting the button's value.
        var refused = await officer.SubmitAsync(saved, new Dictionary<string, string?> { ["Do"] = "send" }, "#message-form");
        Assert.Contains("You cannot approve your own message: a coordinator approves it before it goes.", refused.Errors);
        Assert.Equal(0, await PreventionMailsAsync(follower));

        // The coordinator's queue, the message, approve and send: twice at once (a double click), sent once.
        var queue = await coordinator.GetPageAsync("/manage/prevention");
        Assert.Contains("The 9 p.m. routine: thefts from vehicles are up in Ward 2", queue.Text);
        var page = await coordinator.GetPageAsync(messageUrl);
        Assert.NotNull(page.Document.QuerySelector("#approve-send"));
        var results = await Task.WhenAll(
            coordinator.SubmitAsync(page, null, "#message-form", "#approve-send"),
            coordinator.SubmitAsync(page, null, "#message-form", "#approve-send"));
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Contains(results, r => r.StatusMessage == "Approved and sent to 1 follower of Ward 2.");
        var again = await coordinator.SubmitAsync(page, null, "#message-form", "#approve-send");
        Assert.Contains("already been sent", again.StatusMessage);
        Assert.Equal(1, await PreventionMailsAsync(follower));
        Assert.Equal(0, await PreventionMailsAsync(pending));
        Assert.Equal(0, await PreventionMailsAsync(elsewhere));
        var stored = await app.WithDbAsync(db => db.PreventionMessages.SingleAsync(m => m.CrimeFlagAlertId == alertId));
        Assert.Equal((PreventionMessageStatus.Sent, 1), (stored.Status, stored.RecipientCount));
        Assert.NotEqual(officerUser.Id, stored.ApprovedById);
        Assert.NotNull(stored.SentUtc);

        // The email: the edited text, why they get it, the area page, the stop link and the one-click headers.
        var mail = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == PreventionController.MessageKind && m.ToAddress == follower));
        Assert.Equal("The 9 p.m. routine: thefts from vehicles are up in Ward 2", mail.Subject);
        Assert.Contains("Remove valuables", mail.TextBody);
        Assert.Contains("walk N Missouri St on Saturday", mail.TextBody);
        Assert.Contains("Why you get this: you follow Ward 2", mail.TextBody);
        Assert.Contains("/areas/w2", mail.TextBody);
        Assert.Contains("/areas/follow/stop/", mail.TextBody);
        var mime = OutboxSender.Compose(mail, new MailOptions());
        Assert.Equal($"<{mail.UnsubscribeUrl}>", mime.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mime.Headers["List-Unsubscribe-Post"]);
        var stopped = await app.CreateClient().PostAsync(new Uri(mail.UnsubscribeUrl!).PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AreaFollows.AnyAsync(f => f.Email == follower)));

        // The flag's record.
        var record = await officer.GetPageAsync($"/crime/flags/{alertId}");
        Assert.Contains("1 prevention message sent to 1 follower of the area.", record.Text);
    }

    [Fact]
    public async Task Approving_from_a_stale_form_is_refused_with_both_versions_and_nothing_is_sent()
    {
        var alertId = await AlertAsync("W3");
        var follower = await FollowAsync("W3", confirmed: true);
        var (officer, _) = await app.SignedInAsync(Roles.Officer);
        var (coordinator, _) = await app.SignedInAsync(Roles.Coordinator);
        var saved = await officer.SubmitAsync(await officer.GetPageAsync($"/crime/flags/{alertId}/messages/new?template=burglary"));
        var stale = await coordinator.GetPageAsync(saved.Url.PathAndQuery);

        await officer.SubmitAsync(saved, new Dictionary<string, string?> { ["Subject"] = "Burglaries are up in Ward 3: lock up", ["Do"] = "save" }, "#message-form");
        var refused = await coordinator.SubmitAsync(stale, new Dictionary<string, string?> { ["Subject"] = "Coordinator's subject" }, "#message-form", "#approve-send");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(refused.Errors, e => e.Contains("changed by someone else", StringComparison.Ordinal) && e.Contains("Nothing was sent", StringComparison.Ordinal));
        Assert.Equal("Coordinator's subject", refused.FieldValue("Subject"));
        Assert.Contains("Burglaries are up in Ward 3: lock up", refused.Text);
        Assert.Equal(0, await PreventionMailsAsync(follower));

        // Sent from the refreshed form, it goes.
        var sent = await coordinator.SubmitAsync(refused, null, "#message-form", "#approve-send");
        Assert.Equal("Approved and sent to 1 follower of Ward 3.", sent.StatusMessage);
        Assert.Equal("Coordinator's subject", (await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == PreventionController.MessageKind && m.ToAddress == follower))).Subject);
    }

    [Theory]
    [InlineData("", "body", "Enter a subject.")]
    [InlineData("subject", "", "Enter the message.")]
    [InlineData("long", "body", "The subject must be 150 characters or fewer.")]
    [InlineData("subject", "long", "The message must be 4000 characters or fewer.")]
    public async Task Bad_input_gets_a_message_on_the_page_and_keeps_the_text(string subject, string body, string message)
    {
        subject = subject == "long" ? new string('s', 151) : subject;
        body = body == "long" ? new string('b', 4001) : body;
        var alertId = await AlertAsync("W5");
        var (officer, _) = await app.SignedInAsync(Roles.Officer);
        var values = new Dictionary<string, string?> { ["Subject"] = subject, ["Body"] = body };

        var draft = await officer.SubmitAsync(await officer.GetPageAsync($"/crime/flags/{alertId}/messages/new"), values);
        Assert.Equal(HttpStatusCode.OK, draft.Status);
        Assert.Contains(message, draft.Errors);
        Assert.Equal(subject, draft.FieldValue("Subject"));
        Assert.Equal(body, draft.FieldValue("Body"));

        var saved = await officer.SubmitAsync(await officer.GetPageAsync($"/crime/flags/{alertId}/messages/new"));
        var edit = await officer.SubmitAsync(saved, values, "#message-form");
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Contains(message, edit.Errors);
        Assert.Equal(subject, edit.FieldValue("Subject"));
        Assert.Equal(body, edit.FieldValue("Body"));
    }

    [Fact]
    public async Task A_park_and_walk_made_from_the_flag_is_a_draft_in_the_area_with_its_shift_and_shows_on_the_flag_and_the_meeting_page()
    {
        var alertId = await AlertAsync("W4");
        var w4 = await app.AreaIdAsync("W4");
        var (coordinator, _) = await app.SignedInAsync(Roles.Coordinator);
        var (officer, _) = await app.SignedInAsync(Roles.Officer);

        var flag = await coordinator.GetPageAsync($"/crime/flags/{alertId}");
        var create = flag.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).First(h => h!.EndsWith("/events/new?type=ParkAndWalk", StringComparison.Ordinal));
        var form = await coordinator.GetPageAsync(create!);
        Assert.Equal("Walkers", form.FieldValue("ShiftRole"));
        var missing = await coordinator.SubmitAsync(form, new Dictionary<string, string?> { ["Location"] = "", ["ShiftCapacity"] = "0" });
        Assert.Contains("Enter where it takes place.", missing.Errors);
        Assert.Contains("Capacity must be a whole number from 1 to 1000.", missing.Errors);
        Assert.Equal("Walkers", missing.FieldValue("ShiftRole"));

        var created = await coordinator.SubmitAsync(missing, new Dictionary<string, string?> { ["Location"] = "Corner of N Missouri St and E Barton Ave", ["ShiftCapacity"] = "15" });
        Assert.Matches("/manage/events/[0-9]+$", created.Url.AbsolutePath);
        var eventId = int.Parse(created.Url.Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        var e = await app.WithDbAsync(db => db.Events.Include(x => x.Shifts).SingleAsync(x => x.Id == eventId));
        Assert.Equal((w4, EventType.ParkAndWalk, EventStatus.Draft), (e.AreaId!.Value, e.Type, e.Status));
        var shift = Assert.Single(e.Shifts);
        Assert.Equal(("Walkers", 15), (shift.Role, shift.Capacity));
        Assert.True(await app.WithDbAsync(db => db.CrimeFlagEvents.AnyAsync(l => l.CrimeFlagAlertId == alertId && l.EventId == eventId)));

        // An officer's event goes back to the flag (publishing is the coordinator's).
        var byOfficer = await officer.SubmitAsync(await officer.GetPageAsync($"/crime/flags/{alertId}/events/new?type=CoffeeWithACop"),
            new Dictionary<string, string?> { ["Location"] = "Donut shop on E Broadway" });
        Assert.Equal($"/crime/flags/{alertId}", byOfficer.Url.AbsolutePath);
        Assert.Contains("Park and Walk \"Park and Walk in Ward 4\": planned (draft, not yet published).", byOfficer.Text);
        Assert.Contains("Coffee with a Cop \"Coffee with a Cop in Ward 4\": planned", byOfficer.Text);

        // The next review meeting of Ward 4 shows the flag beside its figures, with what was done.
        var newMeeting = await officer.GetPageAsync("/crime/reviews/new");
        var today = CentralTimeZone.Today(TimeProvider.System);
        var meeting = await officer.SubmitAsync(newMeeting, new Dictionary<string, string?>
        {
            ["MeetingDate"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["PeriodEnd"] = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["AreaIds"] = w4.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Attendees"] = "Lt. Avery (patrol)",
        });
        Assert.Matches("/crime/reviews/[0-9]+$", meeting.Url.AbsolutePath);
        var section = meeting.Document.QuerySelector("section[aria-labelledby=flags-done]")!.TextContent;
        Assert.Contains("Crimes against property up in Ward 4", section);
        Assert.Contains("Park and Walk \"Park and Walk in Ward 4\": planned", section);
    }

    [Fact]
    public async Task A_resident_and_anonymous_reach_none_of_the_pages()
    {
        var alertId = await AlertAsync("W1");
        var (resident, _) = await app.SignedInAsync(Roles.Resident);
        var anonymous = app.CreateBrowserClient(followRedirects: false);
        foreach (var url in new[] { $"/crime/flags/{alertId}", $"/crime/flags/{alertId}/messages/new", $"/crime/flags/{alertId}/events/new", "/manage/prevention" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(url)).StatusCode);
        }
    }

    private Task<int> PreventionMailsAsync(string to) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == PreventionController.MessageKind && m.ToAddress == to));

    private Task<string> FollowAsync(string code, bool confirmed) =>
        app.WithDbAsync(async db =>
        {
            var email = LiaisonSteps.Unique("prevention-follower");
            db.AreaFollows.Add(new AreaFollow
            {
                AreaId = await db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync(), Email = email, CreatedUtc = DateTime.UtcNow,
                ConfirmedUtc = confirmed ? DateTime.UtcNow : null,
            });
            await db.SaveChangesAsync();
            return email;
        });

    /// <summary>Burglaries in the ward: 30 in the review's last 28 days against 5 in the 28 before (as of now), a rise flag of crimes against property.</summary>
    private async Task<int> FlaggedAsync(string code)
    {
        await SeedAsync(code, DateTime.UtcNow.AddDays(-6), 30);
        await SeedAsync(code, DateTime.UtcNow.AddDays(-40), 5);
        return await app.AreaIdAsync(code);
    }

    /// <summary>A flagged ward's alert (as the flag's line opens it).</summary>
    private async Task<int> AlertAsync(string code)
    {
        var area = await FlaggedAsync(code);
        var (officer, _) = await app.SignedInAsync(Roles.Officer);
        var line = await officer.GetPageAsync($"/crime/flags/line?area={area}&category=property");
        var flag = line.Url.AbsolutePath.StartsWith("/crime/flags/line", StringComparison.Ordinal) ? await officer.SubmitAsync(line) : line;
        return int.Parse(flag.Url.Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task SeedAsync(string code, DateTime when, int count) =>
        app.WithDbAsync(async db =>
        {
            var area = await db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
            for (var i = 0; i < count; i++)
            {
                var incident = new Incident
                {
                    Source = "prevention-test", SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = when, Address = "1523 N Missouri St",
                    HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area, OffenseCount = 1, UpdatedAtUtc = when,
                };
                incident.Offenses.Add(new IncidentOffense { OffenseKey = "220", NibrsCode = "220", Description = "Burglary", Category = OffenseCategory.Property, PartIClass = PartIClass.None, OccurredAtUtc = when, AreaId = area });
                db.Incidents.Add(incident);
            }

            await db.SaveChangesAsync();
        });
}
