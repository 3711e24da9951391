using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>The home page's "Coming up": the next few events with volunteers still needed, and seasonal programs ahead.</summary>
public sealed class UpcomingEventsViewComponent(AppDbContext db, TimeProvider clock, Infrastructure.Mvc.PublicDataCache publicData) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int count = 4)
    {
        // The same for everyone: from memory for a few seconds, emptied when events change.
        var model = await publicData.GetOrCreateAsync($"upcoming:{count}", ct => LoadAsync(count, ct), HttpContext.RequestAborted);
        return View("/Features/Events/UpcomingEvents.cshtml", model);
    }

    private async Task<UpcomingEventsViewModel> LoadAsync(int count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.StartUtc > now)
            .OrderBy(e => e.StartUtc).ToListItems().Take(count).ToListAsync(cancellationToken);
        var horizon = now.AddMonths(13);
        var seasonal = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.IsSeasonal && e.StartUtc > now && e.StartUtc < horizon)
            .OrderBy(e => e.StartUtc).ToListItems().Take(50).ToListAsync(cancellationToken);
        return new UpcomingEventsViewModel(next, seasonal.GroupBy(e => e.Type).Select(g => g.First()).Take(6).ToList());
    }
}

public sealed record UpcomingEventsViewModel(IReadOnlyList<EventListItem> Next, IReadOnlyList<EventListItem> Seasonal);
