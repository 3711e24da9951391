using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>One event as the coordinator sees it: status, actions, shifts and cleanup results.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Area).Include(x => x.CleanupResult)
            .Include(x => x.Shifts.OrderBy(s => s.StartUtc)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return e is null ? NotFound() : View(e);
    }
}
