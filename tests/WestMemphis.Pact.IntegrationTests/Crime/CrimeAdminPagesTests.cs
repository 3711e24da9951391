using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The crime admin pages through real forms: publishing offense types, mapping descriptions and beats (re-classifying what was imported).</summary>
public sealed class CrimeAdminPagesTests(PactFactory app) : IClassFixture<PactFactory>
{
    private Task IncidentAsync(string source, string? code, string description, DateTime occurredUtc, string? ward, string? beat = null) =>
        app.WithDbAsync(async db =>
        {
            int? area = ward is null ? null : await db.Areas.Where(a => a.Code == ward).Select(a => a.Id).SingleAsync();
            var incident = new Incident
            {
                Source = source,
                SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12],
                OccurredAtUtc = occurredUtc,
                HundredBlock = "1500 BLOCK N MISSOURI ST",
                AreaId = area,
                SourceBeat = beat,
                OffenseCount = 1,
                UpdatedAtUtc = occurredUtc,
                HighestOffenseCode = code,
            };
            incident.Offenses.Add(new IncidentOffense
            {
                OffenseKey = description,
                NibrsCode = code,
                Description = description,
                OccurredAtUtc = occurredUtc,
                AreaId = area,
                Category = code is null ? OffenseCategory.Unknown : OffenseCategory.Property,
                PartIClass = code is null ? PartIClass.None : PartIClass.Property,
            });
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Publishing_an_offense_type_shows_its_counts_publicly_audited_and_locked_types_are_refused()
    {
        var month = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 15, 18, 0, 0, DateTimeKind.Utc).AddMonths(-2);
        for (var i = 0; i < 4; i++)
        {
            await IncidentAsync("test", "220", "BURGLARY", month, "W2");
        }
        // Burglary is in the default public set of a new portal; this test starts from it staff-only, as an admin may leave it.
        await app.WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == "220").ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, false)));

        var anonymous = app.CreateBrowserClient();
        async Task<string> Ward2Async()
        {
            var page = await anonymous.GetPageAsync($"/crime?month={month:yyyy-MM}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            return page.Document.QuerySelectorAll("table.public-crime tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "Ward 2")
                .QuerySelectorAll("td").Last().TextContent.Trim(); // the total
        }

        Assert.Equal("0", await Ward2Async()); // staff-only until published

        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var types = await admin.GetPageAsync("/crime/offense-types");
        Assert.Equal("Staff only", types.Document.QuerySelector("#type-220 .public-state")!.TextContent.Trim());
        Assert.Equal("Never (privacy)", types.Document.QuerySelector("#type-11A .public-state")!.TextContent.Trim());
        Assert.Null(types.Document.QuerySelector("#type-11A form")); // no button for a locked type
        var published = await admin.SubmitAsync(types, formSelector: "#type-220 form");
        Assert.Equal("Public", published.Document.QuerySelector("#type-220 .public-state")!.TextContent.Trim());
        Assert.Equal("4", await Ward2Async()); // the cached public page was emptied
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Published" && e.RecordType == "NibrsOffenseCode" && e.RecordId == "220")));

        // The server refuses a locked type even when a request is forged with a real token and the current version.
        var version = await app.WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == "11A").Select(c => c.Version).SingleAsync());
        var token = published.Document.QuerySelector("#type-13B form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await HtmlPage.FromAsync(await admin.PostAsync("/crime/offense-types/11A/publish",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Publish", "true"), new("Version", version.ToString())])));
        Assert.Contains("never shown publicly", refused.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == "11A").Select(c => c.IsPublic).SingleAsync()));

        // A stale version changes nothing.
        var stale = await admin.SubmitAsync(types, formSelector: "#type-220 form"); // still says Publish with the old version
        Assert.Contains("changed by someone else", stale.Document.QuerySelector("#error-summary")!.TextContent);

        var withdrawn = await admin.SubmitAsync(await admin.GetPageAsync("/crime/offense-types"), formSelector: "#type-220 form");
        Assert.Equal("Staff only", withdrawn.Document.QuerySelector("#type-220 .public-state")!.TextContent.Trim());
        Assert.Equal("0", await Ward2Async());
    }

    [Fact]
    public async Task Mapping_an_unmapped_description_reclassifies_imported_offenses_and_officers_only_read_the_table()
    {
        var when = DateTime.UtcNow.AddDays(-40);
        await IncidentAsync("bike", null, "STOLEN BICYCLE", when, "W1");
        await IncidentAsync("bike", null, "STOLEN BICYCLE", when, "W1");
        await IncidentAsync("bike", null, "STOLEN BICYCLE: FROM RACK", when, "W1");
        await IncidentAsync("other", null, "STOLEN BICYCLE", when, "W1"); // another source keeps its own mapping

        var (officer, _) = await app.SignedInAsync(Roles.Officer);
        var read = await officer.GetPageAsync("/crime/offense-mappings");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Null(read.Document.QuerySelector("#add-mapping-form"));
        Assert.Null(read.Document.QuerySelector("form.map-unmapped"));
        Assert.Contains("STOLEN BICYCLE", read.Document.QuerySelector("#unmapped")!.TextContent);

        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/crime/offense-mappings");
        var done = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["Source"] = "bike", ["Description"] = "STOLEN BICYCLE", ["NibrsCode"] = "23H" }, "form.map-unmapped");
        Assert.Contains("3 imported offense(s) re-classified", done.StatusMessage);
        var offenses = await app.WithDbAsync(db => db.IncidentOffenses.AsNoTracking().Include(o => o.Incident).Where(o => o.Description.StartsWith("STOLEN BICYCLE")).ToListAsync());
        Assert.All(offenses.Where(o => o.Incident!.Source == "bike"), o => Assert.Equal(("23H", OffenseCategory.Property, (byte?)1, PartIClass.Property, "23H"), (o.NibrsCode, o.Category, o.UcrPart, o.PartIClass, o.Incident!.HighestOffenseCode)));
        Assert.Null(offenses.Single(o => o.Incident!.Source == "other").NibrsCode);

        // Bad choices are refused on the same page and save nothing.
        var count = await app.WithDbAsync(db => db.OffenseDescriptionMappings.CountAsync());
        var bad = await admin.SubmitAsync(await admin.GetPageAsync("/crime/offense-mappings"), new Dictionary<string, string?> { ["Source"] = "bike", ["Description"] = "stolen  bicycle", ["NibrsCode"] = "23H" }, "#add-mapping-form");
        Assert.Contains("already mapped", bad.Document.QuerySelector("#error-summary")!.TextContent);
        var unknownCode = await admin.SubmitAsync(bad, new Dictionary<string, string?> { ["Source"] = "bike", ["Description"] = "SCOOTER", ["NibrsCode"] = "ZZZ" }, "#add-mapping-form");
        Assert.Contains("not a NIBRS code", unknownCode.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal(count, await app.WithDbAsync(db => db.OffenseDescriptionMappings.CountAsync()));

        // Edit with a stale version is refused; edit and delete with the current one work.
        var id = await app.WithDbAsync(db => db.OffenseDescriptionMappings.Where(m => m.Source == "bike").Select(m => m.Id).SingleAsync());
        var edit = await admin.GetPageAsync($"/crime/offense-mappings/{id}");
        await app.WithDbAsync(db => db.OffenseDescriptionMappings.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, Guid.NewGuid())));
        var conflict = await admin.SubmitAsync(edit, new Dictionary<string, string?> { ["NibrsCode"] = "23C" }, "#edit-mapping-form");
        Assert.Contains("changed by someone else", conflict.Document.QuerySelector("#error-summary")!.TextContent);
        var saved = await admin.SubmitAsync(conflict, new Dictionary<string, string?> { ["NibrsCode"] = "23C" }, "#edit-mapping-form");
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal("23C", await app.WithDbAsync(db => db.OffenseDescriptionMappings.Where(m => m.Id == id).Select(m => m.NibrsCode).SingleAsync()));
        await admin.SubmitAsync(await admin.GetPageAsync($"/crime/offense-mappings/{id}"), formSelector: "#delete-mapping-form");
        Assert.False(await app.WithDbAsync(db => db.OffenseDescriptionMappings.AnyAsync(m => m.Id == id)));
    }

    [Fact]
    public async Task Mapping_a_beat_places_the_unassigned_incidents_that_carry_it()
    {
        var when = DateTime.UtcNow.AddDays(-40);
        await IncidentAsync("beats", "220", "BURGLARY", when, null, beat: "b7");
        await IncidentAsync("beats", "220", "BURGLARY", when, null, beat: "B7");
        await IncidentAsync("beats", "220", "BURGLARY", when, null, beat: "B8");

        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/crime/area-mappings");
        Assert.Contains("B7", page.Document.QuerySelector("#unplaced")!.TextContent);
        var area = await app.AreaIdAsync("W4");
        var done = await admin.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["Source"] = "beats",
            ["Value"] = "B7",
            ["Field"] = "Beat",
            ["AreaId"] = area.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "form.map-unplaced");
        Assert.Contains("2 unassigned incident(s) placed", done.StatusMessage);
        var incidents = await app.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Offenses).Where(i => i.Source == "beats").ToListAsync());
        Assert.All(incidents.Where(i => i.SourceBeat!.Equals("B7", StringComparison.OrdinalIgnoreCase)), i =>
        {
            Assert.Equal((area, AreaPlacement.SourceMapping), (i.AreaId!.Value, i.AreaPlacement));
            Assert.Equal(area, i.Offenses.Single().AreaId);
        });
        Assert.Null(incidents.Single(i => i.SourceBeat == "B8").AreaId);

        var bad = await admin.SubmitAsync(await admin.GetPageAsync("/crime/area-mappings"), new Dictionary<string, string?> { ["Source"] = "beats", ["Field"] = "Beat", ["Value"] = "b7", ["AreaId"] = area.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#add-area-mapping-form");
        Assert.Contains("already mapped", bad.Document.QuerySelector("#error-summary")!.TextContent);
        var noArea = await admin.SubmitAsync(bad, new Dictionary<string, string?> { ["Source"] = "beats", ["Field"] = "Beat", ["Value"] = "B9", ["AreaId"] = "999999" }, "#add-area-mapping-form");
        Assert.Contains("Choose one of the areas", noArea.Document.QuerySelector("#error-summary")!.TextContent);
    }
}
