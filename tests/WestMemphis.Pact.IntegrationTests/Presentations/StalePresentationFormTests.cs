using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Presentations;

/// <summary>
/// Every staff edit form of a presentation request carries the version its page was made from: a page saved by
/// someone else meanwhile (or a form without its version) is refused with the one "changed by someone else" message
/// and nothing of it is saved. The school directory's edit form is covered in <see cref="DirectoryAndCalendarTests"/>.
/// </summary>
public sealed class StalePresentationFormTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static readonly string Changed = SaveChangesExtensions.ChangedBySomeoneElse("request");

    private static string Email() => $"stale-{Guid.NewGuid():N}@example.com";

    private async Task<int> NewRequestAsync(int daysAhead) =>
        (await factory.RequestAsync(await factory.CreateBrowserClient().RequestVisitAsync(Email(), v =>
        {
            v["Option1Date"] = PresentationSteps.DaysAhead(daysAhead);
            v["Option2Date"] = PresentationSteps.DaysAhead(daysAhead + 1);
        }))).Id;

    private Task<PresentationRequest> LoadAsync(int id) =>
        factory.WithDbAsync(db => db.PresentationRequests.AsNoTracking().Include(r => r.Appearance).SingleAsync(r => r.Id == id));

    [Fact]
    public async Task A_stale_or_versionless_review_is_refused_and_the_request_left_as_it_is()
    {
        var coordinator = await factory.CoordinatorAsync();
        var id = await NewRequestAsync(120);
        var stale = await coordinator.GetPageAsync($"/manage/presentations/{id}");

        // Someone else saved the request meanwhile (still submitted, with a new version).
        var theirs = Guid.NewGuid();
        await factory.WithDbAsync(db => db.PresentationRequests.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, theirs)));
        var refused = await coordinator.SubmitAsync(stale, formSelector: "form[action$='/review']");
        Assert.Equal(Changed, refused.StatusMessage);

        var fresh = await coordinator.GetPageAsync($"/manage/presentations/{id}");
        var versionless = await coordinator.SubmitAsync(fresh, new Dictionary<string, string?> { ["Version"] = "" }, "form[action$='/review']");
        Assert.Equal(Changed, versionless.StatusMessage);

        var saved = await LoadAsync(id);
        Assert.Equal(PresentationStatus.Submitted, saved.Status);
        Assert.Equal(theirs, saved.Version);
    }

    [Fact]
    public async Task A_stale_or_versionless_decline_is_refused_and_the_requester_not_emailed()
    {
        var coordinator = await factory.CoordinatorAsync();
        var id = await NewRequestAsync(125);
        var stale = await coordinator.GetPageAsync($"/manage/presentations/{id}/decline");
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), formSelector: "form[action$='/review']");

        var refused = await coordinator.SubmitAsync(stale, new Dictionary<string, string?> { ["Reason"] = "We are fully booked." }, "form[action$='/decline']");
        Assert.Contains(Changed, refused.Errors);
        var versionless = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}/decline"),
            new Dictionary<string, string?> { ["Reason"] = "We are fully booked.", ["Version"] = "" }, "form[action$='/decline']");
        Assert.Contains(Changed, versionless.Errors);

        var saved = await LoadAsync(id);
        Assert.Equal(PresentationStatus.UnderReview, saved.Status);
        Assert.Null(saved.DeclineReason);
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == saved.RequesterEmail).Select(m => m.Kind).ToListAsync()),
            k => k == "PresentationDeclined");
    }

    [Fact]
    public async Task A_stale_or_versionless_completion_is_refused_and_nothing_recorded()
    {
        var coordinator = await factory.CoordinatorAsync();
        var id = await NewRequestAsync(130);
        await coordinator.ScheduleAsync(id, new Dictionary<string, string?> { ["OfficerIds"] = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id, ["ResourceIds"] = null });
        await factory.WithDbAsync(db => db.Appearances.Where(a => a.RequestId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.StartUtc, DateTime.UtcNow.AddHours(-3)).SetProperty(a => a.EndUtc, DateTime.UtcNow.AddHours(-2))));
        var stale = await coordinator.GetPageAsync($"/manage/presentations/{id}");

        // Someone else declined it meanwhile.
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}/decline"),
            new Dictionary<string, string?> { ["Reason"] = "The school closed that day." }, "form[action$='/decline']");
        var refused = await coordinator.SubmitAsync(stale, new Dictionary<string, string?> { ["PeopleReached"] = "80" }, "form[action$='/complete']");
        Assert.Contains(Changed, refused.Errors);
        var versionless = await coordinator.SubmitAsync(stale, new Dictionary<string, string?> { ["PeopleReached"] = "80", ["Version"] = "" }, "form[action$='/complete']");
        Assert.Contains(Changed, versionless.Errors);

        var saved = await LoadAsync(id);
        Assert.Equal(PresentationStatus.Declined, saved.Status);
        Assert.Null(saved.PeopleReached);
        Assert.Null(saved.CompletedUtc);
    }

    [Fact]
    public async Task A_stale_or_versionless_schedule_is_refused_and_nothing_booked()
    {
        var coordinator = await factory.CoordinatorAsync();
        var id = await NewRequestAsync(135);
        var officer = (await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer)).Id;
        var stale = await coordinator.GetPageAsync($"/manage/presentations/{id}/schedule");

        // Someone else marked it under review meanwhile.
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), formSelector: "form[action$='/review']");
        var refused = await coordinator.SubmitAsync(stale, new Dictionary<string, string?> { ["OfficerIds"] = officer, ["ResourceIds"] = null });
        Assert.Contains(Changed, refused.Errors);
        var versionless = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}/schedule"),
            new Dictionary<string, string?> { ["OfficerIds"] = officer, ["ResourceIds"] = null, ["Version"] = "" });
        Assert.Contains(Changed, versionless.Errors);

        var saved = await LoadAsync(id);
        Assert.Equal(PresentationStatus.UnderReview, saved.Status);
        Assert.Null(saved.Appearance);
    }
}
