using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>
/// Demo data (Development with demo data on): three cards and their answers over the last two months: a Park and Walk
/// in the second area with enough answers to show, a church visit in the first, and Coffee with a Cop city-wide with
/// too few (withheld on the dashboard).
/// </summary>
public sealed class DemoFeedbackSeeder(AppDbContext db, IOptions<SeedOptions> seed, IHostEnvironment environment, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!environment.IsDevelopment() || !seed.Value.DemoData || await db.FeedbackCards.AnyAsync(cancellationToken))
        {
            return;
        }

        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => a.Id).Take(2).ToListAsync(cancellationToken);
        if (areas.Count < 2)
        {
            return;
        }

        var today = CentralTimeZone.Today(clock);
        var cards = new[]
        {
            (Card: new FeedbackCard { Code = FeedbackCardCode.New(), Program = FeedbackProgram.ParkAndWalk, AreaId = areas[1] }, Answers: 14),
            (Card: new FeedbackCard { Code = FeedbackCardCode.New(), Program = FeedbackProgram.ChurchVisit, AreaId = areas[0] }, Answers: 7),
            (Card: new FeedbackCard { Code = FeedbackCardCode.New(), Program = FeedbackProgram.CoffeeWithACop }, Answers: 3),
        };
        foreach (var (card, answers) in cards)
        {
            card.CreatedUtc = CentralTimeZone.StartOfDayUtc(today.AddDays(-60));
            db.FeedbackCards.Add(card);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (card, answers) in cards)
        {
            for (var i = 0; i < answers; i++)
            {
                db.FeedbackResponses.Add(new FeedbackResponse
                {
                    Program = card.Program,
                    AreaId = card.AreaId,
                    CardId = card.Id,
                    Source = FeedbackSource.Card,
                    Listened = i % 7 == 3 ? FeedbackAnswer.Partly : FeedbackAnswer.Yes,
                    FeelSafer = (i % 4) switch { 0 => FeedbackAnswer.Partly, 3 => FeedbackAnswer.No, _ => FeedbackAnswer.Yes },
                    WouldCall = i % 5 == 2 ? FeedbackAnswer.Partly : FeedbackAnswer.Yes,
                    CreatedUtc = CentralTimeZone.StartOfDayUtc(today.AddDays(-(i * 4 % 50) - 1)),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
