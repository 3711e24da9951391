using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>The app on a clock the test moves, so check-in and check-out happen at chosen times.</summary>
public sealed class ClockedEventsFactory : EventsFactory
{
    public ClockedEventsFactory() => Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
}

/// <summary>Hours credited at the door, through the roster's real forms, on a clock the test moves.</summary>
public sealed class CheckInHoursTests(ClockedEventsFactory factory) : IClassFixture<ClockedEventsFactory>
{
    /// <summary>A coordinator signed in now, by the test's clock.</summary>
    private async Task<HttpClient> CoordinatorAsync()
    {
        var email = EventSteps.Unique("door");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        var challenge = await client.SubmitAsync(await client.GetPageAsync("/Account/Login"), new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal("/Account/LoginWith2fa", challenge.Url.AbsolutePath);
        // The authenticator code for the wall clock; should the server check codes against the app's clock, the code for that time.
        var done = await client.SubmitAsync(challenge, new Dictionary<string, string?> { ["Code"] = Totp.Code(Totp.KeysByEmail[email]) });
        if (done.Url.AbsolutePath == "/Account/LoginWith2fa")
        {
            done = await client.SubmitAsync(done, new Dictionary<string, string?> { ["Code"] = Totp.Code(Totp.KeysByEmail[email], factory.Clock!.GetUtcNow()) });
        }

        Assert.NotEqual("/Account/LoginWith2fa", done.Url.AbsolutePath);
        return client;
    }

    private async Task<double?> CheckOutAfterAsync(TimeSpan stayed)
    {
        var e = await factory.PublishedEventAsync(5);
        var shiftId = e.Shifts[0].Id;
        await (await factory.LoggedInVolunteerAsync(EventSteps.Unique("hours"))).SignUpAsync(e, shiftId);
        var signupId = (await factory.SignupsAsync(shiftId)).Single().Id;
        var atTheDoor = await CoordinatorAsync();
        var roster = await atTheDoor.GetPageAsync($"/manage/shifts/{shiftId}/roster");
        Assert.Contains("checked in", (await atTheDoor.SubmitAsync(roster, formSelector: $"form[action='/manage/signups/{signupId}/checkin']")).StatusMessage);

        factory.Clock!.Advance(stayed);
        // Someone signed in afresh checks the volunteer out: a long stay outlasts a staff session.
        var later = await CoordinatorAsync();
        roster = await later.GetPageAsync($"/manage/shifts/{shiftId}/roster");
        Assert.Contains("checked out", (await later.SubmitAsync(roster, formSelector: $"form[action='/manage/signups/{signupId}/checkout']")).StatusMessage);
        return (await factory.SignupsAsync(shiftId)).Single().Hours;
    }

    [Fact]
    public async Task Two_hours_and_eight_minutes_round_to_the_nearest_quarter() =>
        Assert.Equal(2.25, await CheckOutAfterAsync(TimeSpan.FromMinutes(128)));

    [Fact]
    public async Task Two_hours_and_seven_minutes_round_down() =>
        Assert.Equal(2.0, await CheckOutAfterAsync(TimeSpan.FromMinutes(127)));

    [Fact]
    public async Task A_forgotten_check_out_is_capped_at_24_hours() =>
        Assert.Equal(24.0, await CheckOutAfterAsync(TimeSpan.FromHours(30)));
}
