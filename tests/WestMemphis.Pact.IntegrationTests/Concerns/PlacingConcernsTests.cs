using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

/// <summary>
/// Issue 21, item 4: a concern placed the way the form suggests (an intersection, a landmark) gets its area; one that
/// cannot be placed is said before saving, with the area list; staff set the area; unplaced concerns are a queue.
/// </summary>
public sealed class PlacingConcernsTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static readonly SemaphoreSlim Once = new(1, 1);

    /// <summary>The demo wards' street ranges, as the demo data has them.</summary>
    private async Task DemoStreetsAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (await factory.WithDbAsync(db => db.StreetRanges.AnyAsync()))
            {
                return;
            }

            foreach (var (ward, street, from, to, parity) in DemoLiaisonSeeder.Streets)
            {
                await factory.AddStreetAsync(ward, street, from, to, parity);
            }
        }
        finally
        {
            Once.Release();
        }
    }

    private static Dictionary<string, string?> Report(string location) => new(ConcernSteps.ValidConcern($"place-{Guid.NewGuid():N}@example.com"))
    {
        ["Location"] = location,
        ["SendAsItIs"] = null,
    };

    [Theory]
    [InlineData("Broadway and Missouri")]
    [InlineData("Missouri at Broadway")]
    [InlineData("City Hall")]
    public async Task The_forms_own_example_and_a_landmark_get_their_area_and_the_reporter_is_told(string location)
    {
        await DemoStreetsAsync();
        var client = factory.CreateBrowserClient();
        var sent = await client.SubmitAsync(await client.GetPageAsync("/concerns/new"), Report(location));

        Assert.Equal("/concerns/sent", sent.Url.AbsolutePath);
        Assert.Contains("It is in Ward 2", sent.Document.QuerySelector("#sent-area")!.TextContent, StringComparison.Ordinal);
        var code = sent.Document.QuerySelector("#reference-code")!.TextContent.Trim();
        var stored = await factory.ConcernAsync(code);
        Assert.Equal(await factory.AreaIdAsync("W2"), stored.AreaId);
        Assert.Equal(ConcernAreaPlacement.Lookup, stored.AreaPlacedBy);
    }

    [Fact]
    public async Task A_place_that_cannot_be_placed_is_said_before_saving_with_the_area_list_then_sent_as_it_is()
    {
        await DemoStreetsAsync();
        var client = factory.CreateBrowserClient();
        var values = Report("Behind the old feed store");
        var before = await factory.WithDbAsync(db => db.Concerns.CountAsync());

        var asked = await client.SubmitAsync(await client.GetPageAsync("/concerns/new"), values);

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Equal("/concerns/new", asked.Url.AbsolutePath);
        Assert.Contains(asked.Errors, e => e.Contains("We couldn't tell which area “Behind the old feed store” is in", StringComparison.Ordinal));
        Assert.Contains("Your concern is not sent yet", asked.Document.QuerySelector("#unplaced")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, asked.Document.QuerySelectorAll("select[name=AreaId] option").Count(o => !string.IsNullOrEmpty(o.GetAttribute("value"))));
        Assert.Equal("Behind the old feed store", asked.FieldValue("Location"));
        Assert.Equal(values["Description"], asked.FieldValue("Description"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Concerns.CountAsync()));

        var sent = await client.SubmitAsync(asked, null, submitSelector: "#send-as-it-is");
        Assert.Equal("/concerns/sent", sent.Url.AbsolutePath);
        Assert.Contains("could not tell which area", sent.Document.QuerySelector("#sent-area")!.TextContent, StringComparison.Ordinal);
        var stored = await factory.ConcernAsync(sent.Document.QuerySelector("#reference-code")!.TextContent.Trim());
        Assert.Null(stored.AreaId);
        Assert.Equal(ConcernAreaPlacement.None, stored.AreaPlacedBy);
    }

    [Fact]
    public async Task Choosing_the_area_from_the_list_after_the_question_places_it_by_hand()
    {
        await DemoStreetsAsync();
        var client = factory.CreateBrowserClient();
        var asked = await client.SubmitAsync(await client.GetPageAsync("/concerns/new"), Report("Behind the old feed store"));
        var w3 = await factory.AreaIdAsync("W3");

        var sent = await client.SubmitAsync(asked, new Dictionary<string, string?> { ["AreaId"] = w3.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("It is in Ward 3", sent.Document.QuerySelector("#sent-area")!.TextContent, StringComparison.Ordinal);
        var stored = await factory.ConcernAsync(sent.Document.QuerySelector("#reference-code")!.TextContent.Trim());
        Assert.Equal(w3, stored.AreaId);
        Assert.Equal(ConcernAreaPlacement.Hand, stored.AreaPlacedBy);
    }

    [Fact]
    public async Task The_coordinator_sees_unplaced_concerns_as_a_queue_with_its_count_and_sets_the_area()
    {
        var code = await factory.CreateBrowserClient().ReportConcernAsync($"queue-{Guid.NewGuid():N}@example.com", v => v["Location"] = "Somewhere by the levee");
        var id = (await factory.ConcernAsync(code)).Id;
        var coordinator = await factory.StaffAsync(Roles.Coordinator);
        var open = await factory.WithDbAsync(db => db.Concerns.CountAsync(c => c.AreaId == null && c.Status != ConcernStatus.Resolved && c.Status != ConcernStatus.Closed));

        var list = await coordinator.GetPageAsync("/concerns/manage");
        Assert.Contains($"Area not known: {open} open", list.Document.QuerySelector("#unplaced-queue")!.TextContent, StringComparison.Ordinal);
        var queue = await coordinator.GetPageAsync("/concerns/manage?area=none");
        Assert.NotNull(queue.Document.QuerySelector($"a[href='/concerns/manage/{id}']"));
        Assert.DoesNotContain(queue.Document.QuerySelectorAll("tbody tr"), r => !r.TextContent.Contains("Area not known", StringComparison.Ordinal));

        var w4 = (await factory.AreaIdAsync("W4")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == nameof(Concern) && a.RecordId == key));
        var saved = await coordinator.OnConcernPageAsync(id, "area", new() { ["AreaId"] = w4 });
        Assert.Equal("The concern is in Ward 4 now.", saved.StatusMessage);
        var stored = await factory.ConcernAsync(code);
        Assert.Equal(int.Parse(w4, System.Globalization.CultureInfo.InvariantCulture), stored.AreaId);
        Assert.Equal(ConcernAreaPlacement.Hand, stored.AreaPlacedBy);
        Assert.Null((await coordinator.GetPageAsync("/concerns/manage?area=none")).Document.QuerySelector($"a[href='/concerns/manage/{id}']"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == nameof(Concern) && a.RecordId == key)) > audited);
    }

    [Fact]
    public async Task A_stale_or_versionless_area_change_is_refused_and_no_area_is_given()
    {
        var code = await factory.CreateBrowserClient().ReportConcernAsync($"stale-area-{Guid.NewGuid():N}@example.com");
        var id = (await factory.ConcernAsync(code)).Id;
        var staff = await factory.StaffAsync();
        var stale = await staff.GetPageAsync($"/concerns/manage/{id}");
        await (await factory.StaffAsync()).OnConcernPageAsync(id, "updates", new() { ["Body"] = "Looked at it.", ["IsPublic"] = "false" });
        var w1 = (await factory.AreaIdAsync("W1")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var selector = $"main form[action='/concerns/manage/{id}/area']";

        var refused = await staff.SubmitAsync(stale, new Dictionary<string, string?> { ["AreaId"] = w1 }, selector);
        var versionless = await staff.SubmitAsync(await staff.GetPageAsync($"/concerns/manage/{id}"), new Dictionary<string, string?> { ["AreaId"] = w1, ["Version"] = "" }, selector);
        var noArea = await staff.SubmitAsync(await staff.GetPageAsync($"/concerns/manage/{id}"), new Dictionary<string, string?> { ["AreaId"] = "999999" }, selector);

        Assert.Contains(SaveChangesExtensions.ChangedBySomeoneElse("concern"), refused.Errors);
        Assert.Contains(SaveChangesExtensions.ChangedBySomeoneElse("concern"), versionless.Errors);
        Assert.Contains("Choose the area from the list.", noArea.Errors);
        Assert.Null((await factory.ConcernAsync(code)).AreaId);
    }
}
