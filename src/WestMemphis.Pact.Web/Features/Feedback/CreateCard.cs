using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>Make a card for a kind of contact in an area (or city-wide), then print it.</summary>
public sealed partial class ManageFeedbackController
{
    [HttpPost("")]
    public async Task<IActionResult> Create(CardForm form, [FromServices] IValidator<CardForm> validator, CancellationToken cancellationToken)
    {
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Index", await PageAsync(form, cancellationToken));
        }

        int? areaId = string.IsNullOrEmpty(form.AreaId) ? null : int.Parse(form.AreaId, NumberStyles.None, CultureInfo.InvariantCulture);
        if (areaId is { } a && !await db.Areas.AnyAsync(x => x.Id == a, cancellationToken))
        {
            ModelState.AddModelError(nameof(CardForm.AreaId), "That area no longer exists: choose another, or none for a city-wide card.");
            return View("Index", await PageAsync(form, cancellationToken));
        }

        var card = new FeedbackCard
        {
            Code = FeedbackCardCode.New(),
            Program = EnumInput.Parse<FeedbackProgram>(form.Program)!.Value,
            AreaId = areaId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.FeedbackCards.Add(card);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("The card is ready to print.");
        return LocalRedirect($"/manage/feedback/{card.Id}/card");
    }
}

public sealed class CardForm
{
    public string? Program { get; set; }
    public string? AreaId { get; set; }
}

public sealed class CardFormValidator : AbstractValidator<CardForm>
{
    public CardFormValidator()
    {
        RuleFor(f => f.Program).Must(p => EnumInput.Parse<FeedbackProgram>(p) is { } program && FeedbackRules.CardPrograms.Contains(program))
            .WithMessage("Choose the kind of contact the card is for.");
        RuleFor(f => f.AreaId).Must(a => string.IsNullOrEmpty(a) || int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage("Choose an area from the list, or none for a city-wide card.");
    }
}
