using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Copy an event and its shifts into a new draft.</summary>
public sealed partial class ManageEventsController
{
    [HttpPost("{id:int}/duplicate")]
    public async Task<IActionResult> Duplicate(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Shifts).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        var copy = new Event
        {
            Title = e.Title.Length > 143 ? e.Title[..143] : e.Title + " (copy)",
            Type = e.Type,
            Description = e.Description,
            Location = e.Location,
            AreaId = e.AreaId,
            StartUtc = e.StartUtc,
            EndUtc = e.EndUtc,
            Status = EventStatus.Draft,
            IsSeasonal = e.IsSeasonal,
            SeasonNote = e.SeasonNote,
            SeekingVolunteers = e.SeekingVolunteers,
            Partners = e.Partners,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Shifts = e.Shifts.Select(s => new Shift
            {
                Role = s.Role,
                StartUtc = s.StartUtc,
                EndUtc = s.EndUtc,
                Capacity = s.Capacity,
                MinimumAge = s.MinimumAge,
                WorksWithChildren = s.WorksWithChildren,
                Notes = s.Notes,
            }).ToList(),
        };
        db.Events.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("A draft copy was created with the same shifts. Change its date and time, then publish it.");
        return LocalRedirect($"/manage/events/{copy.Id}/edit");
    }
}
