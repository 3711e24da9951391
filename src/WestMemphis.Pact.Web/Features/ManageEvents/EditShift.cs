using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Edit a shift (its form is shared with AddShift.cs); raising the capacity fills seats from the waitlist while it may move.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("/manage/shifts/{id:int}/edit")]
    public async Task<IActionResult> EditShift(int id, CancellationToken cancellationToken)
    {
        var shift = await db.Shifts.AsNoTracking().Include(s => s.Event).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return shift is null ? NotFound() : ShiftView(ShiftForm.From(shift), shift.Event!, shift);
    }

    [HttpPost("/manage/shifts/{id:int}/edit")]
    public async Task<IActionResult> EditShift(int id, ShiftForm form, [FromServices] IValidator<ShiftForm> validator, CancellationToken cancellationToken)
    {
        var shift = await db.Shifts.Include(s => s.Event).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (shift is null)
        {
            return NotFound();
        }

        form.Version ??= "";
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) & WithinEvent(form, shift.Event!);
        if (valid && int.Parse(form.Capacity!, CultureInfo.InvariantCulture) < shift.Filled)
        {
            ModelState.AddModelError(nameof(form.Capacity), $"{shift.Filled} volunteers are already confirmed. Capacity cannot be lower; remove volunteers on the roster first.");
            valid = false;
        }

        if (!valid)
        {
            return ShiftView(form, shift.Event!, shift);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != shift.Version)
        {
            return ShiftConflictView(form, shift);
        }

        var (start, end) = form.Times()!.Value;
        var timeChanged = start != shift.StartUtc || end != shift.EndUtc;
        db.ExpectVersion(shift, version);
        ApplyShift(form, shift, start, end);
        if (timeChanged && shift.Event!.Status == EventStatus.Published)
        {
            var change = $"The time of your shift ({shift.Role}) has changed to {CentralTime.FormatRange(start, end)}.";
            var people = await ActiveVolunteers(db.Signups.Where(s => s.ShiftId == id)).ToListAsync(cancellationToken);
            var info = new ShiftMailInfo(shift.EventId, shift.Event.Title, shift.Event.Location, shift.Event.StartUtc, shift.Event.EndUtc, shift.Event.Status,
                shift.Event.Description, shift.Id, shift.Role, start, end);
            foreach (var p in people)
            {
                emails.EventChanged(p.Email!, p.FullName, info, change);
            }
        }

        try
        {
            if (!await db.TrySaveChangesAsync(cancellationToken))
            {
                var current = await db.Shifts.AsNoTracking().Include(s => s.Event).FirstAsync(s => s.Id == id, cancellationToken);
                return ShiftConflictView(form, current);
            }
        }
        catch (DbUpdateException)
        {
            // The CK_Shifts_Filled constraint: seats were taken while the capacity was being lowered.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(form.Capacity), "More volunteers signed up meanwhile than the new capacity allows. Nothing was saved; look at the roster and try again.");
            var current = await db.Shifts.AsNoTracking().Include(s => s.Event).FirstAsync(s => s.Id == id, cancellationToken);
            return ShiftView(form, current.Event!, current);
        }

        var promoted = await signups.FillFromWaitlistAsync(id, cancellationToken);
        this.SetStatus(promoted > 0 ? $"Shift saved. {promoted} volunteer{(promoted == 1 ? "" : "s")} moved off the waitlist and were emailed." : "Shift saved.");
        return LocalRedirect($"/manage/events/{shift.EventId}");
    }

    private bool WithinEvent(ShiftForm form, Event e)
    {
        if (form.Times() is not { } times)
        {
            return true;
        }

        if (!e.Contains(times.Start, times.End))
        {
            ModelState.AddModelError(nameof(ShiftForm.StartTime), $"A shift must fall within the event: {CentralTime.FormatRange(e.StartUtc, e.EndUtc)}.");
            return false;
        }

        return true;
    }

    internal static void ApplyShift(ShiftForm form, Shift s, DateTime start, DateTime end)
    {
        s.Role = form.Role!.Trim();
        s.StartUtc = start;
        s.EndUtc = end;
        s.Capacity = int.Parse(form.Capacity!, CultureInfo.InvariantCulture);
        s.MinimumAge = string.IsNullOrWhiteSpace(form.MinimumAge) ? 13 : int.Parse(form.MinimumAge, CultureInfo.InvariantCulture);
        s.WorksWithChildren = form.WorksWithChildren;
        s.Notes = FormRules.Clean(form.Notes);
    }

    private IActionResult ShiftView(ShiftForm form, Event e, Shift? shift, ShiftForm? theirs = null) =>
        View("EditShift", new ShiftPage(form, EventHeading.From(e), shift?.Id, theirs));

    private IActionResult ShiftConflictView(ShiftForm form, Shift current)
    {
        ModelState.Clear();
        ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("shift") + YoursIsKept);
        form.Version = current.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return ShiftView(form, current.Event!, current, ShiftForm.From(current));
    }
}

/// <summary>The shift form page: the form, the event it belongs to, the shift when editing, and someone else's version after a conflict.</summary>
public sealed record ShiftPage(ShiftForm Form, EventHeading Event, int? ShiftId, ShiftForm? Theirs);

public sealed class ShiftForm
{
    public string? Role { get; set; }
    public string? Date { get; set; }
    public string? StartTime { get; set; }
    public string? EndDate { get; set; }
    public string? EndTime { get; set; }
    public string? Capacity { get; set; }
    public string? MinimumAge { get; set; }
    public bool WorksWithChildren { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }

    public (DateTime Start, DateTime End)? Times() => TimeRange.Parse(Date, StartTime, string.IsNullOrWhiteSpace(EndDate) ? Date : EndDate, EndTime);

    public static ShiftForm From(Shift s) => new()
    {
        Role = s.Role,
        Date = CentralTimeInput.DateInput(s.StartUtc),
        StartTime = CentralTimeInput.TimeInput(s.StartUtc),
        EndDate = CentralTimeInput.DateInput(s.EndUtc),
        EndTime = CentralTimeInput.TimeInput(s.EndUtc),
        Capacity = s.Capacity.ToString(CultureInfo.InvariantCulture),
        MinimumAge = s.MinimumAge.ToString(CultureInfo.InvariantCulture),
        WorksWithChildren = s.WorksWithChildren,
        Notes = s.Notes,
        Version = s.Version.ToString(),
    };
}

public sealed class ShiftFormValidator : AbstractValidator<ShiftForm>
{
    public const int MaxCapacity = 1000;

    public ShiftFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Role).NotEmpty().WithMessage("Enter the volunteer role, for example \"Set-up crew\".").MaximumLength(FieldLengths.Shift.Role)
            .WithMessage("The role must be 100 characters or fewer.").Must(FormRules.IsPlainText).WithMessage("The role contains characters we cannot accept.");
        RuleFor(f => f.Capacity).Must(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxCapacity)
            .WithMessage($"Capacity must be a whole number from 1 to {MaxCapacity}.");
        RuleFor(f => f.MinimumAge).Must(c => string.IsNullOrWhiteSpace(c) || (int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 13 and <= 99))
            .WithMessage("Minimum age must be a whole number from 13 to 99 (volunteers are 13 or older).");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.Shift.Notes).WithMessage($"Notes must be {FieldLengths.Shift.Notes} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
        TimeRange.AddRules(this, f => f.Date, f => f.StartTime, f => f.EndDate, f => f.EndTime,
            nameof(ShiftForm.Date), nameof(ShiftForm.StartTime), nameof(ShiftForm.EndDate), nameof(ShiftForm.EndTime), clock, f => f.Version is null);
    }
}
