using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Add a shift to an event that still takes new shifts; its times must lie within the event.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("{id:int}/shifts/new")]
    public async Task<IActionResult> CreateShift(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        return ShiftView(new ShiftForm
        {
            Date = CentralTimeInput.DateInput(e.StartUtc),
            StartTime = CentralTimeInput.TimeInput(e.StartUtc),
            EndDate = CentralTimeInput.DateInput(e.EndUtc),
            EndTime = CentralTimeInput.TimeInput(e.EndUtc),
            MinimumAge = "13",
        }, e, null);
    }

    [HttpPost("{id:int}/shifts/new")]
    public async Task<IActionResult> CreateShift(int id, ShiftForm form, [FromServices] IValidator<ShiftForm> validator, CancellationToken cancellationToken)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        form.Version = null;
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) | !WithinEvent(form, e) || !e.AcceptsNewShifts)
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError("", "Shifts cannot be added to a cancelled or completed event.");
            }

            return ShiftView(form, e, null);
        }

        var (start, end) = form.Times()!.Value;
        var shift = new Shift { EventId = id, Role = "" };
        ApplyShift(form, shift, start, end);
        db.Shifts.Add(shift);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus($"Shift \"{shift.Role}\" added.");
        return LocalRedirect($"/manage/events/{id}");
    }
}
