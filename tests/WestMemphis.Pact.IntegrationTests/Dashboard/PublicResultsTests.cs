using System.Net;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Dashboard;

/// <summary>
/// /about/results, the program's figures in public: the same counts as the dashboard, by month and area, with small
/// concern counts withheld as on the crime summary, and nothing an officer's contact log or a reporter would reveal.
/// </summary>
public sealed class PublicResultsTests : IClassFixture<PublicResultsTests.Factory>
{
    /// <summary>The clock stands in mid-April 2025, so "the last twelve months" end with March 2025.</summary>
    public sealed class Factory : PactFactory
    {
        public Factory() => Clock = new FakeTimeProvider(new DateTimeOffset(2025, 4, 15, 17, 0, 0, TimeSpan.Zero));
    }

    private readonly Factory factory;

    public PublicResultsTests(Factory factory) => this.factory = factory;

    private static DateTime Utc(int y, int m, int d, int h = 15) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    private async Task<(string Big, string Small)> ArrangeAsync() => await factory.WithDbAsync(async db =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var big = new Area { Name = $"Results big {suffix}", Code = $"RB{suffix}", SortOrder = 100 };
        var small = new Area { Name = $"Results small {suffix}", Code = $"RS{suffix}", SortOrder = 101 };
        db.Areas.AddRange(big, small);
        await db.SaveChangesAsync();
        void NewConcern(Area area, DateTime created, DateTime? resolved) => db.Concerns.Add(new Concern
        {
            ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
            Location = "1517 N Missouri St", Description = "Private detail nobody may see", ReporterName = "Robin Reporter", ReporterEmail = "robin@example.com",
            AreaId = area.Id, CreatedUtc = created, UpdatedUtc = created, ResolvedUtc = resolved,
            Status = resolved is null ? ConcernStatus.New : ConcernStatus.Resolved,
        });
        for (var i = 0; i < 6; i++)
        {
            NewConcern(big, Utc(2025, 3, 2 + i), i < 4 ? Utc(2025, 3, 6 + i) : null);
        }

        NewConcern(small, Utc(2025, 3, 10), null);
        db.Events.Add(new Event
        {
            Title = "Results cleanup", Type = EventType.EnvironmentalCleanup, Location = "Meadows Park", AreaId = big.Id,
            StartUtc = Utc(2025, 3, 8), EndUtc = Utc(2025, 3, 8, 18), Status = EventStatus.Completed,
            CreatedUtc = Utc(2025, 2, 1), Description = "Cleanup",
        });
        await db.SaveChangesAsync();
        return (big.Code, small.Code);
    });

    [Fact]
    public async Task Anyone_sees_the_figures_by_month_and_area_with_small_concern_counts_withheld()
    {
        var (big, small) = await ArrangeAsync();
        var visitor = factory.CreateBrowserClient();

        var city = await visitor.GetPageAsync("/about/results?month=2025-03");
        Assert.Equal(HttpStatusCode.OK, city.Status);
        Assert.Contains("March 2025", city.Text, StringComparison.Ordinal);
        var rows = city.Document.QuerySelectorAll("#h-areas ~ div tbody tr").ToList();
        string[] Row(string code) => rows.Single(r => r.QuerySelector($"a[href*='area={code}']") is not null)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        // Events held, hours, presentations, concerns received, resolved, projects closed.
        Assert.Equal(["1", "0", "0"], Row(big)[..3]);
        Assert.Equal(["4", "0"], Row(big)[4..]);
        Assert.Equal("withheld*", Row(small)[3]);
        // The single concern is withheld, and so is another count: with the city's total shown, one alone would give it away.
        Assert.True(rows.Count(r => r.QuerySelectorAll("td")[3].TextContent.Trim() == "withheld*") >= 2);
        Assert.Contains(city.Document.QuerySelectorAll(".result-figure"), f => f.TextContent.Contains("Concerns received", StringComparison.Ordinal) && f.QuerySelector("dd")!.TextContent.Trim() != "withheld*");
        Assert.DoesNotContain("Robin", city.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Private detail", city.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1517", city.Text, StringComparison.Ordinal);

        // One area: its own figures; a single concern in a month is withheld there too.
        var area = await visitor.GetPageAsync($"/about/results?area={small}");
        Assert.Equal(HttpStatusCode.OK, area.Status);
        var march = area.Document.QuerySelectorAll("#h-months ~ div tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Mar 2025");
        Assert.Equal("withheld*", march.QuerySelectorAll("td").Last().TextContent.Trim());
        Assert.Contains("Concerns received", area.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("month=2024-01", "Choose a month from the list")]
    [InlineData("month=not-a-month", "Choose a month from the list")]
    [InlineData("area=NOPE", "Choose an area from the list.")]
    public async Task A_bad_choice_comes_back_with_a_message_not_an_error_page(string query, string message)
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/about/results?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(message, page.Text, StringComparison.Ordinal);
    }
}
