using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>The signed-in officer's open action items from crime review meetings (shown on /liaison).</summary>
public sealed class MyCrimeActionItemsViewComponent(AppDbContext db, UserManager<ApplicationUser> users) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = users.GetUserId(UserClaimsPrincipal);
        var items = me is null ? [] : await db.CrimeActionItems.AsNoTracking()
            .Where(i => i.OwnerUserId == me && (i.Status == ActionItemStatus.Open || i.Status == ActionItemStatus.InProgress))
            .OrderBy(i => i.DueDate == null).ThenBy(i => i.DueDate).Take(50)
            .Select(i => new MyActionItemRow(i.Id, i.CurrentReviewId, i.What, i.DueDate, i.Status, i.CurrentReview!.MeetingDate))
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Features/Crime/MyCrimeActionItems.cshtml", items);
    }
}

public sealed record MyActionItemRow(int Id, int ReviewId, string What, DateOnly? Due, ActionItemStatus Status, DateOnly MeetingDate);
