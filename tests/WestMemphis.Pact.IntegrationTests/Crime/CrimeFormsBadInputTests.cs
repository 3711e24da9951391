using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The bad-input kit on the crime forms: review meetings and their action items, the offense and area mapping tables.</summary>
public sealed class CrimeFormsBadInputTests(PactFactory app) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Review_meeting_and_action_item_forms_survive_the_bad_input_kit()
    {
        var (officer, user) = await app.SignedInAsync(Roles.Officer);
        var w2 = (await app.AreaIdAsync("W2")).ToString(CultureInfo.InvariantCulture);
        await BadInputKit.RunAsync(officer, "/crime/reviews/new", new Dictionary<string, string?> { ["AreaIds"] = w2, ["Attendees"] = "Lt. Test" },
            () => app.WithDbAsync(db => db.CrimeReviews.CountAsync()));

        var meeting = await officer.SubmitAsync(await officer.GetPageAsync("/crime/reviews/new"), new Dictionary<string, string?> { ["AreaIds"] = w2, ["Attendees"] = "Lt. Test" });
        Assert.Matches(@"/crime/reviews/\d+$", meeting.Url.AbsolutePath);
        await BadInputKit.RunAsync(officer, meeting.Url.PathAndQuery,
            new Dictionary<string, string?> { ["What"] = "Walk the 1500 block", ["OwnerKind"] = "LiaisonOfficer", ["OwnerUserId"] = user.Id },
            () => app.WithDbAsync(db => db.CrimeActionItems.CountAsync()), "#new-item-form");
    }

    [Fact]
    public async Task Offense_and_area_mapping_forms_survive_the_bad_input_kit()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        await BadInputKit.RunAsync(admin, "/crime/offense-mappings",
            new Dictionary<string, string?> { ["Source"] = "kit", ["Description"] = "STOLEN SCOOTER", ["NibrsCode"] = "23H" },
            () => app.WithDbAsync(db => db.OffenseDescriptionMappings.CountAsync()), "#add-mapping-form");

        var area = (await app.AreaIdAsync("W3")).ToString(CultureInfo.InvariantCulture);
        await BadInputKit.RunAsync(admin, "/crime/area-mappings",
            new Dictionary<string, string?> { ["Source"] = "kit", ["Field"] = "Beat", ["Value"] = "K1", ["AreaId"] = area },
            () => app.WithDbAsync(db => db.AreaSourceMappings.CountAsync()), "#add-area-mapping-form");
    }
}
