using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain.Crime;
using static WestMemphis.Pact.IntegrationTests.Crime.CrimeImportSteps;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The import test app with a clock the test moves (uploads are abandoned after a day).</summary>
public sealed class ClockedCrimeImportFactory : Infrastructure.PactFactory
{
    public ClockedCrimeImportFactory()
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        With("CrimeImport:PollSeconds", "0");
        With("CrimeImport:Folder", Path.Combine(Folder, "imports"));
    }
}

/// <summary>Raw incident files do not stay on the server: imported, failed and abandoned uploads are deleted.</summary>
public sealed class CrimeImportFileCleanupTests(ClockedCrimeImportFactory factory) : IClassFixture<ClockedCrimeImportFactory>
{
    private static byte[] File(string number) => Encoding.UTF8.GetBytes(ChicagoHeader + "\n"
        + $"1,{number},07/04/2020 09:00:00 PM,001XX W MAIN ST,0820,THEFT,OVER $500,STREET,false,false,0111,001,3,32,06,1,1,2020,x,35.1465,-90.1845,\"(1, 1)\"\n");

    private string[] Kept() => Directory.GetFiles(Path.Combine(factory.Folder, "imports")).Select(Path.GetFileName).Order().ToArray()!;

    [Fact]
    public async Task A_preview_never_started_is_deleted_after_a_day_while_a_running_import_keeps_its_file()
    {
        var (client, _) = await factory.OfficerAsync();
        var preview = await client.UploadAsync(File("CL001"), "abandoned.csv");
        var token = preview.Url.AbsolutePath.Split('/')[^1];
        Assert.Equal([token + ".csv", token + ".json"], Kept());

        // Another import is running on another instance (its lease lasts); its file must stay whatever its age.
        var running = await client.QueueAsync(File("CL002"), "running.csv");
        var runningFile = (await factory.BatchAsync(running)).StoredFilePath;
        await factory.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == running).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, ImportStatus.Running)
            .SetProperty(b => b.Attempts, 1)
            .SetProperty(b => b.LeaseOwner, "another-instance")
            .SetProperty(b => b.LeaseExpiresUtc, DateTime.UtcNow.AddDays(30))));

        factory.Clock!.Advance(TimeSpan.FromHours(23));
        await factory.RunQueueAsync();
        Assert.Contains(token + ".csv", Kept());
        Assert.Contains(token + ".json", Kept());

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.RunQueueAsync();
        Assert.DoesNotContain(token + ".csv", Kept());
        Assert.DoesNotContain(token + ".json", Kept());
        Assert.True(System.IO.File.Exists(runningFile), "a running import keeps its upload");

        // The import ends (here: failed on another instance, which could not delete the file); the next pass removes it.
        await factory.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == running).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, ImportStatus.Failed)
            .SetProperty(b => b.LeaseOwner, (string?)null)));
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        await factory.RunQueueAsync();
        Assert.False(System.IO.File.Exists(runningFile), "a finished import's upload is removed");
        Assert.Empty(Kept());
    }
}
