using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Publish a draft; the people who follow its type or area are told in the same transaction.</summary>
public sealed partial class ManageEventsController
{
    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.Include(x => x.Area).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (e.Publish(clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            this.SetStatus(refusal);
            return LocalRedirect($"/manage/events/{id}");
        }

        // Tell the people who follow this type of event or this area, in the same transaction.
        var followers = await db.EventFollows.AsNoTracking()
            .Where(f => f.Type == e.Type || (e.AreaId != null && f.AreaId == e.AreaId))
            .Select(f => new { f.User!.Email, f.User.FullName }).Distinct().Take(5000).ToListAsync(cancellationToken);
        foreach (var follower in followers.Where(f => f.Email is not null).DistinctBy(f => f.Email))
        {
            emails.NewEvent(follower.Email!, follower.FullName, e, e.Area?.Name);
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ChangedMeanwhileAsync(id, EventStatus.Published, "The event was already published (a second click, or someone else); its followers are told once.", cancellationToken);
        }

        this.SetStatus($"Published. {followers.Count} follower{(followers.Count == 1 ? "" : "s")} will be told.");
        return LocalRedirect($"/manage/events/{id}");
    }
}
