using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// Every roster form and the background-check form carry the version of what they change: a form read before someone
/// else changed the sign-up (or the check) is refused with what to do, and the change made meanwhile stands. Each change
/// made meanwhile is one the form's own rules would have accepted, so only the version stops the overwrite.
/// </summary>
public sealed class RosterStaleVersionTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private const string Stale = "This sign-up changed meanwhile";

    /// <summary>A shift with one confirmed volunteer, the coordinator and the sign-up's id.</summary>
    private async Task<(HttpClient Coordinator, int ShiftId, long SignupId)> SignedUpAsync()
    {
        var e = await factory.PublishedEventAsync(5);
        var shiftId = e.Shifts[0].Id;
        await (await factory.LoggedInVolunteerAsync(EventSteps.Unique("stale-roster"))).SignUpAsync(e, shiftId);
        var signupId = (await factory.SignupsAsync(shiftId)).Single().Id;
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        return (coordinator, shiftId, signupId);
    }

    private Task<Signup> SignupAsync(long id) => factory.WithDbAsync(db => db.Signups.AsNoTracking().SingleAsync(s => s.Id == id));

    private Task MeanwhileAsync(long id, Func<IQueryable<Signup>, Task> change) => factory.WithDbAsync(db => change(db.Signups.Where(s => s.Id == id)));

    private static string Form(long signupId, string action) => $"form[action='/manage/signups/{signupId}/{action}']";

    [Fact]
    public async Task A_stale_check_in_is_refused()
    {
        var (coordinator, shiftId, signupId) = await SignedUpAsync();
        var roster = await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/roster");
        await MeanwhileAsync(signupId, q => q.ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.NoShow)));

        var refused = await coordinator.SubmitAsync(roster, formSelector: Form(signupId, "checkin"));

        Assert.Contains(Stale, refused.StatusMessage);
        Assert.Equal((SignupStatus.NoShow, (DateTime?)null), ((await SignupAsync(signupId)).Status, (await SignupAsync(signupId)).CheckedInUtc));
        // The page it lands on is current: checking in from it works.
        Assert.Contains("checked in", (await coordinator.SubmitAsync(refused, formSelector: Form(signupId, "checkin"))).StatusMessage);
    }

    [Fact]
    public async Task A_stale_check_out_is_refused()
    {
        var (coordinator, shiftId, signupId) = await SignedUpAsync();
        var checkedIn = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/roster"), formSelector: Form(signupId, "checkin"));
        Assert.Contains("checked in", checkedIn.StatusMessage);
        var outAt = DateTime.UtcNow.AddMinutes(90);
        await MeanwhileAsync(signupId, q => q.ExecuteUpdateAsync(u => u.SetProperty(s => s.CheckedOutUtc, outAt).SetProperty(s => s.Hours, 1.5)));

        var refused = await coordinator.SubmitAsync(checkedIn, formSelector: Form(signupId, "checkout"));

        Assert.Contains(Stale, refused.StatusMessage);
        Assert.Equal(1.5, (await SignupAsync(signupId)).Hours);
    }

    [Fact]
    public async Task A_stale_no_show_is_refused()
    {
        var (coordinator, shiftId, signupId) = await SignedUpAsync();
        var roster = await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/roster");
        var inAt = DateTime.UtcNow;
        await MeanwhileAsync(signupId, q => q.ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.Attended).SetProperty(s => s.CheckedInUtc, inAt)));

        var refused = await coordinator.SubmitAsync(roster, formSelector: Form(signupId, "noshow"));

        Assert.Contains(Stale, refused.StatusMessage);
        Assert.Equal(SignupStatus.Attended, (await SignupAsync(signupId)).Status);
    }

    [Fact]
    public async Task Stale_hours_are_refused()
    {
        var (coordinator, shiftId, signupId) = await SignedUpAsync();
        var checkedIn = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/roster"), formSelector: Form(signupId, "checkin"));
        var checkedOut = await coordinator.SubmitAsync(checkedIn, formSelector: Form(signupId, "checkout"));
        Assert.Contains("checked out", checkedOut.StatusMessage);
        await MeanwhileAsync(signupId, q => q.ExecuteUpdateAsync(u => u.SetProperty(s => s.Hours, 3.0)));

        var refused = await coordinator.SubmitAsync(checkedOut, new Dictionary<string, string?> { ["Hours"] = "2", ["Approve"] = "true" }, formSelector: Form(signupId, "hours"));

        Assert.Contains(Stale, refused.StatusMessage);
        var signup = await SignupAsync(signupId);
        Assert.Equal((3.0, false), (signup.Hours, signup.HoursApproved));
    }

    [Fact]
    public async Task A_stale_removal_is_refused()
    {
        // One seat: the second volunteer waits. The roster is read; meanwhile the second is given the seat.
        var e = await factory.PublishedEventAsync(1);
        var shiftId = e.Shifts[0].Id;
        await (await factory.LoggedInVolunteerAsync(EventSteps.Unique("stale-first"))).SignUpAsync(e, shiftId);
        await (await factory.LoggedInVolunteerAsync(EventSteps.Unique("stale-second"))).SignUpAsync(e, shiftId);
        var waiting = (await factory.SignupsAsync(shiftId)).Single(s => s.Status == SignupStatus.Waitlisted).Id;
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var roster = await coordinator.GetPageAsync($"/manage/shifts/{shiftId}/roster");
        await MeanwhileAsync(waiting, q => q.ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.Confirmed)));

        var refused = await coordinator.SubmitAsync(roster, formSelector: Form(waiting, "remove"));

        Assert.Contains(Stale, refused.StatusMessage);
        Assert.Equal(SignupStatus.Confirmed, (await SignupAsync(waiting)).Status);
    }

    [Fact]
    public async Task A_stale_background_check_is_refused()
    {
        var email = EventSteps.Unique("stale-check");
        var user = await factory.VolunteerAsync(email, AgeGroup.Adult, BackgroundCheckStatus.Pending);
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var details = await coordinator.GetPageAsync($"/manage/volunteers/{user.Id}");
        // Meanwhile another coordinator records the check as cleared.
        var clearedUtc = DateTime.UtcNow.Date.AddDays(-2);
        await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.UserId == user.Id).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.BackgroundCheck, BackgroundCheckStatus.Cleared).SetProperty(p => p.BackgroundCheckUtc, clearedUtc)));

        var refused = await coordinator.SubmitAsync(details, new Dictionary<string, string?> { ["status"] = "NotCleared", ["checkedOn"] = "" },
            formSelector: "form[action$='/background-check']");

        Assert.Contains("This background check changed meanwhile", refused.StatusMessage);
        var profile = await factory.WithDbAsync(db => db.VolunteerProfiles.AsNoTracking().SingleAsync(p => p.UserId == user.Id));
        Assert.Equal((BackgroundCheckStatus.Cleared, (DateTime?)clearedUtc), (profile.BackgroundCheck, profile.BackgroundCheckUtc));
        // The page it lands on shows the check as it now is, and saving from it works.
        Assert.Contains("Background check saved", (await coordinator.SubmitAsync(refused, new Dictionary<string, string?> { ["status"] = "NotCleared", ["checkedOn"] = "" },
            formSelector: "form[action$='/background-check']")).StatusMessage);
    }
}
