using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using static WestMemphis.Pact.IntegrationTests.Crime.CrimeImportSteps;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>
/// Imports that cannot finish end as Failed with the line and a reason an officer can act on (never a server path or an
/// exception's text), are not retried for ever, and leave no upload behind.
/// </summary>
public sealed class CrimeImportFailureTests(CrimeImportFactory factory) : IClassFixture<CrimeImportFactory>
{
    private static string Row(int i, string prefix) =>
        $"{i},{prefix}{i:00000},07/04/2020 09:00:00 PM,001XX W MAIN ST,0820,THEFT,OVER $500,STREET,false,false,0111,001,3,32,06,1176352,1900000,2020,x,35.1465,-90.1845,\"(35.1465, -90.1845)\"";

    /// <summary>A header, <paramref name="goodRows"/> good rows (lines 2 on), then a row whose quote never closes: more than Sep's 16 M characters follow.</summary>
    private static byte[] FileWithUnclosedQuote(int goodRows, string prefix)
    {
        var csv = new StringBuilder(ChicagoHeader + "\n");
        for (var i = 0; i < goodRows; i++)
        {
            csv.Append(Row(i, prefix)).Append('\n');
        }

        csv.Append("9999,").Append(prefix).Append("99999,07/04/2020 09:00:00 PM,\"001XX W MAIN ST,0820,THEFT");
        csv.Append('x', 17_000_000);
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private string[] FilesKept()
    {
        var folder = Path.Combine(factory.Folder, "imports");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private static string Quoted(string[] files) => string.Join(", ", files.Select(Path.GetFileName));

    [Fact]
    public async Task A_quote_never_closed_after_the_preview_rows_fails_the_import_at_its_line_once_and_removes_the_file()
    {
        var (client, _) = await factory.OfficerAsync();
        var id = await client.QueueAsync(FileWithUnclosedQuote(249, "QN"), "unclosed.csv"); // the bad row is on line 251

        await factory.RunQueueAsync();

        var batch = await factory.BatchAsync(id);
        Assert.Equal(ImportStatus.Failed, batch.Status);
        Assert.Equal(1, batch.Attempts);
        Assert.StartsWith("Line 251: a quoted value that starts here is never closed", batch.Error, StringComparison.Ordinal);
        Assert.Equal(249, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("QN"))));
        Assert.False(File.Exists(batch.StoredFilePath), "a failed import's upload is removed");

        // Failed is final: the next passes do not claim it again.
        Assert.Equal(0, await factory.RunQueueAsync());
        Assert.Equal(1, (await factory.BatchAsync(id)).Attempts);
        var page = await client.GetPageAsync($"/crime/import/{id}");
        Assert.Contains("Line 251: a quoted value that starts here is never closed", page.Document.QuerySelector("#import-failed")!.TextContent);
    }

    [Fact]
    public async Task A_quote_never_closed_in_the_first_rows_is_refused_at_upload_with_its_line_and_nothing_is_kept()
    {
        var (client, _) = await factory.OfficerAsync();
        var before = FilesKept();
        var batches = await factory.WithDbAsync(db => db.ImportBatches.CountAsync());

        var page = await client.UploadAsync(FileWithUnclosedQuote(5, "QU"), "unclosed-early.csv"); // the bad row is on line 7

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var error = page.Document.QuerySelector("#import-error")!.TextContent;
        Assert.Contains("Line 7: a quoted value that starts here is never closed", error);
        Assert.Contains("Nothing was imported", error);
        Assert.Equal(batches, await factory.WithDbAsync(db => db.ImportBatches.CountAsync()));
        var after = FilesKept();
        Assert.True(after.Length <= before.Length && after.All(before.Contains), "kept: " + Quoted(after));
    }

    [Fact]
    public async Task A_batch_interrupted_again_and_again_is_stopped_after_three_attempts_with_a_message_and_its_file_removed()
    {
        var (client, _) = await factory.OfficerAsync();
        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(ChicagoHeader + "\n" + Row(1, "QA") + "\n"), "interrupted.csv");
        // Three claims, each ended by a crash (the lease ran out without a checkpoint).
        await factory.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, ImportStatus.Running)
            .SetProperty(b => b.Attempts, 3)
            .SetProperty(b => b.LeaseOwner, "crashed")
            .SetProperty(b => b.LeaseExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));

        Assert.Equal(0, await factory.RunQueueAsync());

        var batch = await factory.BatchAsync(id);
        Assert.Equal((ImportStatus.Failed, 3), (batch.Status, batch.Attempts));
        Assert.Contains("stopped after 3 attempts", batch.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(batch.StoredFilePath));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("QA"))));
    }

    [Fact]
    public async Task A_failed_import_shows_officers_the_reason_and_never_a_server_path()
    {
        var (client, _) = await factory.OfficerAsync();
        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(ChicagoHeader + "\n" + Row(1, "QP") + "\n"), "gone.csv");
        var stored = (await factory.BatchAsync(id)).StoredFilePath;
        File.Delete(stored); // e.g. the folder was cleaned by hand, or another instance took the upload

        await factory.RunQueueAsync();

        var batch = await factory.BatchAsync(id);
        Assert.Equal(ImportStatus.Failed, batch.Status);
        var page = await client.GetPageAsync($"/crime/import/{id}");
        var shown = page.Document.QuerySelector("#import-failed")!.TextContent;
        Assert.Contains("no longer on the server", shown);
        Assert.Contains("Upload it again", shown);
        foreach (var secret in new[] { factory.Folder, Path.GetFileName(stored), "/tmp", "imports", "Could not find" })
        {
            Assert.DoesNotContain(secret, shown, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, batch.Error!, StringComparison.OrdinalIgnoreCase);
        }

        var json = await client.GetStringAsync($"/crime/import/{id}/progress.json");
        Assert.DoesNotContain(Path.GetFileName(stored), json, StringComparison.Ordinal);
    }
}
