using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>CSV import of congregations: preview with counts and bad rows by line, then all good rows in one go.</summary>
public sealed class CongregationImportTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static Task<HtmlPage> UploadAsync(HttpClient client, byte[] bytes) => client.UploadAsync("/manage/congregations/import", bytes, "congregations.csv");

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Congregations.CountAsync());

    [Fact]
    public async Task A_file_with_good_and_bad_rows_shows_a_preview_then_adds_only_the_good_rows_once()
    {
        await factory.AddStreetAsync("W5", "Thompson Ave", 100, 1999);
        var (client, _) = await factory.SignedInAsync(Roles.Coordinator);
        var csv = "Name,Denomination,Address,Area,Phone,Website\r\n"
            + "New Life Pentecostal,Pentecostal,1108 Thompson Ave,,870-555-0101,https://example.org\r\n"
            + "Greater Hope Baptist,Baptist,200 Polk Ave,Ward 3,,\r\n"
            + ",Baptist,300 Polk Ave,,,\r\n"
            + "Bad Website Church,,1 Main St,,,javascript:alert(1)\r\n"
            + "New Life Pentecostal,Pentecostal,1108 Thompson Ave,,,\r\n"
            + "Nowhere Chapel,,5 Elm St,Ward 99,,\r\n"
            + "Too,Many,Values,Here,1,2,3\r\n";
        var before = await CountAsync();

        var preview = await UploadAsync(client, Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("2 row(s) will be added; 5 row(s) will be skipped", preview.Document.QuerySelector("#import-counts")!.TextContent);
        var problems = preview.Document.QuerySelector("#import-problems")!.TextContent;
        Assert.Contains("Line 4: Enter the congregation's name.", problems);
        Assert.Contains("Line 5: Enter a web address", problems);
        Assert.Contains("Line 6: repeats line 2", problems);
        Assert.Contains("Line 7: no area is called “Ward 99”", problems);
        Assert.Contains("Line 8: has 7 values", problems);
        Assert.Equal(before, await CountAsync()); // a preview saves nothing

        var applied = await client.SubmitAsync(preview, formSelector: "#apply-form");
        Assert.Contains("Imported 2 congregation(s). 5 row(s) were skipped", applied.StatusMessage);
        var added = await factory.WithDbAsync(db => db.Congregations.Include(c => c.Area).Where(c => c.Name == "New Life Pentecostal" || c.Name == "Greater Hope Baptist").ToListAsync());
        Assert.Equal(2, added.Count);
        Assert.Equal("W5", added.Single(c => c.Name == "New Life Pentecostal").Area!.Code); // placed by its address
        Assert.Equal("W3", added.Single(c => c.Name == "Greater Hope Baptist").Area!.Code);

        // Applying the same preview again (double submit, back button) adds nothing twice.
        var again = await client.SubmitAsync(preview, formSelector: "#apply-form");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("already in the directory", again.Text);
        Assert.Equal(before + 2, await CountAsync());

        // The export imports as is: every row is now a duplicate, nothing is added.
        var export = await client.GetByteArrayAsync("/manage/congregations.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], export[..3]);
        var reimport = await UploadAsync(client, export);
        Assert.Contains("0 row(s) will be added", reimport.Document.QuerySelector("#import-counts")!.TextContent);
        Assert.Null(reimport.Document.QuerySelector("#apply-form"));
        Assert.Equal(before + 2, await CountAsync());
    }

    [Fact]
    public async Task Files_that_cannot_be_used_get_one_clear_message_and_change_nothing()
    {
        var (client, _) = await factory.SignedInAsync(Roles.Officer);
        var before = await CountAsync();
        var cases = new (byte[] Bytes, string Message)[]
        {
            (Encoding.UTF8.GetBytes("Name,Denomination\r\nA,B\r\n"), "no Address column"),
            (Encoding.UTF8.GetBytes("Name,Address,Pastor\r\nA,1 Main St,Bob\r\n"), "does not know: Pastor"),
            (Encoding.UTF8.GetBytes("Name,Address\r\n"), "header but no rows"),
            ([.. Encoding.ASCII.GetBytes("Name,Address\r\nIglesia de San Jos"), 0xE9, .. Encoding.ASCII.GetBytes(",1 Main St\r\n")], "not UTF-8"),
            (new byte[50 * 1024 * 1024], "too large"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "not UTF-8"),
            ([], "Choose a CSV file"),
        };
        foreach (var (bytes, message) in cases)
        {
            var page = await UploadAsync(client, bytes);
            Assert.True(page.Status == HttpStatusCode.OK, $"{(int)page.Status} for '{message}'");
            Assert.Contains(message, page.Document.QuerySelector("#import-error")?.TextContent ?? page.Text);
            Assert.Null(page.Document.QuerySelector("#apply-form"));
        }

        var forged = await client.GetPageAsync("/manage/congregations/import");
        var token = forged.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/manage/congregations/import/apply", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("payload", "not a real payload")]));
        Assert.Contains("could not be read back", (await HtmlPage.FromAsync(response)).StatusMessage);
        Assert.Equal(before, await CountAsync());
    }
}
