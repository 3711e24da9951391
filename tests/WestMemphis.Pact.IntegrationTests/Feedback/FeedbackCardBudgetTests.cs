using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.IntegrationTests.Presentations;

namespace WestMemphis.Pact.IntegrationTests.Feedback;

/// <summary>
/// A room full of people at a Park and Walk answers a feedback card from one Wi-Fi address: the card's form has a
/// budget of its own (RateLimits:FeedbackAnswersPerMinute), larger than the public forms' 5 a minute, which still hold
/// for everything else from that address, the look-up by reference code (every post counted) above all.
/// </summary>
public sealed class FeedbackCardBudgetTests
{
    [Fact]
    public async Task Twenty_answers_from_one_address_in_a_minute_are_taken_while_the_look_up_by_code_stays_at_five()
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "5").With("RateLimits:RefusedPostsPerMinute", "30");
        var (staff, _) = await factory.SignedInAsync(Roles.Officer);
        var (card, _) = await FeedbackCardsTests.MakeCardAsync(factory, staff, FeedbackProgram.ParkAndWalk);
        var room = factory.CreateBrowserClient(remoteAddress: "203.0.113.77");

        for (var i = 0; i < 20; i++)
        {
            var thanks = await room.SubmitAsync(await room.GetPageAsync($"/feedback/{card.Code}"), FeedbackCardsTests.Answers(safer: i % 2 == 0 ? "Yes" : "Partly"));
            Assert.Equal(HttpStatusCode.OK, thanks.Status);
            Assert.Equal("/feedback/thanks", thanks.Url.AbsolutePath);
        }

        Assert.Equal(20, await factory.WithDbAsync(db => db.FeedbackResponses.CountAsync(r => r.CardId == card.Id)));

        // The same address guessing reference codes: five look-ups a minute, then the form is shown again with 429.
        var statuses = new List<HttpStatusCode>();
        HtmlPage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = await room.CheckStatusAsync($"PR-{23456780 + i}", "guess@example.com");
            statuses.Add(last.Status);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(5));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("send it again after", last!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cards_own_budget_still_ends_and_the_answers_typed_are_kept()
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "5").With("RateLimits:FeedbackAnswersPerMinute", "8");
        var (staff, _) = await factory.SignedInAsync(Roles.Officer);
        var (card, _) = await FeedbackCardsTests.MakeCardAsync(factory, staff, FeedbackProgram.ParkAndWalk);
        var room = factory.CreateBrowserClient(remoteAddress: "203.0.113.78");
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal("/feedback/thanks", (await room.SubmitAsync(await room.GetPageAsync($"/feedback/{card.Code}"), FeedbackCardsTests.Answers())).Url.AbsolutePath);
        }

        var over = await room.SubmitAsync(await room.GetPageAsync($"/feedback/{card.Code}"), FeedbackCardsTests.Answers(listened: "Partly"));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.Status);
        Assert.Contains("send it again after", over.Text, StringComparison.Ordinal);
        Assert.True(over.Document.QuerySelector("input[name=Listened][value=Partly]")!.HasAttribute("checked"));
        Assert.Equal(8, await factory.WithDbAsync(db => db.FeedbackResponses.CountAsync(r => r.CardId == card.Id)));
    }
}
