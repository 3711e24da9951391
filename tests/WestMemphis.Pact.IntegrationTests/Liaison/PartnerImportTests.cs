using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>
/// CSV import of partner organizations, through the real upload and apply forms: preview with counts and every bad
/// row by line and reason, then all good rows in one transaction; files that cannot be used change nothing.
/// </summary>
public sealed class PartnerImportTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private const string Url = "/manage/partners/import";

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.PartnerOrganizations.CountAsync());

    [Fact]
    public async Task A_file_with_good_and_bad_rows_shows_a_preview_then_adds_only_the_good_rows_once()
    {
        var (client, _) = await factory.SignedInAsync(Roles.Coordinator);
        var csv = "Name,Kind,Contact,Phone,Email,Address,Services,Areas served,Active,Agreement date\r\n"
            + "Crittenden County Food Bank,Nonprofit,Dana Hill,870-555-0102,dana@example.org,10 Broadway,\"Food boxes, \"\"weekend\"\" meals\",Ward 3; W5,Yes,2025-09-01\r\n"
            + "West Memphis Hardware,business,,,,,,,No,\r\n"
            + ",Nonprofit,,,,,,,,\r\n"
            + "Sky Helpers,Airline,,,,,,,,\r\n"
            + "Nowhere Group,Nonprofit,,,,,,Ward 99,,\r\n"
            + "Bad Date Club,Nonprofit,,,,,,,,2026-02-30\r\n"
            + "Maybe Active,Nonprofit,,,,,,,Sometimes,\r\n"
            + "crittenden county food bank,Nonprofit,,,,,,,,\r\n"
            + "Too,Many,Values,Here,1,2,3,4,5,6,7,8\r\n"
            + "\r\n"
            + "Short row,Nonprofit\r\n";
        var before = await CountAsync();

        var preview = await client.UploadAsync(Url, Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("2 row(s) will be added; 8 row(s) will be skipped", preview.Document.QuerySelector("#import-counts")!.TextContent);
        var problems = preview.Document.QuerySelectorAll("#import-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(8, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Line 4: Enter the organization's name.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Line 5: the kind “Airline” is not one of: Joint agency (PJA),", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Line 6: no area is called “Ward 99”.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Line 7: Enter the agreement date", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Line 8: Active must be Yes or No", StringComparison.Ordinal));
        Assert.Contains("Line 9: repeats line 2 (same name).", problems);
        Assert.Contains(problems, p => p.StartsWith("Line 10: has 12 values but the header names 10 columns.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Line 12: has 2 values", StringComparison.Ordinal)); // the blank line 11 is skipped, lines still count
        var previewText = preview.Document.QuerySelector("#preview-title")!.ParentElement!.TextContent;
        Assert.Contains("Crittenden County Food Bank", previewText);
        Assert.Equal(before, await CountAsync()); // a preview saves nothing

        var applied = await client.SubmitAsync(preview, formSelector: "#apply-form");
        Assert.Contains("Imported 2 partner(s). 8 row(s) were skipped", applied.StatusMessage);
        var added = await factory.WithDbAsync(db => db.PartnerOrganizations.Include(p => p.AreasServed).ThenInclude(a => a.Area)
            .Where(p => p.Name == "Crittenden County Food Bank" || p.Name == "West Memphis Hardware").ToListAsync());
        Assert.Equal(2, added.Count);
        var bank = added.Single(p => p.Name == "Crittenden County Food Bank");
        Assert.Equal(PartnerKind.Nonprofit, bank.Kind);
        Assert.Equal("Food boxes, \"weekend\" meals", bank.Services);
        Assert.Equal(new DateOnly(2025, 9, 1), bank.AgreementDate);
        Assert.Equal(["W3", "W5"], bank.AreasServed.Select(a => a.Area!.Code).Order().ToList());
        var hardware = added.Single(p => p.Name == "West Memphis Hardware");
        Assert.Equal(PartnerKind.Business, hardware.Kind);
        Assert.False(hardware.IsActive);

        // The same preview applied again (double submit, back button) adds nothing twice.
        var again = await client.SubmitAsync(preview, formSelector: "#apply-form");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("already in the directory", again.Text);
        Assert.Equal(before + 2, await CountAsync());

        // The export imports as is: its rows are now all in the directory, nothing is added.
        var export = await client.GetByteArrayAsync("/manage/partners.csv");
        var reimport = await client.UploadAsync(Url, export);
        Assert.Contains("0 row(s) will be added", reimport.Document.QuerySelector("#import-counts")!.TextContent);
        Assert.Null(reimport.Document.QuerySelector("#apply-form"));
        Assert.Equal(before + 2, await CountAsync());
    }

    [Theory]
    [InlineData(Url)]
    [InlineData("/manage/congregations/import")]
    public async Task Files_that_cannot_be_used_get_one_clear_message_and_change_nothing(string url)
    {
        var (client, _) = await factory.SignedInAsync(Roles.Officer);
        var header = url == Url ? "Name,Kind" : "Name,Address";
        Task<int> Both() => factory.WithDbAsync(async db => await db.PartnerOrganizations.CountAsync() + await db.Congregations.CountAsync());
        var before = await Both();
        var cases = new (byte[] Bytes, string Message)[]
        {
            (Encoding.UTF8.GetBytes("Name,Contact\r\nA,B\r\n"), url == Url ? "no Kind column" : "no Address column"),
            (Encoding.UTF8.GetBytes(header + ",Pastor\r\nA,B,Bob\r\n"), "does not know: Pastor"),
            (Encoding.UTF8.GetBytes(header + ",Name\r\nA,B,C\r\n"), "appear more than once"),
            (Encoding.UTF8.GetBytes(header + "\r\n"), "header but no rows"),
            (Encoding.UTF8.GetBytes(header + "\r\n\r\n\r\n"), "header but no rows"),
            (Encoding.UTF8.GetBytes("\r\n"), "no header row"),
            ([.. Encoding.ASCII.GetBytes(header + "\r\nIglesia de San Jos"), 0xE9, .. Encoding.ASCII.GetBytes(",Nonprofit\r\n")], "not UTF-8"),
            ([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(header + "\r\nA,B\r\n")], "not UTF-8"),
            (new byte[50 * 1024 * 1024], "too large"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "not UTF-8"),
            ([], "Choose a CSV file"),
        };
        foreach (var (bytes, message) in cases)
        {
            var page = await client.UploadAsync(url, bytes);
            Assert.True(page.Status == HttpStatusCode.OK, $"{(int)page.Status} for '{message}'");
            Assert.Contains(message, page.Document.QuerySelector("#import-error")?.TextContent ?? page.Text);
            if (bytes.Length > 0)
            {
                Assert.Contains("Nothing was imported", page.Document.QuerySelector("#import-error")!.TextContent);
            }

            Assert.Null(page.Document.QuerySelector("#apply-form"));
        }

        var forged = await client.GetPageAsync(url);
        var token = forged.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"{url}/apply", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("payload", "not a real payload")]));
        Assert.Contains("could not be read back", (await HtmlPage.FromAsync(response)).StatusMessage);
        Assert.Equal(before, await Both());
    }

    [Fact]
    public async Task A_misplaced_quote_costs_only_its_own_row()
    {
        var (client, _) = await factory.SignedInAsync(Roles.Coordinator);
        var csv = "Name,Kind,Services\r\nGood \"Quoted\" Neighbors,Nonprofit,\r\nMulti Line Helpers,Nonprofit,\"Meals\r\nRides\"\r\nQuote Fine Group,Nonprofit,\r\n";
        var preview = await client.UploadAsync(Url, Encoding.UTF8.GetBytes(csv));
        Assert.Contains("Line 2: has a quote in the wrong place", preview.Document.QuerySelector("#import-problems")!.TextContent);
        Assert.Contains("2 row(s) will be added; 1 row(s) will be skipped", preview.Document.QuerySelector("#import-counts")!.TextContent);
        var lines = preview.Document.QuerySelectorAll("#preview-title ~ div tbody tr").Select(tr => tr.QuerySelector("td")!.TextContent).ToList();
        Assert.Equal(["3", "5"], lines); // a quoted value over two lines: the next row starts on line 5
    }

    [Fact]
    public async Task Every_bad_value_in_a_cell_is_refused_with_its_line_or_stored_as_plain_text()
    {
        var (client, _) = await factory.SignedInAsync(Roles.Coordinator);
        // The 5 MB value cannot fit a 1 MB import, and a NUL makes the whole file "not a CSV text file" (tested above).
        var values = BadInputKit.Values.Where(v => v.Length < 100_000 && !v.Contains('\0', StringComparison.Ordinal)).ToList();
        static string Quote(string v) => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var csv = new StringBuilder("Name,Kind,Contact,Phone,Email,Address,Services,Areas served,Active,Agreement date\r\n");
        foreach (var column in Enumerable.Range(0, 10))
        {
            foreach (var (value, i) in values.Select((v, i) => (v, i)))
            {
                var cells = new[] { $"Bad Cell {column}-{i}", "Nonprofit", "", "", "", "", "", "", "", "" };
                cells[column] = value;
                csv.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
            }
        }

        var preview = await client.UploadAsync(Url, Encoding.UTF8.GetBytes(csv.ToString()));
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Null(preview.Document.QuerySelector("main svg, main script:not([src])"));
        Assert.DoesNotContain("<svg onload", preview.Html, StringComparison.OrdinalIgnoreCase);
        var applied = await client.SubmitAsync(preview, formSelector: "#apply-form");
        Assert.True((int)applied.Status < 500);
        var saved = await factory.WithDbAsync(db => db.PartnerOrganizations.Where(p => p.Name.StartsWith("Bad Cell") || p.Name.Contains("svg")).ToListAsync());
        Assert.NotEmpty(saved);
        Assert.All(saved, p =>
        {
            Assert.DoesNotContain('\0', p.Name + p.ContactName + p.Services + p.Address);
            Assert.True(p.Name.Length <= 150);
        });
        var list = await client.GetPageAsync("/manage/partners?inactive=true");
        Assert.Null(list.Document.QuerySelector("main svg, main script:not([src])"));
    }
}
