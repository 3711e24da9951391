using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Web.Features.Concerns;

public sealed record MyConcernItem(string ReferenceCode, ConcernCategory Category, string Location, ConcernStatus Status, DateTime CreatedUtc, int PublicUpdates);

/// <summary>On /my: the concerns a resident reported while signed in (one query, its own section).</summary>
public sealed class MyConcernsViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var items = userId is null ? new List<MyConcernItem>() : await db.Concerns.AsNoTracking().Where(c => c.ReporterUserId == userId)
            .OrderByDescending(c => c.CreatedUtc).Take(50)
            .Select(c => new MyConcernItem(c.ReferenceCode, c.Category, c.Location, c.Status, c.CreatedUtc, c.Updates.Count(u => u.IsPublic)))
            .ToListAsync();
        return View("/Features/Concerns/MyConcerns.cshtml", items);
    }
}
