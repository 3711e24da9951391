using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The mapping screen for a file whose header is none of the ready-made layouts, through the real pages.</summary>
public sealed class ImportMappingScreenTests(CrimeImportFactory factory) : IClassFixture<CrimeImportFactory>
{
    private const string Header = "Case No,When,What,Where,Lat,Lon,Zone,Notes";

    private static byte[] File(params string[] rows) => Encoding.UTF8.GetBytes(Header + "\r\n" + string.Join("\r\n", rows) + "\r\n");

    [Fact]
    public async Task An_unknown_header_is_mapped_on_the_screen_imported_and_recognised_at_the_next_upload()
    {
        await factory.MapAsync("marion-pd", AreaSourceFields.Beat, "Z1", "W2");
        var (client, _) = await factory.OfficerAsync();
        var map = await client.UploadAsync(File("MP-1,2026-05-01 10:00,THEFT,1XX E BROADWAY,35.1465,-90.1845,Z1,x", "MP-2,2026-05-02T11:30:00Z,BURGLARY,2XX E BROADWAY,,,Z9,y"), "marion.csv");
        Assert.Equal(HttpStatusCode.OK, map.Status);
        Assert.StartsWith("/crime/import/map/", map.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("MP-1", map.Document.QuerySelector("#IncidentNumber")!.TextContent); // sample values beside each column
        Assert.Equal("marion", map.FieldValue("Source"));

        // Missing required fields and one column used twice: errors on the same page, the choices kept.
        var wrong = await client.SubmitAsync(map, new Dictionary<string, string?>
        {
            ["Source"] = "Marion PD",
            ["IncidentNumber"] = "Case No",
            ["OccurredAt"] = "",
            ["OffenseDescription"] = "",
            ["Address"] = "Where",
            ["Beat"] = "Where",
        }, "#map-form");
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("Date and time it happened: choose the column", wrong.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.Contains("one of the two is required", wrong.Document.QuerySelector("#OffenseDescription-error")!.TextContent);
        Assert.Contains("already used for Address or block", wrong.Document.QuerySelector("#Beat-error")!.TextContent);
        Assert.Equal("Case No", wrong.FieldValue("IncidentNumber"));
        Assert.Equal("Marion PD", wrong.FieldValue("Source"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ImportMappings.CountAsync()));

        // A column the file does not have (a forged option) is refused too.
        var forged = await client.SubmitAsync(map, new Dictionary<string, string?> { ["Source"] = "Marion PD", ["IncidentNumber"] = "Nope", ["OccurredAt"] = "When", ["OffenseDescription"] = "What" }, "#map-form");
        Assert.Contains("choose one of the file's columns", forged.Document.QuerySelector("#IncidentNumber-error")!.TextContent);

        var preview = await client.SubmitAsync(wrong, new Dictionary<string, string?>
        {
            ["Source"] = "Marion PD",
            ["IncidentNumber"] = "Case No",
            ["OccurredAt"] = "When",
            ["OffenseDescription"] = "What",
            ["Address"] = "Where",
            ["Latitude"] = "Lat",
            ["Longitude"] = "Lon",
            ["Beat"] = "Zone",
        }, "#map-form");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("marion-pd", preview.Document.QuerySelector("#preview-layout")!.TextContent);
        var saved = await factory.WithDbAsync(db => db.ImportMappings.AsNoTracking().SingleAsync());
        Assert.Equal("marion-pd", saved.Source);
        Assert.Equal("Zone", ImportMappingRules.Deserialize(saved.ColumnMapJson)[ImportField.Beat]);

        var progress = await client.SubmitAsync(preview, formSelector: "#queue-form");
        var batchId = long.Parse(progress.Url.AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await factory.RunQueueAsync());
        var batch = await factory.BatchAsync(batchId);
        Assert.Equal((ImportStatus.Completed, "marion-pd", 2L), (batch.Status, batch.Source, batch.RowsInserted));
        var incidents = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Area).Include(i => i.Offenses).Where(i => i.Source == "marion-pd").ToDictionaryAsync(i => i.SourceIncidentNumber));
        Assert.Equal("W2", incidents["MP-1"].Area!.Code); // beat Z1 through the source's beat mapping
        Assert.Equal(new DateTime(2026, 5, 1, 15, 0, 0, DateTimeKind.Utc), incidents["MP-1"].OccurredAtUtc); // Central daylight time
        Assert.Equal(new DateTime(2026, 5, 2, 11, 30, 0, DateTimeKind.Utc), incidents["MP-2"].OccurredAtUtc); // the file's own offset
        Assert.Null(incidents["MP-2"].AreaId);

        // The next file with the same header skips the screen.
        var next = await client.UploadAsync(File("MP-3,2026-05-03 09:00,THEFT,3XX E BROADWAY,,,Z1,z"), "marion-2.csv");
        Assert.StartsWith("/crime/import/preview/", next.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("marion-pd", next.Document.QuerySelector("#preview-layout")!.TextContent);
    }

    [Fact]
    public async Task An_upload_waiting_for_its_mapping_cannot_be_queued_and_an_unknown_token_goes_back_to_the_upload()
    {
        var (client, _) = await factory.OfficerAsync();
        var map = await client.UploadAsync(Encoding.UTF8.GetBytes("Alpha,Beta\r\n1,2\r\n"), "odd.csv");
        var token = map.Url.AbsolutePath.Split('/')[^1];
        var preview = await client.GetPageAsync($"/crime/import/preview/{token}");
        Assert.StartsWith("/crime/import/map/", preview.Url.AbsolutePath, StringComparison.Ordinal);
        var before = await factory.WithDbAsync(db => db.ImportBatches.CountAsync());
        var form = await client.GetPageAsync("/crime/import");
        var tokenField = form.Document.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var queued = await client.PostAsync($"/crime/import/preview/{token}", new FormUrlEncodedContent([new("__RequestVerificationToken", tokenField)]));
        Assert.StartsWith("/crime/import/map/", queued.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.ImportBatches.CountAsync()));

        var gone = await client.GetPageAsync("/crime/import/map/0123456789abcdef0123456789abcdef");
        Assert.Equal("/crime/import", gone.Url.AbsolutePath);
    }
}
