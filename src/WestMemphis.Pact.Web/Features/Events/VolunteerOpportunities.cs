using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>/volunteer: the coming published events that still look for volunteers.</summary>
public sealed partial class EventsController
{
    [HttpGet("/volunteer")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Volunteer(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.SeekingVolunteers && e.StartUtc > now && e.Shifts.Any())
            .OrderBy(e => e.StartUtc).ToListItems().Take(30).ToListAsync(cancellationToken);
        return View(events);
    }
}
