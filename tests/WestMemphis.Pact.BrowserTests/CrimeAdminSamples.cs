using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.CrimeImport;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>An upload waiting at the mapping screen, an offense mapping and a beat mapping, for the crime admin pages' sample addresses.</summary>
public static class CrimeAdminSamples
{
    public static async Task AddAsync(PactFactory app, Dictionary<string, string> samples)
    {
        var bytes = Encoding.UTF8.GetBytes("Case No,When,What,Where,Zone\r\nMP-1,2026-05-01 10:00,THEFT,1XX E BROADWAY,Z1\r\n");
        using (var scope = app.Services.CreateScope())
        {
            var uploads = scope.ServiceProvider.GetRequiredService<CrimeUploads>();
            await using var stream = new MemoryStream(bytes);
            var file = new FormFile(stream, 0, bytes.Length, "file", "marion.csv") { Headers = new HeaderDictionary(), ContentType = "text/csv" };
            var (info, error) = await uploads.SaveAsync(file, CancellationToken.None);
            Assert.True(info is { NeedsMapping: true }, error);
            samples["GET crime/import/map/{token}"] = $"/crime/import/map/{info!.Token}";
        }

        // The sweep asks for its pages more than once on one database: each call makes mappings of its own source.
        var source = "sample-" + Guid.NewGuid().ToString("N")[..8];
        var (offense, area) = await app.WithDbAsync(async db =>
        {
            var o = new OffenseDescriptionMapping { Source = source, Description = "SAMPLE THEFT", NibrsCode = "23H" };
            var a = new AreaSourceMapping { Source = source, Field = AreaSourceFields.Beat, Value = "S1", AreaId = await db.Areas.Select(x => x.Id).FirstAsync() };
            db.OffenseDescriptionMappings.Add(o);
            db.AreaSourceMappings.Add(a);
            await db.SaveChangesAsync();
            return (o.Id, a.Id);
        });
        samples["GET crime/offense-mappings/{id:int}"] = $"/crime/offense-mappings/{offense}";
        samples["GET crime/area-mappings/{id:int}"] = $"/crime/area-mappings/{area}";
    }
}
