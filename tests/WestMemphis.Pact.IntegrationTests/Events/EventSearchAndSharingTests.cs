using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>The search box on /events, and the calendar and share links on an event's page.</summary>
public sealed class EventSearchAndSharingTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task The_search_box_finds_words_in_the_title_description_or_place_ignoring_case()
    {
        var cleanup = await factory.PublishedEventAsync(2);
        var coffee = await factory.PublishedEventAsync(2);
        var word = "Zq" + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            (await db.Events.FindAsync(coffee.Id))!.Description = $"Coffee with a Cop at the {word} diner.";
            await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserClient();

        var found = await client.GetPageAsync("/events?q=" + Uri.EscapeDataString(word.ToLowerInvariant()));
        Assert.Contains(coffee.Title, found.Text);
        Assert.DoesNotContain(cleanup.Title, found.Text);
        Assert.Equal(word.ToLowerInvariant(), found.Document.QuerySelector("#filter-q")!.GetAttribute("value"));
        Assert.NotNull(found.Document.QuerySelector("label[for=filter-q]"));

        var byTitle = await client.GetPageAsync("/events?q=" + Uri.EscapeDataString(cleanup.Title.ToUpperInvariant()));
        Assert.Contains(cleanup.Title, byTitle.Text);
        Assert.DoesNotContain(coffee.Title, byTitle.Text);

        // A wildcard typed in the box is a character to look for, not "everything".
        var percent = await client.GetPageAsync("/events?q=%25");
        Assert.DoesNotContain(cleanup.Title, percent.Text);
        Assert.Contains("No upcoming events match “%”", percent.Text);

        // The month view and the subscription link keep the search.
        var month = await client.GetPageAsync($"/events?view=month&month={coffee.StartUtc:yyyy-MM}&q={word}");
        Assert.Contains(coffee.Title, month.Text);
        Assert.DoesNotContain(cleanup.Title, month.Text);
        Assert.Contains($"q={word}", month.Document.QuerySelector("a[href^='/events/calendar.ics']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_event_page_offers_google_outlook_and_ics_and_a_link_to_share()
    {
        var e = await factory.PublishedEventAsync(2);
        var client = factory.CreateBrowserClient();

        var page = await client.GetPageAsync(e.EventUrl());

        var google = page.Document.QuerySelector("a[href^='https://calendar.google.com/calendar/render']")!.GetAttribute("href")!;
        Assert.Contains("action=TEMPLATE", google);
        Assert.Contains("text=" + Uri.EscapeDataString(e.Title), google);
        Assert.Contains($"dates={e.StartUtc:yyyyMMdd'T'HHmmss'Z'}%2F{e.EndUtc:yyyyMMdd'T'HHmmss'Z'}", google);
        var outlook = page.Document.QuerySelector("a[href^='https://outlook.live.com/calendar/']")!.GetAttribute("href")!;
        Assert.Contains("subject=" + Uri.EscapeDataString(e.Title), outlook);
        Assert.Contains($"startdt={e.StartUtc:yyyy-MM-dd'T'HH}%3A", outlook);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/events/{e.Id}.ics']"));

        var share = page.Document.QuerySelector("#share-url")!.GetAttribute("value")!;
        Assert.Matches($"^https?://[^/]+/events/{e.Id}/", share);
        Assert.NotNull(page.Document.QuerySelector("label[for=share-url]"));
        Assert.StartsWith("mailto:?subject=", page.Document.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_cancelled_event_is_not_offered_for_calendars()
    {
        var e = await factory.EventAsync(DateTime.UtcNow.AddDays(3), DateTime.UtcNow.AddDays(3).AddHours(2), EventStatus.Cancelled, 1);
        var page = await factory.CreateBrowserClient().GetPageAsync(e.EventUrl());
        Assert.Null(page.Document.QuerySelector("a[href^='https://calendar.google.com']"));
    }
}
