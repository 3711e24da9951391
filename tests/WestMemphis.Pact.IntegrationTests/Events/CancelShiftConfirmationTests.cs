using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>Cancelling a shift is never one tap: a confirmation page first (a GET that changes nothing), then Undo while the place is free.</summary>
public sealed class CancelShiftConfirmationTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Cancel_asks_first_and_undo_signs_up_again()
    {
        var e = await factory.PublishedEventAsync(3);
        var shiftId = e.Shifts[0].Id;
        var volunteer = await factory.LoggedInVolunteerAsync(EventSteps.Unique("undo"));
        await volunteer.SignUpAsync(e, shiftId);

        // "Cancel…" on My shifts opens a page that asks; opening it changes nothing, and "No, keep it" goes back.
        var my = await volunteer.GetPageAsync("/my");
        Assert.Null(my.Document.QuerySelector("form[action$='/cancel']"));
        var confirm = await volunteer.OpenCancelAsync(my);
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Contains("Cancel your shift?", confirm.Text, StringComparison.Ordinal);
        Assert.Equal("/my", confirm.Document.QuerySelector("#keep-it")!.GetAttribute("href"));
        Assert.Equal(SignupStatus.Confirmed, (await factory.SignupsAsync(shiftId)).Single().Status);

        // Yes, cancel: the place is freed, and the next page offers Undo.
        var cancelled = await volunteer.SubmitAsync(confirm, formSelector: "form[action$='/cancel']");
        Assert.Contains("Your sign-up is cancelled", cancelled.StatusMessage, StringComparison.Ordinal);
        Assert.Contains("Your shift is cancelled", cancelled.Text, StringComparison.Ordinal);
        Assert.Equal(SignupStatus.Cancelled, (await factory.SignupsAsync(shiftId)).Single().Status);
        Assert.Equal(0, (await factory.ShiftAsync(shiftId)).Filled);

        var undone = await volunteer.SubmitAsync(cancelled, formSelector: "form[action$='/undo']");
        Assert.Contains("Undone: you're signed up again.", undone.StatusMessage, StringComparison.Ordinal);
        Assert.Equal("/my", undone.Url.AbsolutePath);
        Assert.Equal([SignupStatus.Cancelled, SignupStatus.Confirmed], (await factory.SignupsAsync(shiftId)).Select(s => s.Status));
        Assert.Equal(1, (await factory.ShiftAsync(shiftId)).Filled);

        // A second Undo (another tab, a double click) does nothing more.
        var again = await volunteer.SubmitAsync(cancelled, formSelector: "form[action$='/undo']");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(2, (await factory.SignupsAsync(shiftId)).Count);
        Assert.Equal(1, (await factory.ShiftAsync(shiftId)).Filled);
    }

    [Fact]
    public async Task Undo_is_not_offered_once_the_waitlist_took_the_place_nor_after_ten_minutes()
    {
        var e = await factory.PublishedEventAsync(1, 1);
        var full = e.Shifts[0].Id;
        var holder = await factory.LoggedInVolunteerAsync(EventSteps.Unique("holder"));
        var waiting = await factory.LoggedInVolunteerAsync(EventSteps.Unique("waiting"));
        await holder.SignUpAsync(e, full);
        await waiting.SignUpAsync(e, full);

        var cancelled = await holder.CancelSignupAsync(await holder.GetPageAsync(e.EventUrl()));
        Assert.Null(cancelled.Document.QuerySelector("form[action$='/undo']"));
        Assert.Contains("Your place has already gone to someone else", cancelled.Text, StringComparison.Ordinal);

        // Ten minutes later: the page offered Undo, but the server refuses it.
        var later = e.Shifts[1].Id;
        await holder.SignUpAsync(e, later);
        var page = await holder.CancelSignupAsync(await holder.GetPageAsync("/my"));
        Assert.NotNull(page.Document.QuerySelector("form[action$='/undo']"));
        await factory.WithDbAsync(db => db.Signups.Where(s => s.ShiftId == later).ExecuteUpdateAsync(u => u.SetProperty(s => s.CancelledUtc, DateTime.UtcNow.AddMinutes(-11))));
        var refused = await holder.SubmitAsync(page, formSelector: "form[action$='/undo']");
        Assert.Contains("too late to undo", refused.StatusMessage, StringComparison.Ordinal);
        Assert.All(await factory.SignupsAsync(later), s => Assert.Equal(SignupStatus.Cancelled, s.Status));
    }

    [Fact]
    public async Task Nobody_opens_or_undoes_another_persons_sign_up()
    {
        var e = await factory.PublishedEventAsync(2);
        var alice = await factory.LoggedInVolunteerAsync(EventSteps.Unique("alice"));
        var bob = await factory.LoggedInVolunteerAsync(EventSteps.Unique("bob"));
        await alice.SignUpAsync(e, e.Shifts[0].Id);
        var signup = (await factory.SignupsAsync(e.Shifts[0].Id)).Single();

        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/signups/{signup.Id}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/signups/{signup.Id}/cancelled")).StatusCode);
        await alice.CancelSignupAsync(await alice.GetPageAsync("/my"));
        var tokenForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await bob.GetPageAsync("/my")).Document.QuerySelector("form[action='/my/calendar']")!;
        var response = await bob.PostAsync($"/signups/{signup.Id}/undo", new FormUrlEncodedContent(HtmlClient.FormFields(tokenForm)));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(SignupStatus.Cancelled, (await factory.SignupsAsync(e.Shifts[0].Id)).Single().Status);
    }
}
