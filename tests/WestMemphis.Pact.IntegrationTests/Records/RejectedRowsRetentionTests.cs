using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Admin;

namespace WestMemphis.Pact.IntegrationTests.Records;

/// <summary>
/// The raw starts of rows an incident file could not give are working copies: the night's run deletes those of files
/// uploaded more than a year ago and keeps a recent file's, so a person fixing that file still sees them.
/// </summary>
public sealed class RejectedRowsRetentionTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Rejected_rows_of_an_old_upload_are_deleted_and_a_recent_uploads_kept()
    {
        var (old, recent) = await factory.WithDbAsync(async db =>
        {
            ImportBatch Batch(DateTime uploaded, int rows)
            {
                var batch = new ImportBatch
                {
                    Source = "rms", FileName = "incidents.csv", Sha256 = Guid.NewGuid().ToString("N"), StoredFilePath = "", UploadedAtUtc = uploaded,
                    Status = ImportStatus.Completed,
                };
                db.ImportBatches.Add(batch);
                for (var i = 0; i < rows; i++)
                {
                    db.ImportRejectedRows.Add(new ImportRejectedRow { ImportBatch = batch, LineNumber = i + 2, Reason = "No date", RawExcerpt = "24-0042,,JOHN DOE,100 E BROADWAY" });
                }

                return batch;
            }

            var o = Batch(DateTime.UtcNow.AddMonths(-14), 3);
            var r = Batch(DateTime.UtcNow.AddMonths(-2), 2);
            await db.SaveChangesAsync();
            return (o.Id, r.Id);
        });

        using (var scope = factory.Services.CreateScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<RecordsRetention>().RunAsync(CancellationToken.None);
            Assert.NotNull(run);
            Assert.Contains("ImportRejectedRow: 3 deleted, 0 held", run.Details, StringComparison.Ordinal);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.ImportRejectedRows.CountAsync(r => r.ImportBatchId == old)));
        Assert.Equal(2, await factory.WithDbAsync(db => db.ImportRejectedRows.CountAsync(r => r.ImportBatchId == recent)));
        Assert.True(await factory.WithDbAsync(db => db.ImportBatches.AnyAsync(b => b.Id == old)), "the batch itself (its counts) stays");
    }
}
