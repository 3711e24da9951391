using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Mark a published event that has started as completed.</summary>
public sealed partial class ManageEventsController
{
    [HttpPost("{id:int}/complete")]
    public async Task<IActionResult> Complete(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (e.Complete(clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            this.SetStatus(refusal);
            return LocalRedirect($"/manage/events/{id}");
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ChangedMeanwhileAsync(id, EventStatus.Completed, "The event was already marked completed (a second click, or someone else).", cancellationToken);
        }

        this.SetStatus("Marked completed.");
        return LocalRedirect($"/manage/events/{id}");
    }
}
