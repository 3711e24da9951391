using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>What a resident does: profile, sign up, see and cancel their own sign-ups, feeds, follows, reminders.</summary>
public sealed class VolunteeringTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task A_resident_fills_in_the_profile_once_then_signs_up_and_gets_a_confirmation_with_a_calendar_file()
    {
        var email = EventSteps.Unique("first-timer");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Resident);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        var e = await factory.PublishedEventAsync(3);

        var profile = await client.SignUpAsync(e, e.Shifts[0].Id);
        Assert.Equal("/volunteer/profile", profile.Url.AbsolutePath);
        Assert.Contains("fill in your volunteer profile", profile.StatusMessage);

        var minor = await client.SubmitAsync(profile, new Dictionary<string, string?> { ["Phone"] = "870-555-0101", ["AgeGroup"] = "ThirteenToFifteen", ["AcceptWaiver"] = "true" });
        Assert.Contains(minor.Errors, x => x.Contains("parent or guardian", StringComparison.Ordinal));
        Assert.Equal("870-555-0101", minor.FieldValue("Phone"));
        var bad = await client.SubmitAsync(profile, new Dictionary<string, string?>
        {
            ["Phone"] = "call me",
            ["AgeGroup"] = "7",
            ["Interests"] = new string('a', 10_000),
            ["AcceptWaiver"] = "false",
        });
        Assert.Contains(bad.Errors, x => x.Contains("phone number like", StringComparison.Ordinal));
        Assert.Contains("Choose your age group.", bad.Errors);
        Assert.Contains(bad.Errors, x => x.Contains("500 characters", StringComparison.Ordinal));
        Assert.Contains(bad.Errors, x => x.Contains("accept the volunteer waiver", StringComparison.Ordinal));
        Assert.False(await factory.WithDbAsync(db => db.VolunteerProfiles.AnyAsync(p => p.User!.Email == email)));

        var saved = await client.SubmitAsync(profile, new Dictionary<string, string?>
        {
            ["Phone"] = "870-555-0101",
            ["AgeGroup"] = "Adult",
            ["Interests"] = "\"><svg onload=alert(1)>",
            ["AcceptWaiver"] = "true",
        });
        // The intent is carried through: a one-click confirmation of the very shift (a GET never signs up).
        Assert.Equal($"/shifts/{e.Shifts[0].Id}/signup", saved.Url.AbsolutePath);
        Assert.Contains("One more step", saved.StatusMessage);
        Assert.Empty(await factory.SignupsAsync(e.Shifts[0].Id));
        var stored = await factory.WithDbAsync(db => db.VolunteerProfiles.SingleAsync(p => p.User!.Email == email));
        Assert.Equal("2026-1", stored.WaiverVersion);

        var signedUp = await client.SignUpAsync(saved, e.Shifts[0].Id);
        Assert.StartsWith($"/events/{e.Id}/", signedUp.Url.AbsolutePath);
        Assert.Contains("You're signed up", signedUp.StatusMessage);
        Assert.Contains("You are signed up for this shift.", signedUp.Text);
        Assert.Contains("2 of 3 spots left", signedUp.Text);
        var mail = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email && m.Kind == "SignupConfirmed").SingleAsync());
        Assert.Equal("shift.ics", mail.AttachmentName);
        var ics = System.Text.Encoding.UTF8.GetString(mail.AttachmentContent!);
        Assert.Contains("BEGIN:VCALENDAR", ics);
        Assert.Contains("TZID:America/Chicago", ics);

        var my = await client.GetPageAsync("/my");
        Assert.Contains(e.Title, my.Text);
        Assert.Contains("Confirmed", my.Text);
    }

    [Fact]
    public async Task Minimum_age_and_background_checks_are_enforced_on_the_server()
    {
        var e = await factory.PublishedEventAsync(5, 5);
        await factory.WithDbAsync(async db =>
        {
            await db.Shifts.Where(s => s.Id == e.Shifts[0].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.MinimumAge, 18));
            await db.Shifts.Where(s => s.Id == e.Shifts[1].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.WorksWithChildren, true).SetProperty(s => s.StartUtc, s => s.EndUtc.AddHours(-1)));
            await db.Shifts.Where(s => s.Id == e.Shifts[0].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.EndUtc, s => s.StartUtc.AddHours(1)));
        });
        var teen = await factory.LoggedInVolunteerAsync(EventSteps.Unique("teen"), AgeGroup.SixteenToSeventeen);
        var young = await teen.SignUpAsync(e, e.Shifts[0].Id);
        Assert.Equal(HttpStatusCode.Conflict, young.Status);
        Assert.Contains("at least 18 years old", young.Text);

        var uncleared = await teen.SignUpAsync(e, e.Shifts[1].Id);
        Assert.Contains("background check", uncleared.Text);
        var cleared = await factory.LoggedInVolunteerAsync(EventSteps.Unique("cleared"), AgeGroup.Adult, BackgroundCheckStatus.Cleared);
        Assert.Contains("You're signed up", (await cleared.SignUpAsync(e, e.Shifts[1].Id)).StatusMessage);
        Assert.Single(await factory.SignupsAsync(e.Shifts[1].Id));
        Assert.Empty(await factory.SignupsAsync(e.Shifts[0].Id));
    }

    [Fact]
    public async Task Residents_see_only_their_own_sign_ups_and_others_ids_answer_404()
    {
        var e = await factory.PublishedEventAsync(5);
        var alice = await factory.LoggedInVolunteerAsync(EventSteps.Unique("alice"));
        var bob = await factory.LoggedInVolunteerAsync(EventSteps.Unique("bob"));
        await alice.SignUpAsync(e, e.Shifts[0].Id);
        var aliceSignup = (await factory.SignupsAsync(e.Shifts[0].Id)).Single();

        var page = await bob.GetPageAsync("/my");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.Document.QuerySelector("form[action='/my/calendar']")!;
        var fields = HtmlClient.FormFields(form);
        var response = await bob.PostAsync($"/signups/{aliceSignup.Id}/cancel", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.PostAsync("/signups/999999/cancel", new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(SignupStatus.Confirmed, (await factory.SignupsAsync(e.Shifts[0].Id)).Single().Status);
        Assert.DoesNotContain(e.Title, (await bob.GetPageAsync("/my")).Text);
        Assert.DoesNotContain(e.Title, await bob.GetStringAsync("/my/hours.csv"));
        Assert.Equal(HttpStatusCode.NotFound, (await bob.PostAsync("/shifts/999999/signup", new FormUrlEncodedContent(fields))).StatusCode);
    }

    [Fact]
    public async Task The_private_calendar_feed_lists_my_shifts_and_stops_when_revoked()
    {
        var e = await factory.PublishedEventAsync(5);
        var client = await factory.LoggedInVolunteerAsync(EventSteps.Unique("feed"));
        await client.SignUpAsync(e, e.Shifts[0].Id);
        var my = await client.SubmitAsync(await client.GetPageAsync("/my"), formSelector: "form[action='/my/calendar']");
        var url = my.FieldValue("calendar-url") ?? my.Document.QuerySelector("#calendar-url")!.GetAttribute("value")!;
        var path = new Uri(url).PathAndQuery;
        var anonymous = factory.CreateBrowserClient();
        var feed = await anonymous.GetAsync(path);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.Contains("Crew 1", text);
        Assert.Contains("UID:signup-", text);

        await client.SubmitAsync(await client.GetPageAsync("/my"), formSelector: "form[action='/my/calendar/revoke']");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/my/calendar/not-a-token.ics")).StatusCode);
    }

    [Fact]
    public async Task Followers_of_a_type_are_emailed_when_a_matching_event_is_published()
    {
        var email = EventSteps.Unique("follower");
        var client = await factory.LoggedInVolunteerAsync(email);
        var follows = await client.GetPageAsync("/my/follows");
        var followed = await client.SubmitAsync(follows, new Dictionary<string, string?> { ["Type"] = nameof(EventType.EnvironmentalCleanup) }, formSelector: "form:has(#Type)");
        Assert.Contains("Followed", followed.StatusMessage);
        Assert.Contains("Environmental cleanup", followed.Text);

        var coordinatorEmail = EventSteps.Unique("publisher");
        await factory.CreateUserAsync(coordinatorEmail, TestUsers.Password, Roles.Coordinator);
        var coordinator = factory.CreateBrowserClient();
        await coordinator.LoginAsync(coordinatorEmail);
        var draft = await factory.EventAsync(DateTime.UtcNow.AddDays(20), DateTime.UtcNow.AddDays(20).AddHours(2), EventStatus.Draft, 4);
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/events/{draft.Id}"), formSelector: $"form[action='/manage/events/{draft.Id}/publish']");

        var mail = await factory.LatestMailAsync(email);
        Assert.Equal($"New event: {draft.Title}", mail.Subject);
    }

    [Fact]
    public async Task Reminders_go_out_once_before_the_shift()
    {
        var start = DateTime.UtcNow.AddHours(30);
        var e = await factory.EventAsync(start, start.AddHours(2), EventStatus.Published, 5);
        var email = EventSteps.Unique("remind");
        var client = await factory.LoggedInVolunteerAsync(email);
        await client.SignUpAsync(e, e.Shifts[0].Id);

        var reminders = factory.Services.GetRequiredService<ShiftReminderService>();
        // The worker is off in these tests (EventsFactory), so these two runs are the only ones.
        var first = await reminders.SendDueAsync();
        var again = await reminders.SendDueAsync();

        Assert.Equal(1, first);
        Assert.Equal(0, again);
        var mail = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email && m.Kind == "ShiftReminder").ToListAsync());
        Assert.Single(mail);
        Assert.Contains("in 1 day", mail[0].Subject);
    }

    [Fact]
    public async Task An_event_not_seeking_volunteers_shows_no_sign_up_and_refuses_one()
    {
        var e = await factory.PublishedEventAsync(5);
        await factory.WithDbAsync(db => db.Events.Where(x => x.Id == e.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.SeekingVolunteers, false)));
        var client = await factory.LoggedInVolunteerAsync(EventSteps.Unique("early"));
        var page = await client.GetPageAsync(e.EventUrl());
        Assert.Empty(page.Document.QuerySelectorAll("form[action^='/shifts/']"));

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await client.GetPageAsync("/my")).Document.QuerySelector("form[action='/my/calendar']")!;
        var fields = HtmlClient.FormFields(form);
        fields.Add(new("IdempotencyKey", "abc123"));
        var response = await client.PostAsync($"/shifts/{e.Shifts[0].Id}/signup", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await factory.SignupsAsync(e.Shifts[0].Id));
    }

    [Fact]
    public async Task Return_addresses_never_leave_the_site()
    {
        var e = await factory.PublishedEventAsync(2);
        var client = await factory.LoggedInVolunteerAsync(EventSteps.Unique("redirect"));
        var profile = await client.GetPageAsync("/volunteer/profile?returnUrl=%2F%2Fevil.example");
        var saved = await client.SubmitAsync(profile, new Dictionary<string, string?> { ["ReturnUrl"] = "//evil.example", ["AcceptWaiver"] = "true", ["AgeGroup"] = "Adult" });
        Assert.Equal("localhost", saved.Url.Host);
        Assert.Equal("/my", saved.Url.AbsolutePath);

        await client.SignUpAsync(e, e.Shifts[0].Id);
        var page = await client.GetPageAsync(e.EventUrl());
        var confirm = await client.OpenCancelAsync(page);
        var cancelled = await client.SubmitAsync(confirm, new Dictionary<string, string?> { ["returnUrl"] = "https://evil.example/" }, formSelector: "form[action$='/cancel']");
        Assert.Equal("localhost", cancelled.Url.Host);
        // The way back from the "cancelled, undo?" page is the event page, never the foreign address.
        Assert.StartsWith($"/events/{e.Id}/", new Uri(cancelled.Url, cancelled.Document.QuerySelector("#back-link")!.GetAttribute("href")!).AbsolutePath);
        Assert.DoesNotContain("evil.example", cancelled.Text, StringComparison.Ordinal);
        var evilConfirm = await client.GetPageAsync($"/signups/{(await factory.SignupsAsync(e.Shifts[0].Id)).Single().Id}/cancelled?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.DoesNotContain("evil.example", evilConfirm.Text, StringComparison.Ordinal);
    }
}
