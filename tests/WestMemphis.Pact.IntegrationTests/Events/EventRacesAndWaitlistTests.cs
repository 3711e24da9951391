using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// Waitlists of cancelled or started shifts stay put; double submits and races end in "changed by someone
/// else" or an idempotent success, never an error page; a cancelled sign-up is never reminded.
/// </summary>
public sealed class EventRacesAndWaitlistTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private async Task<HttpClient> CoordinatorAsync()
    {
        var email = EventSteps.Unique("race-coordinator");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    private async Task<List<(string Subject, string To)>> MailToAsync(params string[] addresses) =>
        (await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => addresses.Contains(m.ToAddress)).Select(m => new { m.Subject, m.ToAddress }).ToListAsync()))
        .Select(m => (m.Subject, m.ToAddress)).ToList();

    [Fact]
    public async Task A_cancelled_event_offers_no_cancel_and_moves_no_waitlist_by_volunteer_staff_or_a_capacity_raise()
    {
        var coordinator = await CoordinatorAsync();
        var e = await factory.PublishedEventAsync(1);
        var shiftId = e.Shifts[0].Id;
        var confirmedEmail = EventSteps.Unique("stays");
        var waitingEmail = EventSteps.Unique("waits");
        var confirmed = await factory.LoggedInVolunteerAsync(confirmedEmail);
        await confirmed.SignUpAsync(e, shiftId);
        await (await factory.LoggedInVolunteerAsync(waitingEmail)).SignUpAsync(e, shiftId);
        var staleEventPage = await confirmed.OpenCancelAsync(await confirmed.GetPageAsync(e.EventUrl()));
        Assert.NotNull(staleEventPage.Document.QuerySelector("form[action$='/cancel']"));

        var cancelForm = await coordinator.GetPageAsync($"/manage/events/{e.Id}/cancel");
        Assert.Contains("The event is cancelled", (await coordinator.SubmitAsync(cancelForm, new Dictionary<string, string?> { ["Reason"] = "Flooding." })).StatusMessage);

        Assert.Null((await confirmed.GetPageAsync(e.EventUrl())).Document.QuerySelector(EventSteps.CancelLink));
        Assert.Null((await confirmed.GetPageAsync("/my")).Document.QuerySelector(EventSteps.CancelLink));

        // The confirmation page the volunteer had open before the event was cancelled still carries the form: the server refuses it.
        var refused = await confirmed.SubmitAsync(staleEventPage, formSelector: "form[action$='/cancel']");
        Assert.Contains("cancelled", refused.StatusMessage);
        Assert.Equal([SignupStatus.Confirmed, SignupStatus.Waitlisted], (await factory.SignupsAsync(shiftId)).Select(s => s.Status));

        var shiftForm = await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/edit");
        var raised = await coordinator.SubmitAsync(shiftForm, new Dictionary<string, string?> { ["Capacity"] = "3" });
        Assert.DoesNotContain("moved off the waitlist", raised.StatusMessage);
        Assert.Equal([SignupStatus.Confirmed, SignupStatus.Waitlisted], (await factory.SignupsAsync(shiftId)).Select(s => s.Status));

        var firstId = (await factory.SignupsAsync(shiftId))[0].Id;
        var roster = await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/roster");
        await coordinator.SubmitAsync(roster, formSelector: $"form[action='/manage/signups/{firstId}/remove']");
        Assert.Equal([SignupStatus.Cancelled, SignupStatus.Waitlisted], (await factory.SignupsAsync(shiftId)).Select(s => s.Status));
        Assert.DoesNotContain(await MailToAsync(waitingEmail), m => m.Subject.Contains("A place opened up", StringComparison.Ordinal));
        var shift = await factory.ShiftAsync(shiftId);
        Assert.Equal((0, 1), (shift.Filled, shift.WaitlistCount));
    }

    [Fact]
    public async Task Once_a_shift_has_started_a_volunteer_cannot_cancel_and_a_removal_by_staff_promotes_nobody()
    {
        var coordinator = await CoordinatorAsync();
        var now = DateTime.UtcNow;
        var e = await factory.EventAsync(now.AddHours(-1), now.AddHours(2), EventStatus.Published, 1);
        var shiftId = e.Shifts[0].Id;
        var confirmedEmail = EventSteps.Unique("started");
        var waitingEmail = EventSteps.Unique("started-waiting");
        var confirmed = await factory.LoggedInVolunteerAsync(confirmedEmail);
        var waiting = await factory.VolunteerAsync(waitingEmail);
        var confirmedId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == confirmedEmail).Select(u => u.Id).SingleAsync());
        // Arrangement: both signed up before the shift began (sign-ups close at the start).
        await factory.WithDbAsync(async db =>
        {
            db.Signups.Add(new Signup { ShiftId = shiftId, VolunteerId = confirmedId, Status = SignupStatus.Confirmed, IdempotencyKey = "a1", CreatedUtc = now.AddDays(-2) });
            db.Signups.Add(new Signup { ShiftId = shiftId, VolunteerId = waiting.Id, Status = SignupStatus.Waitlisted, IdempotencyKey = "b1", CreatedUtc = now.AddDays(-1) });
            await db.SaveChangesAsync();
            await db.Shifts.Where(s => s.Id == shiftId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Filled, 1).SetProperty(s => s.WaitlistCount, 1));
        });
        var signups = await factory.SignupsAsync(shiftId);

        Assert.Null((await confirmed.GetPageAsync(e.EventUrl())).Document.QuerySelector(EventSteps.CancelLink));
        // The form is not offered; post what a stale page would have sent, with a real antiforgery token.
        var tokenForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await confirmed.GetPageAsync("/my")).Document.QuerySelector("form[action='/my/calendar']")!;
        var response = await confirmed.PostAsync($"/signups/{signups[0].Id}/cancel", new FormUrlEncodedContent(HtmlClient.FormFields(tokenForm)));
        var refused = await HtmlPage.FromAsync(response);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("already started", refused.StatusMessage);
        Assert.Equal([SignupStatus.Confirmed, SignupStatus.Waitlisted], (await factory.SignupsAsync(shiftId)).Select(s => s.Status));

        var roster = await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/roster");
        await coordinator.SubmitAsync(roster, formSelector: $"form[action='/manage/signups/{signups[0].Id}/remove']");
        Assert.Equal([SignupStatus.Cancelled, SignupStatus.Waitlisted], (await factory.SignupsAsync(shiftId)).Select(s => s.Status));
        Assert.DoesNotContain(await MailToAsync(waitingEmail), m => m.Subject.Contains("A place opened up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_publishes_at_once_publish_once_and_neither_gets_an_error_page()
    {
        var coordinator = await CoordinatorAsync();
        var e = await factory.EventAsync(DateTime.UtcNow.AddDays(30), DateTime.UtcNow.AddDays(30).AddHours(2), EventStatus.Draft, 2);
        var page = await coordinator.GetPageAsync($"/manage/events/{e.Id}");
        factory.Barrier.Arm(2, db => db.ChangeTracker.Entries<Event>().Any(x => x.Entity.Id == e.Id && x.State == EntityState.Modified));

        var both = await Task.WhenAll(
            coordinator.SubmitAsync(page, formSelector: $"form[action='/manage/events/{e.Id}/publish']"),
            coordinator.SubmitAsync(page, formSelector: $"form[action='/manage/events/{e.Id}/publish']"));

        Assert.Equal(2, factory.Barrier.Arrived);
        Assert.All(both, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Contains(both, p => p.StatusMessage!.StartsWith("Published.", StringComparison.Ordinal));
        Assert.Contains(both, p => p.StatusMessage!.Contains("already published", StringComparison.Ordinal));
        Assert.Equal(EventStatus.Published, await factory.WithDbAsync(db => db.Events.Where(x => x.Id == e.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task Two_completes_at_once_complete_once_and_neither_gets_an_error_page()
    {
        var coordinator = await CoordinatorAsync();
        var e = await factory.EventAsync(DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-1), EventStatus.Published, 2);
        var page = await coordinator.GetPageAsync($"/manage/events/{e.Id}");
        factory.Barrier.Arm(2, db => db.ChangeTracker.Entries<Event>().Any(x => x.Entity.Id == e.Id && x.State == EntityState.Modified));

        var both = await Task.WhenAll(
            coordinator.SubmitAsync(page, formSelector: $"form[action='/manage/events/{e.Id}/complete']"),
            coordinator.SubmitAsync(page, formSelector: $"form[action='/manage/events/{e.Id}/complete']"));

        Assert.Equal(2, factory.Barrier.Arrived);
        Assert.All(both, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(both, p => Assert.Contains("completed", p.StatusMessage));
        Assert.Equal(EventStatus.Completed, await factory.WithDbAsync(db => db.Events.Where(x => x.Id == e.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task Two_deletes_of_a_draft_at_once_delete_it_once_and_neither_gets_an_error_page()
    {
        var coordinator = await CoordinatorAsync();
        var e = await factory.EventAsync(DateTime.UtcNow.AddDays(30), DateTime.UtcNow.AddDays(30).AddHours(2), EventStatus.Draft, 2);
        var page = await coordinator.GetPageAsync($"/manage/events/{e.Id}");
        factory.Barrier.Arm(2, db => db.ChangeTracker.Entries<Event>().Any(x => x.Entity.Id == e.Id && x.State == EntityState.Deleted));

        var both = await Task.WhenAll(
            coordinator.SubmitAsync(page, formSelector: $"form[action='/manage/events/{e.Id}/delete']"),
            coordinator.SubmitAsync(page, formSelector: $"form[action='/manage/events/{e.Id}/delete']"));

        Assert.Equal(2, factory.Barrier.Arrived);
        Assert.All(both, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(both, p => Assert.Equal("/manage/events", p.Url.AbsolutePath));
        Assert.All(both, p => Assert.Contains("deleted", p.StatusMessage));
        Assert.False(await factory.WithDbAsync(db => db.Events.AnyAsync(x => x.Id == e.Id)));
    }

    [Fact]
    public async Task Two_first_saves_of_cleanup_results_at_once_save_one_and_show_the_other_changed_by_someone_else()
    {
        var coordinator = await CoordinatorAsync();
        var e = await factory.EventAsync(DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddDays(-2).AddHours(3), EventStatus.Published, 2);
        var page = await coordinator.GetPageAsync($"/manage/events/{e.Id}/results");
        factory.Barrier.Arm(2, db => db.ChangeTracker.Entries<CleanupResult>().Any(x => x.State == EntityState.Added));

        var both = await Task.WhenAll(
            coordinator.SubmitAsync(page, new Dictionary<string, string?> { ["Bags"] = "40" }),
            coordinator.SubmitAsync(page, new Dictionary<string, string?> { ["Bags"] = "41" }));

        Assert.Equal(2, factory.Barrier.Arrived);
        var saved = Assert.Single(both, p => p.Status == HttpStatusCode.OK);
        Assert.Contains("Cleanup results saved", saved.StatusMessage);
        var conflict = Assert.Single(both, p => p.Status == HttpStatusCode.Conflict);
        Assert.Contains(conflict.Errors, x => x.Contains("changed by someone else", StringComparison.Ordinal));
        var bags = await factory.WithDbAsync(db => db.CleanupResults.Where(r => r.EventId == e.Id).Select(r => r.Bags).ToListAsync());
        Assert.Single(bags);
    }

    [Fact]
    public async Task Saving_results_made_from_a_page_older_than_the_saved_results_is_refused_even_without_a_version()
    {
        var coordinator = await CoordinatorAsync();
        var e = await factory.EventAsync(DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddDays(-2).AddHours(3), EventStatus.Published, 2);
        var first = await coordinator.GetPageAsync($"/manage/events/{e.Id}/results");
        Assert.Contains("Cleanup results saved", (await coordinator.SubmitAsync(first, new Dictionary<string, string?> { ["Bags"] = "12" })).StatusMessage);
        var edit = await coordinator.GetPageAsync($"/manage/events/{e.Id}/results");

        var noVersion = await coordinator.SubmitAsync(edit, new Dictionary<string, string?> { ["Bags"] = "99", ["Version"] = null });
        var stale = await coordinator.SubmitAsync(first, new Dictionary<string, string?> { ["Bags"] = "98" });

        Assert.All([noVersion, stale], p => Assert.Equal(HttpStatusCode.Conflict, p.Status));
        Assert.All([noVersion, stale], p => Assert.Contains(p.Errors, x => x.Contains("changed by someone else", StringComparison.Ordinal)));
        Assert.Equal(12, await factory.WithDbAsync(db => db.CleanupResults.Where(r => r.EventId == e.Id).Select(r => r.Bags).SingleAsync()));
    }

    [Fact]
    public async Task Cancelling_an_event_without_the_version_field_cancels_nothing()
    {
        var coordinator = await CoordinatorAsync();
        var e = await factory.PublishedEventAsync(2);
        var form = await coordinator.GetPageAsync($"/manage/events/{e.Id}/cancel");

        var refused = await coordinator.SubmitAsync(form, new Dictionary<string, string?> { ["Reason"] = "Storm.", ["Version"] = null });

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(refused.Errors, x => x.Contains("changed by someone else", StringComparison.Ordinal));
        Assert.Equal(EventStatus.Published, await factory.WithDbAsync(db => db.Events.Where(x => x.Id == e.Id).Select(x => x.Status).SingleAsync()));
        // The page shown carries the current version: the coordinator can cancel from it.
        Assert.Contains("The event is cancelled", (await coordinator.SubmitAsync(refused, new Dictionary<string, string?> { ["Reason"] = "Storm." })).StatusMessage);
    }

    [Fact]
    public async Task A_volunteer_who_cancels_while_the_reminders_are_being_claimed_is_not_reminded()
    {
        var start = DateTime.UtcNow.AddHours(30);
        var e = await factory.EventAsync(start, start.AddHours(2), EventStatus.Published, 5);
        var email = EventSteps.Unique("cancels-late");
        var volunteer = await factory.LoggedInVolunteerAsync(email);
        var eventPage = await volunteer.OpenCancelAsync(await volunteer.SignUpAsync(e, e.Shifts[0].Id));
        Assert.NotNull(eventPage.Document.QuerySelector("form[action$='/cancel']"));

        // After the worker has read which reminders are due, and before it claims this one, the volunteer cancels.
        factory.BeforeReminderClaim.Once(async () => await volunteer.SubmitAsync(eventPage, formSelector: "form[action$='/cancel']"));
        var queued = await factory.Services.GetRequiredService<ShiftReminderService>().SendDueAsync();

        Assert.Equal(SignupStatus.Cancelled, (await factory.SignupsAsync(e.Shifts[0].Id)).Single().Status);
        Assert.Equal(0, queued);
        Assert.DoesNotContain(await MailToAsync(email), m => m.Subject.StartsWith("Reminder", StringComparison.Ordinal));
    }
}
