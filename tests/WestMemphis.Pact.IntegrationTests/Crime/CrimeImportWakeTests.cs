using System.Text;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using static WestMemphis.Pact.IntegrationTests.Crime.CrimeImportSteps;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>A test app whose import worker runs, polling only once an hour: anything sooner is the queue waking it.</summary>
public sealed class HourlyImportWorkerFactory : PactFactory
{
    public HourlyImportWorkerFactory()
    {
        With("CrimeImport:PollSeconds", "3600");
        With("CrimeImport:Folder", Path.Combine(Folder, "imports"));
    }
}

/// <summary>"Start the import" starts it: the worker of the instance that queued it is woken, not left to its next poll (issue 22 §19).</summary>
public sealed class CrimeImportWakeTests(HourlyImportWorkerFactory factory) : IClassFixture<HourlyImportWorkerFactory>
{
    [Fact]
    public async Task A_queued_import_runs_at_once_without_waiting_for_the_workers_next_poll()
    {
        var (client, _) = await factory.OfficerAsync();
        var csv = ChicagoHeader + "\n"
            + "1,JW900001,05/31/2019 11:55:00 PM,015XX N MISSOURI ST,0820,THEFT,$500 AND UNDER,STREET,false,false,0111,001,3,32,06,1,1,2019,x,35.1465,-90.1845,\"(35.1465, -90.1845)\"\n";

        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(csv), "wake.csv");

        var batch = await factory.BatchAsync(id);
        for (var waited = 0; batch.Status is ImportStatus.Queued or ImportStatus.Running && waited < 300; waited++)
        {
            await Task.Delay(100);
            batch = await factory.BatchAsync(id);
        }

        Assert.Equal(ImportStatus.Completed, batch.Status); // within 30 s, where the next poll is an hour away
        Assert.Equal((1L, 1L), (batch.RowsRead, batch.RowsInserted));
        var json = await client.GetStringAsync($"/crime/import/{id}/progress.json");
        Assert.Contains("\"finished\":true", json);
    }
}
