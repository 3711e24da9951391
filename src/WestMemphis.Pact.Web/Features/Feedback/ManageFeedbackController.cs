using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>
/// /manage/feedback: staff print a feedback card for a kind of contact in an area, see how many answers each card
/// brought, and stop a card. The answers themselves roll up on the dashboard, small groups withheld.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/feedback")]
public sealed partial class ManageFeedbackController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Index", await PageAsync(new CardForm(), cancellationToken));

    private async Task<ManageFeedbackPage> PageAsync(CardForm form, CancellationToken cancellationToken)
    {
        var cards = await db.FeedbackCards.AsNoTracking()
            .OrderBy(c => c.RetiredUtc != null).ThenByDescending(c => c.CreatedUtc)
            .Select(c => new FeedbackCardRow(c.Id, c.Code, c.Program, c.Area != null ? c.Area.Name : null, c.CreatedUtc, c.RetiredUtc,
                db.FeedbackResponses.Count(r => r.CardId == c.Id)))
            .ToListAsync(cancellationToken);
        var programs = FeedbackRules.CardPrograms.Select(p => new SelectListItem(FeedbackRules.Label(p), p.ToString())).ToList();
        return new ManageFeedbackPage(cards, form, programs, await db.AreaSelectListAsync(cancellationToken));
    }
}

/// <param name="Answers">How many answers came through this card: a number staff may see (it names no one); the
/// answers' content is shown only rolled up, on the dashboard.</param>
public sealed record FeedbackCardRow(int Id, string Code, FeedbackProgram Program, string? Area, DateTime CreatedUtc, DateTime? RetiredUtc, int Answers);

public sealed record ManageFeedbackPage(IReadOnlyList<FeedbackCardRow> Cards, CardForm Form, List<SelectListItem> Programs, List<SelectListItem> Areas);
