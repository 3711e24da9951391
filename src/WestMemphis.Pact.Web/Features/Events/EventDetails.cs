using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>One public event with its shifts, and what the signed-in visitor signed up for.</summary>
public sealed partial class EventsController
{
    [HttpGet("/events/{id:int}/{slug?}")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [CachedPerSession]
    public async Task<IActionResult> Details(int id, string? slug, CancellationToken cancellationToken)
    {
        // The event itself is the same for everyone (kept in memory a few seconds); what this visitor signed up for is
        // read fresh, onto a copy of its own, never onto the shared one.
        var shared = await publicData.GetOrCreateAsync(string.Create(CultureInfo.InvariantCulture, $"event:{id}"), ct => EventAsync(id, ct), cancellationToken);
        if (shared is null)
        {
            return NotFound();
        }

        var e = shared.ForViewer();
        e.Now = clock.GetUtcNow().UtcDateTime;
        e.SignedIn = User.Identity?.IsAuthenticated == true;
        e.IsResident = User.IsInRole(Roles.Resident);
        if (e.SignedIn && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var shiftIds = e.Shifts.Select(s => s.Id).ToList();
            var mine = await db.Signups.AsNoTracking()
                .Where(s => s.VolunteerId == userId && shiftIds.Contains(s.ShiftId) && s.Status != SignupStatus.Cancelled)
                .Select(s => new MySignupOnShift(s.Id, s.ShiftId, s.Status, 0))
                .ToListAsync(cancellationToken);
            var waiting = mine.Where(s => s.Status == SignupStatus.Waitlisted).Select(s => s.Id).ToList();
            var positions = waiting.Count == 0 ? [] : await db.WaitlistPositionsAsync(waiting, cancellationToken);
            e.MySignups = mine.Select(s => s with { WaitlistPosition = positions.GetValueOrDefault(s.Id) }).ToList();
        }

        return View(e);
    }

    private Task<EventDetailsViewModel?> EventAsync(int id, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Public().Where(x => x.Id == id)
            .Select(x => new EventDetailsViewModel
            {
                Id = x.Id,
                Title = x.Title,
                Type = x.Type,
                Description = x.Description,
                Location = x.Location,
                AreaName = x.Area != null ? x.Area.Name : null,
                AreaCode = x.Area != null ? x.Area.Code : null,
                StartUtc = x.StartUtc,
                EndUtc = x.EndUtc,
                Status = x.Status,
                IsSeasonal = x.IsSeasonal,
                SeasonNote = x.SeasonNote,
                SeekingVolunteers = x.SeekingVolunteers,
                Partners = x.Partners,
                CancellationReason = x.CancellationReason,
                Shifts = x.Shifts.OrderBy(s => s.StartUtc).ThenBy(s => s.Role).Select(s => new ShiftViewModel(
                    s.Id, s.Role, s.StartUtc, s.EndUtc, s.Capacity, s.Filled, s.WaitlistCount, s.MinimumAge, s.WorksWithChildren, s.Notes)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
}

public sealed record ShiftViewModel(int Id, string Role, DateTime StartUtc, DateTime EndUtc, int Capacity, int Filled, int WaitlistCount,
    int MinimumAge, bool WorksWithChildren, string? Notes)
{
    public int SpotsLeft => Math.Max(0, Capacity - Filled);
}

public sealed record MySignupOnShift(long Id, int ShiftId, SignupStatus Status, int WaitlistPosition);

public sealed class EventDetailsViewModel
{
    /// <summary>A copy for one visitor of the event as everyone sees it (the per-visitor properties are set on the copy).</summary>
    public EventDetailsViewModel ForViewer() => (EventDetailsViewModel)MemberwiseClone();

    public int Id { get; init; }
    public string Title { get; init; } = "";
    public EventType Type { get; init; }
    public string? Description { get; init; }
    public string Location { get; init; } = "";
    public string? AreaName { get; init; }
    public string? AreaCode { get; init; }
    public DateTime StartUtc { get; init; }
    public DateTime EndUtc { get; init; }
    public EventStatus Status { get; init; }
    public bool IsSeasonal { get; init; }
    public string? SeasonNote { get; init; }
    public bool SeekingVolunteers { get; init; }
    public string? Partners { get; init; }
    public string? CancellationReason { get; init; }
    public IReadOnlyList<ShiftViewModel> Shifts { get; init; } = [];
    public IReadOnlyList<MySignupOnShift> MySignups { get; set; } = [];
    public DateTime Now { get; set; }
    public bool SignedIn { get; set; }
    public bool IsResident { get; set; }
}
