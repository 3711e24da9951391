using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Presentations;

/// <summary>The bad-input kit on every presentations form: public and staff.</summary>
public sealed class PresentationsBadInputTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static string Email() => $"bad-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Request_form_survives_bad_input() =>
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), "/presentations/request", PresentationSteps.ValidRequest(Email()),
            () => factory.WithDbAsync(db => db.PresentationRequests.CountAsync()), coverage: BadInputKit.Coverage.EveryValueInEveryField);

    [Fact]
    public async Task National_night_out_form_survives_bad_input()
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/presentations/national-night-out");
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), "/presentations/national-night-out", new Dictionary<string, string?>
        {
            ["HostName"] = "Host",
            ["HostEmail"] = Email(),
            ["HostPhone"] = "870-555-0100",
            ["Address"] = "1 Elm St",
            ["ExpectedGuests"] = "40",
            ["PartyDate"] = page.FieldValue("PartyDate"),
            ["PartyStart"] = "18:00",
            ["PartyEnd"] = "21:00",
        }, () => factory.WithDbAsync(db => db.PresentationRequests.CountAsync()), coverage: BadInputKit.Coverage.EveryValueInEveryField);
    }

    [Fact]
    public async Task Status_form_survives_bad_input() =>
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), "/status", new Dictionary<string, string?> { ["Code"] = "PR-23456789", ["Email"] = Email() }, coverage: BadInputKit.Coverage.EveryValueInEveryField);

    [Fact]
    public async Task Staff_forms_survive_bad_input()
    {
        var coordinator = await factory.CoordinatorAsync();
        var code = await factory.CreateBrowserClient().RequestVisitAsync(Email(), v => { v["Option1Date"] = PresentationSteps.DaysAhead(200); v["Option2Date"] = PresentationSteps.DaysAhead(201); });
        var id = (await factory.RequestAsync(code)).Id;
        var officer = await factory.CreateUserAsync(Email(), TestUsers.Password, Roles.Officer);

        await BadInputKit.RunAsync(coordinator, $"/manage/presentations/{id}/schedule", new Dictionary<string, string?>
        {
            ["Date"] = PresentationSteps.DaysAhead(200),
            ["Start"] = "09:00",
            ["End"] = "10:00",
            ["Location"] = "Hall",
            ["OfficerIds"] = officer.Id,
            ["ResourceIds"] = null,
        }, () => factory.WithDbAsync(db => db.AppearanceBookings.CountAsync()));
        Assert.Equal(PresentationStatus.Scheduled, (await factory.RequestAsync(code)).Status);

        var details = $"/manage/presentations/{id}";
        await BadInputKit.RunAsync(coordinator, details, new Dictionary<string, string?> { ["Body"] = "A note." }, formSelector: "form[action$='/message']");
        // A version nobody holds: every decline and completion is refused, so the forms stay to be tried again.
        await BadInputKit.RunAsync(coordinator, details + "/decline", new Dictionary<string, string?> { ["Reason"] = "No.", ["Version"] = Guid.Empty.ToString() },
            () => factory.WithDbAsync(db => db.PresentationRequests.CountAsync(r => r.Status == PresentationStatus.Declined)), "form[action$='/decline']");
        await BadInputKit.RunAsync(coordinator, details, new Dictionary<string, string?> { ["PeopleReached"] = "50", ["Version"] = Guid.Empty.ToString() },
            () => factory.WithDbAsync(db => db.PresentationRequests.CountAsync(r => r.Status == PresentationStatus.Completed)), "form[action$='/complete']");

        await BadInputKit.RunAsync(coordinator, "/manage/schools/new", new Dictionary<string, string?> { ["Name"] = "Bad Input School", ["District"] = "WMSD" });
        await BadInputKit.RunAsync(coordinator, "/manage/resources", new Dictionary<string, string?> { ["Name"] = "Bad input car", ["Kind"] = "Vehicle" }, formSelector: "#add-resource");
        Assert.Equal(PresentationStatus.Scheduled, (await factory.RequestAsync(code)).Status);
    }
}
