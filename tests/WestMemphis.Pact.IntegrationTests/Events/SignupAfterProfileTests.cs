using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// "Sign up" sends a first-time resident to the volunteer profile; after saving it they confirm that very
/// shift in one click (the same POST as the event page, so the same rules and messages), and no GET and
/// no forged shift id ever signs anyone up.
/// </summary>
public sealed class SignupAfterProfileTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private static readonly Dictionary<string, string?> AdultProfile = new()
    {
        ["Phone"] = "870-555-0102",
        ["AgeGroup"] = "Adult",
        ["AcceptWaiver"] = "true",
    };

    [Fact]
    public async Task A_full_shift_chosen_before_the_profile_is_confirmed_onto_the_waitlist_with_the_usual_message()
    {
        var e = await factory.PublishedEventAsync(1);
        var shift = e.Shifts[0].Id;
        var first = await factory.LoggedInVolunteerAsync(EventSteps.Unique("seat-taker"));
        Assert.Contains("You're signed up", (await first.SignUpAsync(e, shift)).StatusMessage);
        var client = await NewResidentAsync("waitlister");

        var profile = await client.SignUpAsync(e, shift);
        Assert.Equal("/volunteer/profile", profile.Url.AbsolutePath);
        Assert.Contains($"Crew 1 at {e.Title}", profile.Document.QuerySelector(".next-shift")!.TextContent);
        var confirm = await client.SubmitAsync(profile, AdultProfile);
        Assert.Equal($"/shifts/{shift}/signup", confirm.Url.AbsolutePath);
        Assert.Contains("Full (1 volunteers). Waitlist: you would be number 1.", confirm.Text);

        var done = await client.SubmitAsync(confirm, formSelector: $"form[action='/shifts/{shift}/signup']");
        Assert.StartsWith($"/events/{e.Id}/", done.Url.AbsolutePath);
        Assert.Equal("The shift is full: you are number 1 on the waitlist. We'll email you if a place opens.", done.StatusMessage);
        Assert.Equal([SignupStatus.Confirmed, SignupStatus.Waitlisted], (await factory.SignupsAsync(shift)).Select(s => s.Status));

        // Pressing the button again (or coming back to the page) adds nothing.
        Assert.Contains("already signed up", (await client.SubmitAsync(confirm, formSelector: $"form[action='/shifts/{shift}/signup']")).Text);
        var again = await client.GetPageAsync($"/shifts/{shift}/signup");
        Assert.Contains("You're already signed up for this shift.", again.Text);
        Assert.Null(again.Document.QuerySelector($"form[action='/shifts/{shift}/signup']"));
        Assert.Equal(2, (await factory.SignupsAsync(shift)).Count);
    }

    [Fact]
    public async Task Age_and_overlap_rules_hold_after_the_profile_with_the_same_messages_as_on_the_event_page()
    {
        var e = await factory.PublishedEventAsync(5, 5);
        await factory.WithDbAsync(db => db.Shifts.Where(s => s.Id == e.Shifts[0].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.MinimumAge, 18)));

        // A 16-year-old: the confirmation page names the age rule and offers no button; the POST refuses it too.
        var teen = await NewResidentAsync("teen-after-profile");
        var profile = await teen.SignUpAsync(e, e.Shifts[0].Id);
        var confirm = await teen.SubmitAsync(profile, new Dictionary<string, string?>
        {
            ["Phone"] = "870-555-0103",
            ["AgeGroup"] = "SixteenToSeventeen",
            ["GuardianName"] = "A Parent",
            ["GuardianEmail"] = "a.parent@example.com",
            ["AcceptWaiver"] = "true",
        });
        Assert.Equal($"/shifts/{e.Shifts[0].Id}/signup", confirm.Url.AbsolutePath);
        var refusal = confirm.Document.QuerySelector("main [role=alert]")!.TextContent.Trim();
        Assert.Contains("at least 18 years old", refusal);
        Assert.Null(confirm.Document.QuerySelector($"form[action='/shifts/{e.Shifts[0].Id}/signup']"));
        var posted = await teen.SignUpAsync(e, e.Shifts[0].Id);
        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        Assert.Equal(refusal, posted.Document.QuerySelector("main [role=alert]")!.TextContent.Trim());

        // Put on an overlapping shift by the coordinator before having a profile: the confirmed click meets the overlap rule.
        var busy = await factory.CreateUserAsync(EventSteps.Unique("busy"), TestUsers.Password, Roles.Resident);
        using (var scope = factory.Services.CreateScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<ShiftSignups>().SignUpAsync(e.Shifts[0].Id, busy.Id, Guid.NewGuid().ToString("N"), byStaff: true);
            Assert.Equal(SignupOutcome.Confirmed, added.Outcome);
        }

        var client = factory.CreateBrowserClient();
        await client.LoginAsync(busy.Email!);
        var overlapConfirm = await client.SubmitAsync(await client.SignUpAsync(e, e.Shifts[1].Id), AdultProfile);
        var overlap = await client.SubmitAsync(overlapConfirm, formSelector: $"form[action='/shifts/{e.Shifts[1].Id}/signup']");
        Assert.Equal(HttpStatusCode.Conflict, overlap.Status);
        Assert.Contains("This shift overlaps another shift you signed up for: Crew 1", overlap.Text);
        Assert.Empty(await factory.SignupsAsync(e.Shifts[1].Id));
    }

    [Fact]
    public async Task Shift_ids_carried_through_the_profile_are_checked_and_a_GET_never_signs_up()
    {
        var open = await factory.PublishedEventAsync(3);
        var draft = await factory.EventAsync(DateTime.UtcNow.AddDays(9), DateTime.UtcNow.AddDays(9).AddHours(2), EventStatus.Draft, 3);
        var cancelled = await factory.EventAsync(DateTime.UtcNow.AddDays(9), DateTime.UtcNow.AddDays(9).AddHours(2), EventStatus.Cancelled, 3);
        var client = await NewResidentAsync("forger");

        // Only a shift of a published event is carried in the form.
        foreach (var id in new[] { draft.Shifts[0].Id.ToString(CultureInfo.InvariantCulture), "abc", "-1", "2147483648", "//evil.example", "999999" })
        {
            var page = await client.GetPageAsync($"/volunteer/profile?shiftId={Uri.EscapeDataString(id)}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("", page.FieldValue("ShiftId"));
            Assert.Null(page.Document.QuerySelector(".next-shift"));
        }

        // Hand-edited hidden fields: the profile is saved and the resident goes to My PACT, never to a sign-up or off the site.
        var form = await client.GetPageAsync("/volunteer/profile");
        foreach (var id in new[] { draft.Shifts[0].Id.ToString(CultureInfo.InvariantCulture), cancelled.Shifts[0].Id.ToString(CultureInfo.InvariantCulture), "1e3", "//evil.example", new string('9', 5000) })
        {
            var saved = await client.SubmitAsync(form, new Dictionary<string, string?>(AdultProfile) { ["ShiftId"] = id, ["ReturnUrl"] = "https://evil.example/" });
            Assert.True(saved.Status == HttpStatusCode.OK, $"ShiftId '{id[..Math.Min(20, id.Length)]}' answered {saved.Status}");
            Assert.Equal("localhost", saved.Url.Host);
            Assert.Equal("/my", saved.Url.AbsolutePath);
        }

        // The confirmation page of a shift only shows it, however often it is opened.
        var shift = open.Shifts[0].Id;
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("3 of 3 spots left", (await client.GetPageAsync($"/shifts/{shift}/signup")).Text);
        }

        Assert.Empty(await factory.SignupsAsync(shift));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/shifts/{draft.Shifts[0].Id}/signup")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/shifts/999999/signup")).Status);
        var closed = await client.GetPageAsync($"/shifts/{cancelled.Shifts[0].Id}/signup");
        Assert.Contains("This event is not open for sign-ups.", closed.Text);
        Assert.Null(closed.Document.QuerySelector("main form"));

        // The button itself is an ordinary antiforgery-checked POST.
        var noToken = await client.PostAsync($"/shifts/{shift}/signup", new FormUrlEncodedContent([new("IdempotencyKey", "abc")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Empty(await factory.SignupsAsync(shift));
    }

    [Fact]
    public async Task The_profile_form_carrying_a_shift_survives_bad_input_and_never_signs_up()
    {
        var e = await factory.PublishedEventAsync(3);
        var shift = e.Shifts[0].Id;
        var client = await NewResidentAsync("bad-input-confirm");
        await BadInputKit.RunAsync(client, $"/volunteer/profile?shiftId={shift}", new Dictionary<string, string?>(AdultProfile) { ["ShiftId"] = shift.ToString(CultureInfo.InvariantCulture) });
        Assert.Empty(await factory.SignupsAsync(shift));
        Assert.Contains("3 of 3 spots left", (await client.GetPageAsync($"/shifts/{shift}/signup")).Text);
    }

    private async Task<HttpClient> NewResidentAsync(string name)
    {
        var email = EventSteps.Unique(name);
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Resident);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }
}
