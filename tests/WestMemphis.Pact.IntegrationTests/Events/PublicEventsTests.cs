using System.Net;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>The public calendar: lists, filters, details, iCalendar feeds, and nonsense in query strings.</summary>
public sealed class PublicEventsTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Anyone_browses_published_events_but_never_drafts()
    {
        var published = await factory.PublishedEventAsync(4);
        var draft = await factory.EventAsync(DateTime.UtcNow.AddDays(5), DateTime.UtcNow.AddDays(5).AddHours(1), EventStatus.Draft, 2);
        var client = factory.CreateBrowserClient();

        var list = await client.GetPageAsync("/events");
        Assert.Contains(published.Title, list.Text);
        Assert.DoesNotContain(draft.Title, list.Text);
        Assert.Contains("Needs 4 more volunteers", list.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/events/{draft.Id}/x")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/events/{draft.Id}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/events/999999/nothing")).Status);

        var details = await client.GetPageAsync(published.EventUrl());
        Assert.Contains("4 of 4 spots left", details.Text);
        Assert.Contains("Log in", details.Text);
        Assert.Empty(details.Document.QuerySelectorAll("form[action^='/shifts/']"));

        var month = await client.GetPageAsync($"/events?view=month&month={published.StartUtc:yyyy-MM}");
        Assert.Contains(published.Title, month.Text);
        Assert.Contains(published.Title, (await client.GetPageAsync("/volunteer")).Text);
        Assert.Contains(published.Title, (await client.GetPageAsync("/")).Text);
    }

    [Theory]
    [InlineData("/events?type=%22%3E%3Csvg%20onload%3Dalert(1)%3E&area=-1&from=2026-02-30&to=9999-99-99&page=2147483648")]
    [InlineData("/events?type=1&area=1&area=2&seeking=true&seeking=false")]
    [InlineData("/events?view=month&month=0000-13")]
    [InlineData("/events?view=month&month=2026-03")]
    [InlineData("/events/calendar.ics?type=NationalNightOut&area=abc")]
    [InlineData("/events?page=-5&from=%00")]
    public async Task Nonsense_in_the_query_string_is_ignored_not_an_error(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<svg onload", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_calendar_feed_is_valid_icalendar_with_stable_uids_and_the_time_zone()
    {
        var e = await factory.PublishedEventAsync(1);
        var client = factory.CreateBrowserClient();
        var response = await client.GetAsync("/events/calendar.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text);
        Assert.Contains("VERSION:2.0", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains($"UID:event-{e.Id}@pact.westmemphis.example", text);
        Assert.Contains("DTSTART;TZID=America/Chicago:", text);
        Assert.Contains("\r\n", text);
        var again = await client.GetStringAsync("/events/calendar.ics");
        Assert.Contains($"UID:event-{e.Id}@pact.westmemphis.example", again);
        var filtered = await client.GetStringAsync("/events/calendar.ics?type=NationalNightOut");
        Assert.DoesNotContain($"UID:event-{e.Id}@", filtered);
    }

    [Fact]
    public async Task Signing_up_needs_a_log_in_and_a_get_changes_nothing()
    {
        var e = await factory.PublishedEventAsync(1);
        var anonymous = factory.CreateBrowserClient(followRedirects: false);
        // With a valid antiforgery token for this visitor, so the refusal can only come from the log-in requirement.
        var page = await anonymous.GetPageAsync("/Account/Login");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var post = await anonymous.PostAsync($"/shifts/{e.Shifts[0].Id}/signup", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", post.Headers.Location?.PathAndQuery ?? post.Headers.Location?.OriginalString);
        // The GET is the one-click confirmation page (issue 12 §4): behind the log-in too, and it signs nobody up.
        var get = await anonymous.GetAsync($"/shifts/{e.Shifts[0].Id}/signup");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", get.Headers.Location?.PathAndQuery ?? get.Headers.Location?.OriginalString);
        Assert.Empty(await factory.SignupsAsync(e.Shifts[0].Id));
    }
}
