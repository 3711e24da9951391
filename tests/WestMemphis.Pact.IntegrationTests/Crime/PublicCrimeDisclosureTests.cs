using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>A test app on 20 October 2026, so September 2026 is a closed month of the public summary.</summary>
public sealed class October2026Factory : PactFactory
{
    public October2026Factory() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 17, 0, 0, TimeSpan.Zero));
}

/// <summary>The public crime summary as a determined reader sees it: what the page shows must not give a small count away.</summary>
public sealed class PublicCrimeDisclosureTests(October2026Factory app) : IClassFixture<October2026Factory>
{
    [Fact]
    public async Task One_kidnapping_and_one_counterfeiting_beside_five_drug_equipment_offenses_cannot_be_worked_out_from_the_page()
    {
        // The reviewer's case: 100, 250 and 35B published; in Ward 1 in September 2026 one kidnapping, one
        // counterfeiting and five drug-equipment incidents. The page read "fewer than 3* | fewer than 3* | 5 | 7".
        await app.WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == "100" || c.Code == "250" || c.Code == "35B")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, true)));
        var when = new DateTime(2026, 9, 15, 18, 0, 0, DateTimeKind.Utc);
        await OffenseAsync("100", OffenseCategory.Persons, when);
        await OffenseAsync("250", OffenseCategory.Property, when);
        for (var i = 0; i < 5; i++)
        {
            await OffenseAsync("35B", OffenseCategory.Society, when);
        }

        var page = await app.CreateBrowserClient().GetPageAsync("/crime?month=2026-09");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        IReadOnlyList<string> Row(string label) => page.Document.QuerySelectorAll("table.public-crime tbody tr")
            .First(r => r.QuerySelector("th")!.TextContent.Trim() == label).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

        // Ward 1 holds every offense, so the grand total tells its total; each category must stay open (1 to 5 each, as
        // far as the page tells), and so the categories' citywide totals are withheld too.
        Assert.Equal(["withheld*", "withheld*", "withheld*", "7"], Row("Ward 1"));
        Assert.Equal(["withheld*", "withheld*", "withheld*", "7"], Row("All areas"));
        Assert.Equal(["0", "0", "0", "0"], Row("Ward 2"));
        Assert.DoesNotContain("fewer than", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a withheld count may be any number from 1 up", page.Text, StringComparison.Ordinal);
    }

    private Task OffenseAsync(string code, OffenseCategory category, DateTime occurredUtc) =>
        app.WithDbAsync(async db =>
        {
            var area = await db.Areas.Where(a => a.Code == "W1").Select(a => a.Id).SingleAsync();
            var incident = new Incident
            {
                Source = "test", SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = occurredUtc, Address = "1523 N Missouri St",
                HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area, OffenseCount = 1, UpdatedAtUtc = occurredUtc,
            };
            incident.Offenses.Add(new IncidentOffense { OffenseKey = code, NibrsCode = code, Description = "test " + code, Category = category, PartIClass = PartIClass.None, OccurredAtUtc = occurredUtc, AreaId = area });
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });
}
