using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

public sealed record MyRequestItem(string ReferenceCode, PresentationKind Kind, PresentationStatus Status, string Organization, DateTime CreatedUtc, DateTime? ScheduledStartUtc, DateTime? ScheduledEndUtc);

/// <summary>On /my: the visit requests a resident sent signed in, or with their (confirmed) email address.</summary>
public sealed class MyRequestsViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        // One query: the confirmed-email match is a sub-query rather than a round trip of its own.
        var items = await db.PresentationRequests.AsNoTracking()
            .Where(r => (userId != null && r.UserId == userId)
                || (r.RequesterEmail != null && r.RequesterEmail == db.Users.Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.Email).FirstOrDefault()))
            .OrderByDescending(r => r.CreatedUtc).Take(50)
            .Select(r => new MyRequestItem(r.ReferenceCode, r.Kind, r.Status, r.School != null ? r.School.Name : r.OrganizationName ?? "", r.CreatedUtc,
                r.Appearance != null && r.Appearance.Active ? r.Appearance.StartUtc : null, r.Appearance != null && r.Appearance.Active ? r.Appearance.EndUtc : null))
            .ToListAsync();
        return View("/Features/Presentations/MyRequests.cshtml", items);
    }
}
