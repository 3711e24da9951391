using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Delete a draft that was never published (anything else is cancelled instead).</summary>
public sealed partial class ManageEventsController
{
    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.Include(x => x.Shifts).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (!e.CanBeDeleted || await db.Signups.AnyAsync(s => s.Shift!.EventId == id, cancellationToken))
        {
            this.SetStatus("Only a draft that was never published can be deleted. Cancel a published event instead.");
            return LocalRedirect($"/manage/events/{id}");
        }

        db.Shifts.RemoveRange(e.Shifts);
        db.Events.Remove(e);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            if (await db.Events.AnyAsync(x => x.Id == id, cancellationToken))
            {
                this.SetStatus(SaveChangesExtensions.ChangedBySomeoneElse("event"));
                return LocalRedirect($"/manage/events/{id}");
            }

            this.SetStatus("The draft was already deleted (a second click, or someone else).");
            return LocalRedirect("/manage/events");
        }

        this.SetStatus("The draft was deleted.");
        return LocalRedirect("/manage/events");
    }
}
