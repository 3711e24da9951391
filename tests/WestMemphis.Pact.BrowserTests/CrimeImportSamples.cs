using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.CrimeImport;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>An upload waiting at its preview and a finished import batch, for the import pages' sample addresses.</summary>
public static class CrimeImportSamples
{
    public static async Task AddAsync(PactFactory app, Dictionary<string, string> samples)
    {
        var csv = CrimeImportSteps.ChicagoHeader + "\r\n"
            + "1,JA100001,05/31/2019 11:55:00 PM,015XX N MISSOURI ST,0486,BATTERY,DOMESTIC BATTERY SIMPLE,RESIDENCE,false,true,0111,001,3,,08B,,,2019,,35.15,-90.18,\r\n";
        var bytes = Encoding.UTF8.GetBytes(csv);
        using (var scope = app.Services.CreateScope())
        {
            var uploads = scope.ServiceProvider.GetRequiredService<CrimeUploads>();
            await using var stream = new MemoryStream(bytes);
            var file = new FormFile(stream, 0, bytes.Length, "file", "sample-crimes.csv") { Headers = new HeaderDictionary(), ContentType = "text/csv" };
            var (info, error) = await uploads.SaveAsync(file, CancellationToken.None);
            Assert.True(info is not null, error);
            samples["GET crime/import/preview/{token}"] = $"/crime/import/preview/{info!.Token}";
        }

        var batch = await app.WithDbAsync(async db =>
        {
            var b = new ImportBatch
            {
                Source = "sample", FileName = "sample-crimes.csv", Sha256 = new string('0', 64), StoredFilePath = "sample-crimes.csv",
                UploadedAtUtc = DateTime.UtcNow.AddMinutes(-5), StartedAtUtc = DateTime.UtcNow.AddMinutes(-4), FinishedAtUtc = DateTime.UtcNow.AddMinutes(-3),
                Status = ImportStatus.Completed, RowsRead = 10, RowsInserted = 8, RowsRejected = 2, EstimatedRows = 10, ElapsedSeconds = 1.5,
            };
            b.RejectedRows.Add(new ImportRejectedRow { LineNumber = 4, Column = "Date", Reason = "Not a date: 13/45/2019" });
            db.ImportBatches.Add(b);
            await db.SaveChangesAsync();
            return b.Id;
        });
        samples["GET crime/import/{id:long}"] = $"/crime/import/{batch}";
    }
}
