using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.CrimeImport;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>A test app whose import worker is off, so each test runs the queue itself (no waiting on timers).</summary>
public sealed class CrimeImportFactory : PactFactory
{
    public CrimeImportFactory()
    {
        With("CrimeImport:PollSeconds", "0");
        With("CrimeImport:Folder", Path.Combine(Folder, "imports"));
        With("CrimeImport:ChunkSize", "3");
    }
}

public static class CrimeImportSteps
{
    public const string ChicagoHeader = "ID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,Arrest,Domestic,Beat,District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,Updated On,Latitude,Longitude,Location";

    public const string SeattleHeader = "Report Number,Offense ID,Offense Start DateTime,Offense End DateTime,Report DateTime,Group A B,Crime Against Category,Offense Parent Group,Offense,Offense Code,Precinct,Sector,Beat,MCPP,100 Block Address,Longitude,Latitude";

    /// <summary>Uploads through the real form (antiforgery token included) and returns the page answered (preview or refusal).</summary>
    public static async Task<HtmlPage> UploadAsync(this HttpClient client, byte[] bytes, string fileName = "crimes.csv")
    {
        var page = await client.GetPageAsync("/crime/import");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var token = page.Document.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        return await HtmlPage.FromAsync(await client.PostAsync("/crime/import", content));
    }

    /// <summary>Uploads, checks the preview, queues the batch and returns its id.</summary>
    public static async Task<long> QueueAsync(this HttpClient client, byte[] bytes, string fileName = "crimes.csv")
    {
        var preview = await client.UploadAsync(bytes, fileName);
        Assert.True(preview.Document.QuerySelector("#queue-form") is not null, preview.Document.QuerySelector("#import-error")?.TextContent ?? preview.Text[..Math.Min(500, preview.Text.Length)]);
        var progress = await client.SubmitAsync(preview, formSelector: "#queue-form");
        Assert.Equal(HttpStatusCode.OK, progress.Status);
        return long.Parse(progress.Url.AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the queue to the end, as the background worker does.</summary>
    public static Task<int> RunQueueAsync(this PactFactory factory) =>
        factory.Services.GetRequiredService<CrimeImportWorker>().SendDueAsync();

    public static Task<ImportBatch> BatchAsync(this PactFactory factory, long id) =>
        factory.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id));

    public static Task<(HttpClient Client, ApplicationUser User)> OfficerAsync(this PactFactory factory) => factory.SignedInAsync(Roles.Officer);

    public static Task MapAsync(this PactFactory factory, string source, string field, string value, string areaCode) =>
        factory.WithDbAsync(async db =>
        {
            var areaId = await db.Areas.Where(a => a.Code == areaCode).Select(a => a.Id).SingleAsync();
            db.AreaSourceMappings.Add(new AreaSourceMapping { Source = source, Field = field, Value = value, AreaId = areaId });
            await db.SaveChangesAsync();
        });
}
