using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Prevention;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Features.ManageEvents;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Prevention;

/// <summary>
/// A Park and Walk or a Coffee with a Cop made from a flag: a draft event in the flag's area with its first shift, linked
/// to the flag. The event and shift go through the event management's own checks and setters
/// (<see cref="ManageEventsController.ValidEventAsync"/>, <see cref="ShiftFormValidator"/>); a coordinator then goes on
/// to the event's page to add shifts and publish it, an officer back to the flag (publishing is the coordinator's).
/// </summary>
public sealed partial class PreventionController
{
    [HttpGet("crime/flags/{id:int}/events/new")]
    public async Task<IActionResult> NewEvent(int id, string? type, CancellationToken cancellationToken)
    {
        var flag = await HeadingAsync(id, cancellationToken);
        if (flag is null)
        {
            return NotFound();
        }

        var chosen = EnumInput.Parse<EventType>(type) is { } t && PreventionRules.EventTypes.Contains(t) ? t : EventType.ParkAndWalk;
        // Next Saturday morning for a walk, next Tuesday morning for coffee: a starting point the officer edits.
        var today = CentralTimeZone.Today(clock);
        var day = today.AddDays(((chosen == EventType.ParkAndWalk ? (int)DayOfWeek.Saturday : (int)DayOfWeek.Tuesday) - (int)today.DayOfWeek + 7) % 7 + 7);
        var form = new FlagEventForm
        {
            Type = chosen.ToString(),
            Title = $"{EventTypes.Name(chosen)} in {flag.AreaName}",
            Description = chosen == EventType.ParkAndWalk
                ? $"Walk {flag.AreaName} with your liaison officers: meet neighbors, talk about what you see, and learn simple ways to keep cars and homes safe."
                : $"Have a coffee with the officers who work {flag.AreaName}. Bring your questions and concerns; no speeches.",
            StartDate = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = chosen == EventType.ParkAndWalk ? "10:00" : "08:00",
            EndTime = chosen == EventType.ParkAndWalk ? "11:30" : "09:30",
            ShiftRole = chosen == EventType.ParkAndWalk ? "Walkers" : "Hosts",
            ShiftCapacity = chosen == EventType.ParkAndWalk ? "20" : "4",
        };
        return View("NewEvent", new FlagEventPage(flag, form));
    }

    [HttpPost("crime/flags/{id:int}/events/new")]
    public async Task<IActionResult> NewEvent(int id, FlagEventForm form, [FromServices] IValidator<EventForm> eventValidator,
        [FromServices] IValidator<ShiftForm> shiftValidator, CancellationToken cancellationToken)
    {
        var flag = await HeadingAsync(id, cancellationToken);
        if (flag is null)
        {
            return NotFound();
        }

        var eventForm = form.ToEventForm(flag.AreaId);
        var valid = await ManageEventsController.ValidEventAsync(db, eventForm, eventValidator, ModelState, cancellationToken);
        if (EnumInput.Parse<EventType>(form.Type) is { } type && !PreventionRules.EventTypes.Contains(type))
        {
            ModelState.AddModelError(nameof(form.Type), "Choose a Park and Walk or a Coffee with a Cop.");
            valid = false;
        }

        // The shift spans the event: its own checks are the role and the capacity (the times are the event's, checked above).
        var shiftForm = form.ToShiftForm();
        var shiftErrors = new ModelStateDictionary();
        (await shiftValidator.ValidateAsync(shiftForm, cancellationToken)).AddTo(shiftErrors);
        foreach (var (field, name) in new[] { (nameof(ShiftForm.Role), nameof(FlagEventForm.ShiftRole)), (nameof(ShiftForm.Capacity), nameof(FlagEventForm.ShiftCapacity)) })
        {
            if (shiftErrors.TryGetValue(field, out var entry) && entry.Errors.Count > 0)
            {
                ModelState.AddModelError(name, entry.Errors[0].ErrorMessage);
                valid = false;
            }
        }

        if (!valid)
        {
            return View("NewEvent", new FlagEventPage(flag, form));
        }

        var (start, end) = eventForm.Times()!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var e = new Event { Title = "", Location = "", Status = EventStatus.Draft, CreatedUtc = now };
        ManageEventsController.Apply(eventForm, e, start, end);
        var shift = new Shift { Role = "" };
        ManageEventsController.ApplyShift(shiftForm, shift, start, end);
        e.Shifts.Add(shift);
        db.Events.Add(e);
        db.CrimeFlagEvents.Add(new CrimeFlagEvent { CrimeFlagAlertId = id, Event = e, CreatedById = Me, CreatedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Event {EventId} made from flag {AlertId}", e.Id, id);
        if (IsCoordinator)
        {
            this.SetStatus("Event saved as a draft for the flag, with its first shift. Add shifts if it needs more, then publish it.");
            return LocalRedirect($"/manage/events/{e.Id}");
        }

        this.SetStatus("Event saved as a draft for the flag, with its first shift. A coordinator adds shifts and publishes it.");
        return LocalRedirect(CrimeLinks.Flag(id));
    }
}

public sealed record FlagEventPage(FlagHeading Flag, FlagEventForm Form);

/// <summary>The event (in the flag's area) and its first shift. Every field is text so that any input gets a clear message.</summary>
public sealed class FlagEventForm
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public string? StartDate { get; set; }
    public string? StartTime { get; set; }
    public string? EndTime { get; set; }
    public string? ShiftRole { get; set; }
    public string? ShiftCapacity { get; set; }

    public EventForm ToEventForm(int areaId) => new()
    {
        Title = Title, Type = Type, Description = Description, Location = Location, AreaId = areaId.ToString(CultureInfo.InvariantCulture),
        StartDate = StartDate, StartTime = StartTime, EndDate = StartDate, EndTime = EndTime, SeekingVolunteers = true,
    };

    public ShiftForm ToShiftForm() => new()
    {
        Role = ShiftRole, Capacity = ShiftCapacity, Date = StartDate, StartTime = StartTime, EndDate = StartDate, EndTime = EndTime, MinimumAge = "13",
    };
}
