using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The incident search's dates are bounded with a message, and its day and hour filters use Central local time across daylight-saving changes.</summary>
public sealed partial class IncidentDateFilterTests(PactFactory app) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_search_over_seven_thousand_years_by_the_hour_is_bounded_with_a_message()
    {
        var (client, _) = await app.SignedInAsync(Roles.Officer);
        var page = await client.GetPageAsync("/crime/incidents?from=1900-01-01&to=9000-12-31&hour=3");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var alert = page.Document.QuerySelector(".alert-warning")!.TextContent;
        Assert.Contains($"must be between 1 Jan 1990 and 31 Dec {DateTime.UtcNow.Year + 1}", alert, StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", page.Document.QuerySelector("#From")!.GetAttribute("value")!);

        var csv = await client.GetAsync("/crime/incidents.csv?from=1900-01-01&to=9000-12-31&hour=3");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);

        // Within the bounds but longer than ten years: kept to the last ten years of the range.
        var longer = await client.GetPageAsync("/crime/incidents?from=1990-01-01&to=2024-12-31&day=2");
        Assert.Equal(HttpStatusCode.OK, longer.Status);
        Assert.Contains("at most 10 years; it starts on 1 Jan 2015", longer.Document.QuerySelector(".alert-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2015-01-01", longer.Document.QuerySelector("#From")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Hour_and_day_filters_pick_the_local_hour_on_both_sides_of_each_daylight_saving_change()
    {
        // Fall 2025: at 07:00 UTC on Sunday 2 November, 02:00 CDT became 01:00 CST (the hour 01:00 came twice).
        // Spring 2026: at 08:00 UTC on Sunday 8 March, 02:00 CST became 03:00 CDT (there was no 02:00).
        await OffenseAsync("DST-A", new DateTime(2025, 11, 1, 6, 30, 0, DateTimeKind.Utc)); // Sat 01:30 CDT
        await OffenseAsync("DST-B", new DateTime(2025, 11, 2, 6, 30, 0, DateTimeKind.Utc)); // Sun 01:30 CDT
        await OffenseAsync("DST-C", new DateTime(2025, 11, 2, 7, 30, 0, DateTimeKind.Utc)); // Sun 01:30 CST, the repeated hour
        await OffenseAsync("DST-D", new DateTime(2025, 11, 2, 8, 30, 0, DateTimeKind.Utc)); // Sun 02:30 CST
        await OffenseAsync("DST-E", new DateTime(2025, 11, 2, 5, 30, 0, DateTimeKind.Utc)); // Sun 00:30 CDT
        await OffenseAsync("DST-F", new DateTime(2025, 11, 3, 7, 30, 0, DateTimeKind.Utc)); // Mon 01:30 CST
        await OffenseAsync("DST-G", new DateTime(2025, 11, 3, 6, 30, 0, DateTimeKind.Utc)); // Mon 00:30 CST
        await OffenseAsync("DST-H", new DateTime(2026, 3, 8, 7, 30, 0, DateTimeKind.Utc)); // Sun 01:30 CST
        await OffenseAsync("DST-I", new DateTime(2026, 3, 8, 8, 30, 0, DateTimeKind.Utc)); // Sun 03:30 CDT
        await OffenseAsync("DST-J", new DateTime(2026, 3, 7, 9, 30, 0, DateTimeKind.Utc)); // Sat 03:30 CST
        await OffenseAsync("DST-K", new DateTime(2026, 3, 9, 8, 30, 0, DateTimeKind.Utc)); // Mon 03:30 CDT
        await OffenseAsync("DST-L", new DateTime(2026, 3, 9, 9, 30, 0, DateTimeKind.Utc)); // Mon 04:30 CDT

        var (client, _) = await app.SignedInAsync(Roles.Officer);
        async Task<string> FoundAsync(string filter)
        {
            var page = await client.GetPageAsync("/crime/incidents?from=2025-10-31&to=2026-03-10&" + filter);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Null(page.Document.QuerySelector(".alert-warning"));
            var found = IncidentNumber().Matches(page.Text).Select(m => m.Value).Distinct().Order().ToList();
            Assert.Equal(found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Document.QuerySelector("#offense-count")!.TextContent.Trim());
            return string.Join(" ", found.Select(f => f[4..]));
        }

        Assert.Equal("A B C F H", await FoundAsync("hour=1"));
        Assert.Equal("I J K", await FoundAsync("hour=3"));
        Assert.Equal("D", await FoundAsync("hour=2&day=0")); // 02:00 on Sunday 8 March never happened; on Sunday 2 November it did
        Assert.Equal("B C H", await FoundAsync("hour=1&day=0"));
        Assert.Equal("B C D E H I", await FoundAsync("day=0"));
        Assert.Equal("F G K L", await FoundAsync("day=1"));
    }

    private Task OffenseAsync(string number, DateTime occurredUtc) =>
        app.WithDbAsync(async db =>
        {
            var area = await db.Areas.Where(a => a.Code == "W3").Select(a => a.Id).SingleAsync();
            var incident = new Incident
            {
                Source = "dst", SourceIncidentNumber = number, OccurredAtUtc = occurredUtc, Address = "1523 N Missouri St",
                HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area, OffenseCount = 1, UpdatedAtUtc = occurredUtc,
            };
            incident.Offenses.Add(new IncidentOffense { OffenseKey = "23C", NibrsCode = "23C", Description = "test 23C", Category = OffenseCategory.Property, PartIClass = PartIClass.Property, OccurredAtUtc = occurredUtc, AreaId = area });
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });

    [GeneratedRegex(@"DST-[A-L]\b")]
    private static partial Regex IncidentNumber();
}
