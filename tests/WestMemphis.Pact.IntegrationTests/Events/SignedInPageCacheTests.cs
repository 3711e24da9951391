using System.Net;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// Signed-in pages take what is the same for everyone from memory (PublicDataCache) and render the per-user part
/// fresh: no one ever sees another person's sign-ups, name or token, and a change shows at once.
/// </summary>
public sealed class SignedInPageCacheTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task Two_residents_reading_the_same_cached_pages_each_see_only_their_own_sign_ups()
    {
        var e = await factory.PublishedEventAsync(5, 5);
        var (first, second) = (e.Shifts[0].Id, e.Shifts[1].Id);
        var alexEmail = EventSteps.Unique("alex");
        var samEmail = EventSteps.Unique("sam");
        var alex = await factory.LoggedInVolunteerAsync(alexEmail);
        var sam = await factory.LoggedInVolunteerAsync(samEmail);

        // Both read the pages first, so the shared parts are in memory before anyone signs up.
        foreach (var client in new[] { alex, sam })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(e.EventUrl())).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/events")).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/")).Status);
        }

        await alex.SignUpAsync(e, first);
        await sam.SignUpAsync(e, second);

        for (var round = 0; round < 2; round++) // the second round reads what the first put in memory
        {
            var alexPage = await alex.GetPageAsync(e.EventUrl());
            var samPage = await sam.GetPageAsync(e.EventUrl());
            Assert.NotNull(alexPage.Document.QuerySelector($"#shift-{first} .my-status"));
            Assert.Null(alexPage.Document.QuerySelector($"#shift-{second} .my-status"));
            Assert.NotNull(samPage.Document.QuerySelector($"#shift-{second} .my-status"));
            Assert.Null(samPage.Document.QuerySelector($"#shift-{first} .my-status"));
            // The seat counts shown changed with the sign-ups (the cache was emptied by them).
            Assert.Contains("4 of 5 spots left", alexPage.Document.QuerySelector($"#shift-{first} .spots")!.TextContent);
            Assert.Contains("4 of 5 spots left", samPage.Document.QuerySelector($"#shift-{second} .spots")!.TextContent);

            foreach (var (client, own, others) in new[] { (alex, alexEmail, samEmail), (sam, samEmail, alexEmail) })
            {
                foreach (var url in new[] { "/", "/events", e.EventUrl(), "/my" })
                {
                    var page = await client.GetPageAsync(url);
                    Assert.Equal(HttpStatusCode.OK, page.Status);
                    Assert.Contains(own, page.Html, StringComparison.Ordinal); // the page is rendered for this person…
                    Assert.DoesNotContain(others, page.Html, StringComparison.Ordinal); // …and shows nothing of the other
                }
            }

            var alexMy = await alex.GetPageAsync("/my");
            var samMy = await sam.GetPageAsync("/my");
            Assert.NotEmpty(alexMy.Document.QuerySelectorAll($"a[href^='/events/{e.Id}/']"));
            Assert.NotEmpty(samMy.Document.QuerySelectorAll($"a[href^='/events/{e.Id}/']"));
        }
    }
}
