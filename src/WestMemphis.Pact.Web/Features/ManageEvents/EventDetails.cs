using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>One event as the coordinator sees it: status, actions, shifts and cleanup results.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Area).Include(x => x.CleanupResult)
            .Include(x => x.Shifts.OrderBy(s => s.StartUtc)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        // Minors' sign-ups waiting for a guardian's consent hold no seat: counted apart from the filled seats.
        var awaiting = await db.Signups.Where(s => s.Shift!.EventId == id && s.Status == SignupStatus.AwaitingConsent)
            .GroupBy(s => s.ShiftId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var model = ManageEventViewModel.From(e);
        return View(model with { Shifts = model.Shifts.Select(s => s with { AwaitingConsent = awaiting.GetValueOrDefault(s.Id) }).ToList() });
    }
}

/// <summary>An event as the coordinator's page shows it; what may be done with it comes from the domain.</summary>
public sealed record ManageEventViewModel(int Id, string Title, EventType Type, EventStatus Status, DateTime StartUtc, DateTime EndUtc, string Location,
    string? AreaName, string? CancellationReason, bool CanBeDeleted, bool AcceptsNewShifts, IReadOnlyList<ManageShiftRow> Shifts, CleanupSummary? CleanupResult)
{
    public static ManageEventViewModel From(Event e) => new(e.Id, e.Title, e.Type, e.Status, e.StartUtc, e.EndUtc, e.Location, e.Area?.Name, e.CancellationReason,
        e.CanBeDeleted, e.AcceptsNewShifts,
        e.Shifts.Select(s => new ManageShiftRow(s.Id, s.Role, s.StartUtc, s.EndUtc, s.Filled, s.Capacity, s.WaitlistCount, s.WorksWithChildren, s.MinimumAge)).ToList(),
        e.CleanupResult is { } r ? new CleanupSummary(r.Sites, r.Volunteers, r.VolunteerHours, r.Bags, r.Tires, r.LargeItems, r.EstimatedPounds, r.Notes) : null);
}

public sealed record ManageShiftRow(int Id, string Role, DateTime StartUtc, DateTime EndUtc, int Filled, int Capacity, int WaitlistCount, bool WorksWithChildren, int MinimumAge,
    int AwaitingConsent = 0);

public sealed record CleanupSummary(int Sites, int Volunteers, double VolunteerHours, int Bags, int Tires, int LargeItems, int EstimatedPounds, string? Notes);
