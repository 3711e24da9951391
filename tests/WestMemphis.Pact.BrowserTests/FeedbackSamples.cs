using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>Sample records for the feedback pages that take a code, a token or an id: a card for an area and an emailed invitation.</summary>
public static class FeedbackSamples
{
    public static async Task AddAsync(PactFactory app, Dictionary<string, string> samples)
    {
        var token = FeedTokens.New();
        var card = await app.WithDbAsync(async db =>
        {
            var c = new FeedbackCard { Code = FeedbackCardCode.New(), Program = FeedbackProgram.ParkAndWalk, AreaId = await db.Areas.Select(a => (int?)a.Id).FirstOrDefaultAsync(), CreatedUtc = DateTime.UtcNow };
            db.FeedbackCards.Add(c);
            db.FeedbackInvitations.Add(new FeedbackInvitation
            {
                SourceKey = FeedbackRules.SourceKey("sample", Random.Shared.Next()),
                TokenHash = FeedTokens.Hash(token),
                Program = FeedbackProgram.ResolvedConcern,
                SentUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return c;
        });
        samples["GET feedback/{code}"] = $"/feedback/{card.Code}";
        samples["GET feedback/answer/{token}"] = $"/feedback/answer/{token}";
        samples["GET manage/feedback/{id:int}/card"] = $"/manage/feedback/{card.Id}/card";
    }
}
