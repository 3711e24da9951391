using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>Answer the card's three questions: opened from its QR code, no account and no name.</summary>
public sealed partial class FeedbackController
{
    private const string CardNotFound = "We found no feedback card with that code. Check the address printed on the card, or call 870-735-1210.";

    [HttpGet("feedback/{code}")]
    public async Task<IActionResult> Card(string code, CancellationToken cancellationToken)
    {
        var card = await FindCardAsync(code, cancellationToken);
        return card is null ? CardMissing() : View("Answer", PageFor(card, new FeedbackForm()));
    }

    [HttpPost("feedback/{code}"), FormBudget(Budget = RateLimits.FeedbackCard)]
    public async Task<IActionResult> AnswerCard(string code, FeedbackForm form, [FromServices] IValidator<FeedbackForm> validator, CancellationToken cancellationToken)
    {
        var card = await FindCardAsync(code, cancellationToken);
        if (card is null)
        {
            return CardMissing();
        }

        if (card.RetiredUtc is not null || !(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Answer", PageFor(card, form));
        }

        db.FeedbackResponses.Add(form.ToResponse(card.Program, card.AreaId, card.Id, FeedbackSource.Card, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect(Thanks);
    }

    private Task<FeedbackCard?> FindCardAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = FeedbackCardCode.Normalize(code);
        return normalized is null
            ? Task.FromResult<FeedbackCard?>(null)
            : db.FeedbackCards.AsNoTracking().Include(c => c.Area).FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken);
    }

    private static FeedbackPage PageFor(FeedbackCard card, FeedbackForm form) =>
        new(FeedbackRules.Describe(card.Program, card.Area?.Name), $"/feedback/{card.Code}", form,
            card.RetiredUtc is null ? null : "This card is no longer collecting answers. Thank you for wanting to tell us; you can call 870-735-1210.");

    private ViewResult CardMissing()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        ModelState.AddModelError("", CardNotFound);
        return View("Missing");
    }
}
