using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.CrimeImport;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The Development demo incidents: three years for the five wards, placed by street range, and a rising problem the review flags.</summary>
[Collection(RunsAlone.Name)]
public sealed class DemoIncidentsTests
{
    [Fact]
    public async Task Demo_incidents_give_the_citywide_review_figures_and_the_focus_areas_rise_is_flagged()
    {
        using var factory = new PactFactory { EnvironmentName = "Development" }.With("Seed:DemoData", "true");
        _ = factory.Server;

        var (offenses, incidents, unassigned, areas, sensitive) = await factory.WithDbAsync(async db => (
            await db.IncidentOffenses.CountAsync(),
            await db.Incidents.CountAsync(),
            await db.Incidents.CountAsync(i => i.AreaId == null),
            await db.Incidents.Where(i => i.AreaPlacement == AreaPlacement.Address).Select(i => i.AreaId).Distinct().CountAsync(),
            await db.IncidentOffenses.CountAsync(o => o.NibrsCode == "11A" || o.NibrsCode == "11D" || o.NibrsCode == "36B")));
        // A city of 24,000: a few thousand offenses a year, over three years.
        Assert.InRange(offenses, 3 * 2500, 3 * 4500);
        Assert.True(incidents < offenses, "some incidents carry several offenses");
        Assert.Equal(0, unassigned);
        Assert.Equal(5, areas);
        Assert.True(sensitive > 0);

        var (client, _) = await factory.SignedInAsync(Roles.Officer);
        var city = await client.GetPageAsync("/crime/review");
        Assert.Equal(System.Net.HttpStatusCode.OK, city.Status);
        var all = city.Document.QuerySelectorAll("table.comparison tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "All offenses");
        var current28 = all.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).First();
        Assert.True(int.Parse(current28, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) > 0, $"citywide current {current28}");

        var focus = await factory.WithDbAsync(db => db.Areas.Where(a => a.IsFocusArea).OrderBy(a => a.SortOrder).Select(a => a.Code).FirstAsync());
        var area = await factory.AreaIdAsync(focus);
        var page = await client.GetPageAsync($"/crime/review?area={area}");
        var flagged = page.Document.QuerySelectorAll("table.comparison tbody tr")
            .Where(r => r.QuerySelector(".flag-badge.flag-up")?.TextContent.Trim() == "▲ Flagged up: unusually high")
            .Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Contains("Crimes against property", flagged);

        // The past meeting's snapshot was taken from these incidents.
        var snapshot = await factory.WithDbAsync(db => db.CrimeReviews.Select(r => r.SnapshotJson).SingleAsync());
        var frozen = Domain.Crime.Reviews.ReviewSnapshot.FromJson(snapshot)!;
        Assert.True(frozen.Areas.SelectMany(a => a.Lines).SelectMany(l => l.Current).Sum() > 0);

        // Seeded once.
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(factory.Services);
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DemoIncidentsSeeder>(scope.ServiceProvider).SeedAsync();
        Assert.Equal(offenses, await factory.WithDbAsync(db => db.IncidentOffenses.CountAsync()));
    }
}
