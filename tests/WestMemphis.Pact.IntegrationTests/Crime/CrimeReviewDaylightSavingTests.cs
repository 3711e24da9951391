using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>
/// The review's Central-time rules on the two daylight-saving days of 2026 (8 March, 2 AM CST → 3 AM CDT; 1 November,
/// 2 AM CDT → 1 AM CST), through the page's CSV exports on a real database: periods run between local midnights, and the
/// day-of-week × hour table puts each offense in its local day and hour. Each offense below sits where an off-by-one-hour
/// (a fixed UTC−6 or UTC−5, or hours counted in UTC) would move it to another cell or period.
/// </summary>
public sealed class CrimeReviewDaylightSavingTests(PactFactory app) : IClassFixture<PactFactory>
{
    private const string Ward = "W5";

    private static readonly DateTime[] Spring =
    [
        new(2026, 3, 2, 5, 30, 0, DateTimeKind.Utc),  // Sun 1 Mar, 11:30 PM CST: the 7 days before 2–8 March
        new(2026, 3, 7, 5, 30, 0, DateTimeKind.Utc),  // Fri 6 Mar, 11:30 PM CST
        new(2026, 3, 8, 7, 30, 0, DateTimeKind.Utc),  // Sun 8 Mar, 1:30 AM CST
        new(2026, 3, 8, 8, 30, 0, DateTimeKind.Utc),  // Sun 8 Mar, 3:30 AM CDT (2 AM never happens)
        new(2026, 3, 9, 5, 30, 0, DateTimeKind.Utc),  // Mon 9 Mar, 0:30 AM CDT (a fixed UTC−6 would say Sunday 11:30 PM)
        new(2026, 3, 21, 4, 30, 0, DateTimeKind.Utc), // Fri 20 Mar, 11:30 PM CDT
        new(2026, 3, 21, 5, 30, 0, DateTimeKind.Utc), // Sat 21 Mar, 0:30 AM CDT: after a review ending on the 20th
        new(2026, 2, 21, 5, 30, 0, DateTimeKind.Utc), // Fri 20 Feb, 11:30 PM CST: before the 28 days ending 20 March
    ];

    private static readonly DateTime[] Fall =
    [
        new(2026, 10, 31, 5, 30, 0, DateTimeKind.Utc), // Sat 31 Oct, 0:30 AM CDT
        new(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc),  // Sun 1 Nov, 0:30 AM CDT
        new(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc),  // Sun 1 Nov, 1:30 AM CDT
        new(2026, 11, 1, 7, 30, 0, DateTimeKind.Utc),  // Sun 1 Nov, 1:30 AM CST (the same local hour again)
        new(2026, 11, 2, 5, 30, 0, DateTimeKind.Utc),  // Sun 1 Nov, 11:30 PM CST (a fixed UTC−5 would say Monday 0:30 AM)
        new(2026, 10, 26, 4, 30, 0, DateTimeKind.Utc), // Sun 25 Oct, 11:30 PM CDT: the 7 days before 26 Oct–1 Nov
    ];

    private bool _seeded;

    private async Task<(HttpClient Client, int Area)> SeedAsync()
    {
        var (client, _) = await app.SignedInAsync(Roles.Officer);
        var area = await app.AreaIdAsync(Ward);
        if (!_seeded)
        {
            await app.WithDbAsync(async db =>
            {
                if (await db.Incidents.AnyAsync(i => i.Source == "dst-test"))
                {
                    return;
                }

                foreach (var at in Spring.Concat(Fall))
                {
                    var incident = new Incident
                    {
                        Source = "dst-test",
                        SourceIncidentNumber = at.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture),
                        OccurredAtUtc = at,
                        Address = "100 N Test St",
                        HundredBlock = "100 BLOCK N TEST ST",
                        AreaId = area,
                        OffenseCount = 1,
                        UpdatedAtUtc = at,
                    };
                    incident.Offenses.Add(new IncidentOffense { OffenseKey = "23C", NibrsCode = "23C", Description = "test 23C", Category = OffenseCategory.Property, PartIClass = PartIClass.Property, OccurredAtUtc = at, AreaId = area });
                    db.Incidents.Add(incident);
                }

                await db.SaveChangesAsync();
            });
            _seeded = true;
        }

