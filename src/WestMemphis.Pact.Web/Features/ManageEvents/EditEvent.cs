using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Create an event as a draft, or edit one; a coordinator who saves over someone else's change sees both versions first.</summary>
public sealed partial class ManageEventsController
{
    /// <summary>The side-by-side pages (event, shift) keep what the coordinator typed in the form and show the saved version below it.</summary>
    private const string YoursIsKept = " Yours is still in the form and the saved one is below it: saving again replaces the saved one with yours.";

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await EditViewAsync(new EventForm { SeekingVolunteers = true }, null, cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(EventForm form, [FromServices] IValidator<EventForm> validator, CancellationToken cancellationToken)
    {
        form.Version = null;
        if (!await ValidAsync(form, validator, cancellationToken))
        {
            return await EditViewAsync(form, null, cancellationToken);
        }

        var (start, end) = form.Times()!.Value;
        var e = new Event { Title = "", Location = "", Status = EventStatus.Draft, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Apply(form, e, start, end);
        db.Events.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Event saved as a draft. Add shifts if it needs volunteers, then publish it.");
        return LocalRedirect($"/manage/events/{e.Id}");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return e is null ? NotFound() : await EditViewAsync(EventForm.From(e), id, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EventForm form, [FromServices] IValidator<EventForm> validator, CancellationToken cancellationToken)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        form.Version ??= "";
        if (!await ValidAsync(form, validator, cancellationToken))
        {
            return await EditViewAsync(form, id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != e.Version)
        {
            return await ConflictViewAsync(form, e, cancellationToken);
        }

        var (start, end) = form.Times()!.Value;
        var before = (e.StartUtc, e.EndUtc, e.Location);
        db.ExpectVersion(e, version);
        Apply(form, e, start, end);
        if (e.Status == EventStatus.Published && before != (e.StartUtc, e.EndUtc, e.Location))
        {
            var change = $"The event's {(before.Location != e.Location ? "place" : "time")} has changed. It is now {CentralTime.FormatRange(e.StartUtc, e.EndUtc)} at {e.Location}.";
            await NotifyVolunteersAsync(id, (to, name, shift) => emails.EventChanged(to, name, shift with { EventTitle = e.Title, Location = e.Location, EventStartUtc = e.StartUtc, EventEndUtc = e.EndUtc }, change), cancellationToken);
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            var current = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            return current is null ? NotFound() : await ConflictViewAsync(form, current, cancellationToken);
        }

        this.SetStatus("Event saved.");
        return LocalRedirect($"/manage/events/{id}");
    }

    private Task<bool> ValidAsync(EventForm form, IValidator<EventForm> validator, CancellationToken cancellationToken) =>
        ValidEventAsync(db, form, validator, ModelState, cancellationToken);

    /// <summary>An event form's checks, shared with the event made from a crime flag (Features/Prevention).</summary>
    internal static async Task<bool> ValidEventAsync(AppDbContext db, EventForm form, IValidator<EventForm> validator,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(modelState);
        if (valid && form.ParsedAreaId() is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            modelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            valid = false;
        }

        return valid;
    }

    internal static void Apply(EventForm form, Event e, DateTime start, DateTime end)
    {
        e.Title = form.Title!.Trim();
        e.Type = form.ParsedType()!.Value;
        e.Description = FormRules.Clean(form.Description);
        e.Location = form.Location!.Trim();
        e.AreaId = form.ParsedAreaId();
        e.StartUtc = start;
        e.EndUtc = end;
        e.SeekingVolunteers = form.SeekingVolunteers;
        e.IsSeasonal = form.IsSeasonal;
        e.SeasonNote = FormRules.Clean(form.SeasonNote);
        e.Partners = FormRules.Clean(form.Partners);
    }

    private async Task<IActionResult> EditViewAsync(EventForm form, int? id, CancellationToken cancellationToken, EventForm? theirs = null) =>
        View("Edit", new EventPage(form, id, await db.AreaSelectListAsync(cancellationToken), theirs));

    private async Task<IActionResult> ConflictViewAsync(EventForm form, Event current, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("event") + YoursIsKept);
        form.Version = current.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await EditViewAsync(form, current.Id, cancellationToken, EventForm.From(current));
    }
}

/// <summary>Create or edit an event. Every field is text so that any input gets a clear message, never a binding error.</summary>
/// <summary>The event form page: the form, the event when editing, the area choices, and someone else's version after a conflict.</summary>
public sealed record EventPage(EventForm Form, int? EventId, IReadOnlyList<SelectListItem> Areas, EventForm? Theirs);

public sealed class EventForm
{
    public string? Title { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public string? AreaId { get; set; }
    public string? StartDate { get; set; }
    public string? StartTime { get; set; }
    public string? EndDate { get; set; }
    public string? EndTime { get; set; }
    public bool SeekingVolunteers { get; set; }
    public bool IsSeasonal { get; set; }
    public string? SeasonNote { get; set; }
    public string? Partners { get; set; }

    /// <summary>The concurrency token of the version the coordinator started from.</summary>
    public string? Version { get; set; }

    public EventType? ParsedType() => EnumInput.Parse<EventType>(Type);

    public int? ParsedAreaId() => int.TryParse(AreaId, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;

    public (DateTime Start, DateTime End)? Times() => TimeRange.Parse(StartDate, StartTime, string.IsNullOrWhiteSpace(EndDate) ? StartDate : EndDate, EndTime);

    public static EventForm From(Event e) => new()
    {
        Title = e.Title,
        Type = e.Type.ToString(),
        Description = e.Description,
        Location = e.Location,
        AreaId = e.AreaId?.ToString(CultureInfo.InvariantCulture),
        StartDate = CentralTimeInput.DateInput(e.StartUtc),
        StartTime = CentralTimeInput.TimeInput(e.StartUtc),
        EndDate = CentralTimeInput.DateInput(e.EndUtc),
        EndTime = CentralTimeInput.TimeInput(e.EndUtc),
        SeekingVolunteers = e.SeekingVolunteers,
        IsSeasonal = e.IsSeasonal,
        SeasonNote = e.SeasonNote,
        Partners = e.Partners,
        Version = e.Version.ToString(),
    };
}

public sealed class EventFormValidator : AbstractValidator<EventForm>
{
    public EventFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title.").MaximumLength(FieldLengths.Event.Title).WithMessage($"The title must be {FieldLengths.Event.Title} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The title contains characters we cannot accept.");
        RuleFor(f => f.Type).Must(t => new EventForm { Type = t }.ParsedType() is not null).WithMessage("Choose the type of event.");
        RuleFor(f => f.Description).MaximumLength(FieldLengths.Event.Description).WithMessage($"The description must be {FieldLengths.Event.Description} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The description contains characters we cannot accept.");
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter where it takes place.").MaximumLength(FieldLengths.Event.Location).WithMessage($"The location must be {FieldLengths.Event.Location} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The location contains characters we cannot accept.");
        RuleFor(f => f.AreaId).Must(a => string.IsNullOrEmpty(a) || int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage("Choose an area from the list.");
        RuleFor(f => f.SeasonNote).MaximumLength(FieldLengths.Event.SeasonNote).WithMessage($"The season note must be {FieldLengths.Event.SeasonNote} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The season note contains characters we cannot accept.");
        RuleFor(f => f.Partners).MaximumLength(FieldLengths.Event.Partners).WithMessage($"Partners must be {FieldLengths.Event.Partners} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Partners contain characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
        TimeRange.AddRules(this, f => f.StartDate, f => f.StartTime, f => f.EndDate, f => f.EndTime,
            nameof(EventForm.StartDate), nameof(EventForm.StartTime), nameof(EventForm.EndDate), nameof(EventForm.EndTime), clock,
            f => f.Version is null);
    }
}
