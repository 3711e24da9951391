using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

/// <summary>The bad-input kit on every concern and problem form, public and staff (the photo upload has its own tests).</summary>
public sealed class ConcernsBadInputTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Public_concern_form_survives_bad_input() =>
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), "/concerns/new", ConcernSteps.ValidConcern("bad@example.com"),
            () => factory.WithDbAsync(db => db.Concerns.CountAsync()), coverage: BadInputKit.Coverage.EveryValueInEveryField);

    [Fact]
    public async Task Status_form_with_a_concern_code_survives_bad_input() =>
        await BadInputKit.RunAsync(factory.CreateBrowserClient(), "/status", new Dictionary<string, string?> { ["Code"] = "C-23456789ABCD", ["Email"] = "x@example.com" }, coverage: BadInputKit.Coverage.EveryValueInEveryField);

    [Fact]
    public async Task Staff_concern_forms_survive_bad_input()
    {
        var code = await factory.CreateBrowserClient().ReportConcernAsync("reporter@example.com");
        var id = (await factory.ConcernAsync(code)).Id;
        var staff = await factory.StaffAsync();
        var page = $"/concerns/manage/{id}";
        Func<Task<int>> updates = () => factory.WithDbAsync(db => db.ConcernUpdates.CountAsync());

        await BadInputKit.RunAsync(staff, page, new Dictionary<string, string?> { ["Body"] = "A note.", ["IsPublic"] = "false" }, updates, "main form[action$='/updates']");
        await BadInputKit.RunAsync(staff, page, new Dictionary<string, string?> { ["OfficerId"] = "" }, formSelector: "main form[action$='/assign']");
        await BadInputKit.RunAsync(staff, page, new Dictionary<string, string?> { ["ProblemId"] = "" }, formSelector: "main form[action$='/problem']");
        // A version nobody holds: every status change is refused, so the form stays to be tried again.
        await BadInputKit.RunAsync(staff, page, new Dictionary<string, string?> { ["Status"] = "Acknowledged", ["Reason"] = "r", ["Version"] = Guid.Empty.ToString() },
            formSelector: "main form[action$='/status']");

        var meeting = await factory.WithDbAsync(async db =>
        {
            var e = new Event { Title = "Ward 2 town hall", Type = EventType.TownHallMeeting, Location = "Civic Center", StartUtc = DateTime.UtcNow.AddDays(-1), EndUtc = DateTime.UtcNow.AddDays(-1).AddHours(2), Status = EventStatus.Completed, CreatedUtc = DateTime.UtcNow };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        var values = ConcernSteps.ValidConcern("meeting@example.com");
        values.Remove("Anonymous");
        values["EventId"] = meeting.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await BadInputKit.RunAsync(staff, "/concerns/manage/log", values, () => factory.WithDbAsync(db => db.Concerns.CountAsync()));
        Assert.True(await factory.WithDbAsync(db => db.Concerns.AnyAsync(c => c.RaisedAtEventId == meeting)));
    }

    [Fact]
    public async Task Problem_forms_survive_bad_input()
    {
        var officer = await factory.StaffAsync();
        await BadInputKit.RunAsync(officer, "/problems/new", new Dictionary<string, string?> { ["Title"] = "Speeding on Broadway", ["Offender"] = "Drivers" },
            () => factory.WithDbAsync(db => db.Problems.CountAsync()));
        var id = await factory.WithDbAsync(db => db.Problems.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var page = $"/problems/{id}";

        await BadInputKit.RunAsync(officer, $"/problems/{id}/edit", new Dictionary<string, string?> { ["Title"] = "Speeding on Broadway" });
        await BadInputKit.RunAsync(officer, page, new Dictionary<string, string?> { ["What"] = "Ask for a speed trailer", ["Owner"] = "Traffic unit", ["Due"] = "" },
            () => factory.WithDbAsync(db => db.ProblemActionItems.CountAsync()), "main form[action$='/actions']");
        await BadInputKit.RunAsync(officer, page, new Dictionary<string, string?> { ["ReferenceCode"] = "", ["PartnerId"] = "", ["CongregationId"] = "" }, formSelector: "#link-form");
        await BadInputKit.RunAsync(officer, page, new Dictionary<string, string?> { ["AfterStart"] = "2026-01-01", ["AfterEnd"] = "2026-01-31", ["Notes"] = "n" },
            formSelector: "#assessment-form");
        await BadInputKit.RunAsync(officer, page, new Dictionary<string, string?> { ["Stage"] = "Analysis", ["Version"] = Guid.Empty.ToString() },
            formSelector: "main form[action$='/stage']");
        Assert.Equal(ProblemStage.Scanning, await factory.WithDbAsync(db => db.Problems.Where(p => p.Id == id).Select(p => p.Stage).FirstAsync()));
    }
}
