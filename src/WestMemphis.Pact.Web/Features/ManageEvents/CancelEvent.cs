using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Cancel an event with a reason every volunteer receives; it stays visible as cancelled.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        return View(new CancelEventPage(new CancelEventForm { Version = e.Version.ToString() }, EventHeading.From(e)));
    }

    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, CancelEventForm form, [FromServices] IValidator<CancelEventForm> validator, CancellationToken cancellationToken)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (e.CancelRefusal is { } refusal)
        {
            this.SetStatus(refusal);
            return LocalRedirect($"/manage/events/{id}");
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View(new CancelEventPage(form, EventHeading.From(e)));
        }

        // The version the coordinator saw is required: without it we cannot know they saw the event as it is.
        if (!Guid.TryParse(form.Version, out var version) || version != e.Version)
        {
            return CancelConflictView(form, e);
        }

        var reason = form.Reason!.Trim();
        db.ExpectVersion(e, version);
        e.Cancel(reason, clock.GetUtcNow().UtcDateTime);
        var told = await NotifyVolunteersAsync(id, (to, name, shift) => emails.EventCancelled(to, name, shift, reason), cancellationToken);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            var current = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            return current is null ? NotFound() : CancelConflictView(form, current);
        }

        this.SetStatus($"The event is cancelled. {told} volunteer{(told == 1 ? " has" : "s have")} been emailed.");
        return LocalRedirect($"/manage/events/{id}");
    }

    private IActionResult CancelConflictView(CancelEventForm form, Event current)
    {
        ModelState.Clear();
        ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("event"));
        form.Version = current.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Cancel", new CancelEventPage(form, EventHeading.From(current)));
    }
}

public sealed record CancelEventPage(CancelEventForm Form, EventHeading Event);

public sealed class CancelEventForm
{
    public string? Reason { get; set; }
    public string? Version { get; set; }
}

public sealed class CancelEventFormValidator : AbstractValidator<CancelEventForm>
{
    public CancelEventFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Say why the event is cancelled; volunteers receive it.").MaximumLength(FieldLengths.Event.CancellationReason)
            .WithMessage("The reason must be 1,000 characters or fewer.").Must(FormRules.IsPlainMultilineText).WithMessage("The reason contains characters we cannot accept.");
}
