using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>Add an action item agreed at a meeting: what, who owns it (a liaison officer, a unit or a partner agency), when it is due.</summary>
public sealed partial class CrimeReviewsController
{
    [HttpPost("{id:int}/items")]
    public async Task<IActionResult> AddItem(int id, ReviewActionItemForm form, [FromServices] IValidator<ReviewActionItemForm> validator, CancellationToken cancellationToken)
    {
        if (!await db.CrimeReviews.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (form.OwnerKind == ActionOwnerKind.LiaisonOfficer && !string.IsNullOrWhiteSpace(form.OwnerUserId)
            && !await Officers.Query(db).AnyAsync(u => u.Id == form.OwnerUserId, cancellationToken))
        {
            ModelState.AddModelError(nameof(ReviewActionItemForm.OwnerUserId), "Choose a liaison officer from the list.");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await DetailsModelAsync(id, form, cancellationToken));
        }

        DateOnly? due = ReviewFilter.TryDate(form.DueDate, out var d) ? d : null;
        var item = new CrimeActionItem
        {
            RaisedInReviewId = id,
            CurrentReviewId = id,
            What = form.What!.Trim(),
            OwnerKind = form.OwnerKind!.Value,
            OwnerUserId = form.OwnerKind == ActionOwnerKind.LiaisonOfficer ? form.OwnerUserId : null,
            PartnerName = form.OwnerKind == ActionOwnerKind.PartnerAgency ? form.PartnerName!.Trim() : null,
            DueDate = due,
            Status = ActionItemStatus.Open,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CrimeActionItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Action item {ItemId} added to crime review {ReviewId}", item.Id, id);
        this.SetStatus("Action item added.");
        return LocalRedirect($"/crime/reviews/{id}#items");
    }
}

/// <summary>An action item agreed at a meeting.</summary>
public sealed class ReviewActionItemForm
{
    public string? What { get; set; }
    public ActionOwnerKind? OwnerKind { get; set; }
    public string? OwnerUserId { get; set; }
    public string? PartnerName { get; set; }
    public string? DueDate { get; set; }
}

public sealed class ReviewActionItemFormValidator : AbstractValidator<ReviewActionItemForm>
{
    public ReviewActionItemFormValidator()
    {
        RuleFor(f => f.What).Must(w => !string.IsNullOrWhiteSpace(w)).WithMessage("Say what is to be done.")
            .MaximumLength(CrimeActionItem.WhatMaxLength).WithMessage("What: at most 1,000 characters.");
        RuleFor(f => f.OwnerKind).NotNull().WithMessage("Choose who owns it.").IsInEnum().WithMessage("Choose who owns it.");
        RuleFor(f => f.OwnerUserId).Must(o => !string.IsNullOrWhiteSpace(o)).When(f => f.OwnerKind == ActionOwnerKind.LiaisonOfficer)
            .WithMessage("Choose the liaison officer who owns it.");
        RuleFor(f => f.PartnerName).Must(p => !string.IsNullOrWhiteSpace(p)).When(f => f.OwnerKind == ActionOwnerKind.PartnerAgency)
            .WithMessage("Name the partner agency.");
        RuleFor(f => f.PartnerName).MaximumLength(CrimeActionItem.PartnerMaxLength).WithMessage("Partner agency: at most 200 characters.");
        RuleFor(f => f.DueDate).Must(d => string.IsNullOrWhiteSpace(d) || (ReviewFilter.TryDate(d, out var date) && date.Year is >= 2000 and <= 2100))
            .WithMessage("Enter the due date as a date, for example 2026-12-15, or leave it empty.");
    }
}
