using System.Net;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>The coordinator's event list comes 50 at a time (rendering hundreds of rows per view was its cost), keeping the filter.</summary>
public sealed class ManageEventsPagingTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task The_list_comes_a_page_of_fifty_at_a_time_and_the_links_keep_the_search()
    {
        var tag = "Paged" + Guid.NewGuid().ToString("N")[..8];
        var start = DateTime.UtcNow.Date.AddDays(20).AddHours(15);
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
            {
                db.Events.Add(new Event
                {
                    Title = $"{tag} cleanup {i:00}",
                    Type = EventType.EnvironmentalCleanup,
                    Location = "Civic Center",
                    Status = EventStatus.Published,
                    StartUtc = start.AddHours(i),
                    EndUtc = start.AddHours(i + 1),
                    CreatedUtc = DateTime.UtcNow,
                    PublishedUtc = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        });
        var email = EventSteps.Unique("pager");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        var first = await client.GetPageAsync($"/manage/events?q={tag}");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var rows = first.Document.QuerySelectorAll("tbody tr a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(50, rows.Count);
        Assert.Equal($"{tag} cleanup 00", rows[0]);
        Assert.Contains("Events 1–50 of 60.", first.Text, StringComparison.Ordinal);
        var next = first.Document.QuerySelector("nav[aria-label='Event list pages'] a[href*='page=2']")?.GetAttribute("href");
        Assert.Equal($"/manage/events?q={tag}&page=2", next);

        var second = await client.GetPageAsync(next!);
        var rest = second.Document.QuerySelectorAll("tbody tr a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(Enumerable.Range(50, 10).Select(i => $"{tag} cleanup {i:00}"), rest);
        Assert.Equal("page", second.Document.QuerySelector("nav[aria-label='Event list pages'] a[aria-current]")?.GetAttribute("aria-current"));
        Assert.Contains("Page 2", second.Document.QuerySelector("a[aria-current=page]")!.TextContent, StringComparison.Ordinal);
    }
}
