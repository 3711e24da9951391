using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// A cleared background check lasts 24 months (Events:BackgroundCheckValidMonths): a shift with children refuses an
/// expired one with what to do, the coordinator records the renewal with its date, and both are reminded before it ends.
/// </summary>
public sealed class BackgroundCheckExpiryTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    private async Task SetCheckAsync(string userId, DateTime checkedUtc) => await factory.WithDbAsync(db =>
        db.VolunteerProfiles.Where(p => p.UserId == userId).ExecuteUpdateAsync(u => u
            .SetProperty(p => p.BackgroundCheck, BackgroundCheckStatus.Cleared).SetProperty(p => p.BackgroundCheckUtc, checkedUtc)));

    [Fact]
    public async Task An_expired_check_is_refused_with_what_to_do_and_a_renewal_recorded_by_the_coordinator_opens_the_shift()
    {
        var e = await factory.PublishedEventAsync(5);
        await factory.WithDbAsync(db => db.Shifts.Where(s => s.Id == e.Shifts[0].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.WorksWithChildren, true)));
        var email = EventSteps.Unique("expired-check");
        var volunteer = await factory.LoggedInVolunteerAsync(email, AgeGroup.Adult, BackgroundCheckStatus.Cleared);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        await SetCheckAsync(user.Id, DateTime.UtcNow.AddMonths(-25));

        var refused = await volunteer.SignUpAsync(e, e.Shifts[0].Id);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("your background check is valid only until", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Call 870-735-1210 to renew it", refused.Text, StringComparison.Ordinal);
        Assert.Empty(await factory.SignupsAsync(e.Shifts[0].Id));

        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var ending = await coordinator.GetPageAsync("/manage/volunteers?check=expiring");
        Assert.Contains(user.FullName, ending.Text, StringComparison.Ordinal);
        Assert.Contains("Expired on", ending.Text, StringComparison.Ordinal);

        var details = await coordinator.GetPageAsync($"/manage/volunteers/{user.Id}");
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var bad = await coordinator.SubmitAsync(details, new Dictionary<string, string?> { ["status"] = "Cleared", ["checkedOn"] = future },
            formSelector: "form[action$='/background-check']");
        Assert.Contains("not in the future", bad.Text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.VolunteerProfiles.AnyAsync(p => p.UserId == user.Id && p.BackgroundCheckUtc < DateTime.UtcNow.AddMonths(-24))));

        var renewed = await coordinator.SubmitAsync(bad, new Dictionary<string, string?> { ["status"] = "Cleared", ["checkedOn"] = "" },
            formSelector: "form[action$='/background-check']");
        Assert.Contains("Background check saved: Cleared on", renewed.Text, StringComparison.Ordinal);
        Assert.Contains("You're signed up", (await volunteer.SignUpAsync(e, e.Shifts[0].Id)).StatusMessage);
    }

    [Fact]
    public async Task The_volunteer_and_the_coordinators_are_reminded_once_before_the_check_ends()
    {
        var (_, coordinator) = await factory.SignedInAsync(Roles.Coordinator);
        var coordinatorEmail = coordinator.Email!;
        var email = EventSteps.Unique("ending-check");
        await factory.VolunteerAsync(email, AgeGroup.Adult, BackgroundCheckStatus.Cleared);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        await SetCheckAsync(user.Id, DateTime.UtcNow.AddMonths(-24).AddDays(10));
        var reminders = factory.Services.GetRequiredService<BackgroundCheckReminderService>();

        Assert.True(await reminders.SendDueAsync() >= 1);
        var (subject, body, _) = await factory.LatestMailAsync(email);
        Assert.StartsWith("Your volunteer background check ends on", subject, StringComparison.Ordinal);
        Assert.Contains("870-735-1210", body, StringComparison.Ordinal);
        Assert.Contains("You get this email because", body, StringComparison.Ordinal);
        var (staffSubject, staffBody, _) = await factory.LatestMailAsync(coordinatorEmail);
        Assert.StartsWith("A volunteer's background check ends on", staffSubject, StringComparison.Ordinal);
        Assert.Contains(user.Id, staffBody, StringComparison.Ordinal);

        // Once per check: a second run sends nothing more to this volunteer.
        await reminders.SendDueAsync();
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "BackgroundCheckExpiring")));
    }
}
