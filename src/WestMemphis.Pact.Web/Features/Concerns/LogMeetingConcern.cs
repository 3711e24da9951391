using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Log a concern raised at a town hall or neighborhood association meeting; it is created and placed by the same rules as a public report (ConcernIntake).</summary>
public sealed partial class ManageConcernsController
{
    [HttpGet("log")]
    public async Task<IActionResult> Log(int? eventId, CancellationToken cancellationToken) =>
        await LogViewAsync(new LogMeetingConcernForm { EventId = eventId }, cancellationToken);

    [HttpPost("log")]
    public async Task<IActionResult> Log(LogMeetingConcernForm form, [FromServices] IValidator<LogMeetingConcernForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && !await MeetingEvents().AnyAsync(e => e.Id == form.EventId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.EventId), "Choose a town hall or neighborhood association meeting from the list.");
            valid = false;
        }

        if (valid && form.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            valid = false;
        }

        if (!valid)
        {
            return await LogViewAsync(form, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // Anonymous when the resident gave no contact at all; created and placed as a public report is, with the meeting's area as the last resort.
        var concern = ConcernIntake.Create(new NewConcern(Guid.NewGuid().ToString("N"), form.Category!.Value, form.Location!, form.Description!,
            FormRules.Clean(form.WhenItHappens), ConcernIntake.GaveNoContact(form.Name, form.Email, form.Phone), FormRules.Clean(form.Name),
            FormRules.Clean(form.Email), FormRules.Clean(form.Phone), RaisedAtEventId: form.EventId, LoggedById: users.GetUserId(User)), now);
        await locator.PlaceAsync(concern, form.AreaId,
            ct => db.Events.Where(e => e.Id == form.EventId).Select(e => e.AreaId).FirstOrDefaultAsync(ct), cancellationToken);

        db.Concerns.Add(concern);
        emails.Received(concern);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Concern {ConcernId} logged at event {EventId}", concern.Id, concern.RaisedAtEventId);
        this.SetStatus($"Concern {concern.ReferenceCode} logged.");
        return Redirect($"/concerns/manage/{concern.Id}");
    }

    private IQueryable<Event> MeetingEvents() =>
        db.Events.Where(e => (e.Type == EventType.TownHallMeeting || e.Type == EventType.NeighborhoodAssociationMeeting) && e.Status != EventStatus.Draft);

    private async Task<IActionResult> LogViewAsync(LogMeetingConcernForm form, CancellationToken cancellationToken)
    {
        var meetings = await MeetingEvents().AsNoTracking().OrderByDescending(e => e.StartUtc).Take(100)
            .Select(e => new { e.Id, e.Title, e.StartUtc }).ToListAsync(cancellationToken);
        var choices = meetings.Select(m => new SelectListItem($"{m.Title} ({CentralTime.FormatDate(m.StartUtc)})", m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return View("Log", new LogMeetingConcernPage(form, choices, await db.AreaSelectListAsync(cancellationToken)));
    }
}

/// <summary>The log page: the form, the meetings it can have been raised at, and the areas.</summary>
public sealed record LogMeetingConcernPage(LogMeetingConcernForm Form, IReadOnlyList<SelectListItem> Meetings, IReadOnlyList<SelectListItem> Areas);

/// <summary>A concern raised at a town hall or neighborhood association meeting, logged by staff.</summary>
public sealed class LogMeetingConcernForm : IConcernFields
{
    public int? EventId { get; set; }
    public ConcernCategory? Category { get; set; }
    public string? Location { get; set; }
    public int? AreaId { get; set; }
    public string? Description { get; set; }
    public string? WhenItHappens { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class LogMeetingConcernFormValidator : AbstractValidator<LogMeetingConcernForm>
{
    public LogMeetingConcernFormValidator()
    {
        RuleFor(f => f.EventId).NotNull().WithMessage("Choose the meeting it was raised at.");
        this.AddConcernFieldRules("Say what was raised.", "The name");
    }
}