        return (client, area);
    }

    /// <summary>The day × hour CSV as day name → 24 counts.</summary>
    private static async Task<Dictionary<string, int[]>> DayHourAsync(HttpClient client, string end, int area)
    {
        var csv = await client.GetStringAsync($"/crime/review.csv?table=dayhour&end={end}&area={area}");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(7, rows.Count);
        return rows.ToDictionary(r => r[^25], r => r[^24..].Select(int.Parse).ToArray());
    }

    private static async Task<string> ComparisonAsync(HttpClient client, string end, int area) =>
        (await client.GetStringAsync($"/crime/review.csv?end={end}&area={area}")).Replace("'+", "+", StringComparison.Ordinal);

    [Fact]
    public async Task Day_by_hour_table_uses_the_local_hour_on_both_sides_of_the_spring_change()
    {
        var (client, area) = await SeedAsync();
        var grid = await DayHourAsync(client, "2026-03-20", area); // the 28 days 21 February – 20 March

        Assert.Equal(2, grid["Friday"][23]);
        Assert.Equal(1, grid["Sunday"][1]);
        Assert.Equal(0, grid["Sunday"][2]);
        Assert.Equal(1, grid["Sunday"][3]);
        Assert.Equal(1, grid["Monday"][0]);
        Assert.Equal(1, grid["Sunday"][23]); // 1 March, 11:30 PM CST
        Assert.Equal(6, grid.Values.Sum(h => h.Sum()));
    }

    [Fact]
    public async Task Day_by_hour_table_counts_the_repeated_hour_twice_at_the_fall_change()
    {
        var (client, area) = await SeedAsync();
        var grid = await DayHourAsync(client, "2026-11-10", area); // the 28 days 14 October – 10 November

        Assert.Equal(1, grid["Saturday"][0]);
        Assert.Equal(1, grid["Sunday"][0]);
        Assert.Equal(2, grid["Sunday"][1]);
        Assert.Equal(2, grid["Sunday"][23]); // 25 October, 11:30 PM CDT and 1 November, 11:30 PM CST
        Assert.Equal(0, grid["Monday"][0]);
        Assert.Equal(0, grid["Saturday"][23]);
        Assert.Equal(6, grid.Values.Sum(h => h.Sum()));
    }

    [Fact]
    public async Task Periods_run_between_local_midnights_across_both_changes()
    {
        var (client, area) = await SeedAsync();

        // 2–8 March: 6 Mar 11:30 PM, 8 Mar 1:30 AM and 3:30 AM; 9 Mar 0:30 AM CDT is the next day. The 7 days before: 1 Mar 11:30 PM.
        var spring = await ComparisonAsync(client, "2026-03-08", area);
        Assert.Contains("All offenses,Last 7 days,2026-03-02,2026-03-08,3,1,+2,+200.0%", spring, StringComparison.Ordinal);

        // 26 Oct–1 Nov: 31 Oct 0:30 AM, 1 Nov 0:30, 1:30 CDT, 1:30 CST and 11:30 PM CST. The 7 days before: 25 Oct 11:30 PM CDT.
        var fall = await ComparisonAsync(client, "2026-11-01", area);
        Assert.Contains("All offenses,Last 7 days,2026-10-26,2026-11-01,5,1,+4,+400.0%", fall, StringComparison.Ordinal);

        // The weekly trend's last week is the same 7 local days.
        var trend = (await client.GetStringAsync($"/crime/review.csv?table=trend&end=2026-11-01&area={area}")).Split('\n');
        Assert.Contains(trend, l => l.Contains(",All offenses,2026-10-26,2026-11-01,5,", StringComparison.Ordinal));
    }
}
