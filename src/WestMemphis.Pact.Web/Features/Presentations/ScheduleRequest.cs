using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// Schedule (or reschedule) a request: a time, a place, the presenting officers and the resources. The booking and
/// its status move are <see cref="AppearanceScheduler"/>'s (no double-booking); the page shows which requested times are free.
/// </summary>
public sealed partial class ManagePresentationsController
{
    [HttpGet("{id:int}/schedule")]
    public async Task<IActionResult> Schedule(int id, int? option, CancellationToken cancellationToken)
    {
        var r = await LoadAsync(id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        var options = r.Options();
        var slot = r.Appearance is { Active: true } a && option is null ? new TimeSlot(a.StartUtc, a.EndUtc) : options[Math.Clamp((option ?? 1) - 1, 0, options.Count - 1)];
        var rusty = await db.BookableResources.AsNoTracking().Where(x => x.Kind == ResourceKind.Mascot && x.Active).Select(x => x.Id).FirstOrDefaultAsync(cancellationToken);
        var booked = r.Appearance?.Bookings.Select(b => b.ResourceId).ToList() ?? [];
        var form = new ScheduleForm
        {
            Date = CentralTimeInput.DateInput(slot.StartUtc),
            Start = CentralTimeInput.TimeInput(slot.StartUtc),
            End = CentralTimeInput.TimeInput(slot.EndUtc),
            Location = r.Appearance?.Location ?? r.Location,
            OfficerIds = await db.BookableResources.AsNoTracking().Where(x => booked.Contains(x.Id) && x.UserId != null).Select(x => x.UserId!).ToListAsync(cancellationToken),
            ResourceIds = (booked.Count > 0 ? booked : r.WantsRusty && rusty != 0 ? [rusty] : []).Select(x => x.ToString(CultureInfo.InvariantCulture)).ToList(),
            Version = r.Version.ToString(),
        };
        return await ScheduleViewAsync(r, form, null, null, cancellationToken);
    }

    [HttpPost("{id:int}/schedule")]
    public async Task<IActionResult> Schedule(int id, ScheduleForm form, [FromServices] IValidator<ScheduleForm> validator, CancellationToken cancellationToken)
    {
        var r = await LoadAsync(id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        // An empty check-box value binds as null: drop those before anything counts them.
        form.OfficerIds = form.OfficerIds?.Where(x => !string.IsNullOrWhiteSpace(x)).ToList();
        form.ResourceIds = form.ResourceIds?.Where(x => !string.IsNullOrWhiteSpace(x)).ToList();
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        var officerIds = (form.OfficerIds ?? []).Distinct().ToList();
        var resourceIds = form.ParsedResourceIds();
        if (valid)
        {
            var officers = await OfficersQuery().Where(u => officerIds.Contains(u.Id)).CountAsync(cancellationToken);
            var resources = await db.BookableResources.CountAsync(x => resourceIds.Contains(x.Id) && x.Active && x.Kind != ResourceKind.Officer, cancellationToken);
            if (officers != officerIds.Count || resources != resourceIds.Count)
            {
                ModelState.AddModelError(nameof(form.OfficerIds), "Choose officers and resources from the lists.");
                valid = false;
            }
            else
            {
                var kinds = await db.BookableResources.AsNoTracking().Where(x => resourceIds.Contains(x.Id)).Select(x => x.Kind).ToListAsync(cancellationToken);
                if (AppearanceBookingRules.NeedsHandler(kinds.Concat(officerIds.Select(_ => ResourceKind.Officer))))
                {
                    ModelState.AddModelError(nameof(form.OfficerIds), AppearanceBookingRules.HandlerMissingMessage);
                    valid = false;
                }
            }
        }

        if (!valid)
        {
            return await ScheduleViewAsync(r, form, null, null, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version))
        {
            version = Guid.Empty;
        }

        var ids = resourceIds.Concat(await scheduler.OfficerResourcesAsync(officerIds, cancellationToken)).ToList();
        var slot = VisitTimes.Parse(form.Date, form.Start, form.End)!.Value;
        var result = await scheduler.ScheduleAsync(id, version, slot, form.Location!.Trim(), ids, UserId, cancellationToken);
        switch (result.Outcome)
        {
            case ScheduleOutcome.Scheduled or ScheduleOutcome.Changed:
                this.SetStatus(result.Outcome == ScheduleOutcome.Changed ? "Appearance changed. The requester is emailed the new details." : "Scheduled. The requester is emailed the details with a calendar file.");
                return LocalRedirect($"/manage/presentations/{id}");
            case ScheduleOutcome.NotFound:
                return NotFound();
            case ScheduleOutcome.NeedsHandler:
                ModelState.AddModelError(nameof(form.OfficerIds), result.Message ?? AppearanceBookingRules.HandlerMissingMessage);
                return await ScheduleViewAsync(r, form, null, null, cancellationToken);
            case ScheduleOutcome.ChangedBySomeoneElse:
                ModelState.AddModelError("", ChangedBySomeoneElse);
                var fresh = await LoadAsync(id, cancellationToken);
                form.Version = fresh?.Version.ToString();
                return await ScheduleViewAsync(fresh ?? r, form, null, null, cancellationToken);
            default:
                ModelState.AddModelError("", result.Message ?? "Not booked.");
                var options = r.Options();
                var free = result.FreeOptions ?? [];
                var availability = options.Select((o, i) => new OptionAvailability(i + 1, o, free.Contains(o))).ToList();
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ScheduleViewAsync(r, form, availability, result.Message, cancellationToken);
        }
    }

    private async Task<IActionResult> ScheduleViewAsync(PresentationRequest r, ScheduleForm form, IReadOnlyList<OptionAvailability>? availability, string? conflict,
        CancellationToken cancellationToken)
    {
        var officers = await OfficersQuery().AsNoTracking().OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName }).ToListAsync(cancellationToken);
        var resources = await db.BookableResources.AsNoTracking().Where(x => x.Active && x.Kind != ResourceKind.Officer).OrderBy(x => x.Kind).ThenBy(x => x.Name)
            .Select(x => new { x.Id, x.Name }).ToListAsync(cancellationToken);
        if (availability is null)
        {
            // Which requested times are free for the officers and resources currently chosen.
            var chosen = form.ParsedResourceIds().Concat(await db.BookableResources.AsNoTracking()
                .Where(x => x.UserId != null && (form.OfficerIds ?? new List<string>()).Contains(x.UserId)).Select(x => x.Id).ToListAsync(cancellationToken)).ToList();
            var options = r.Options();
            var near = await scheduler.BookingsNearAsync(chosen, options, r.Id, cancellationToken);
            availability = options.Select((o, i) => new OptionAvailability(i + 1, o, AppearanceBookingRules.ClashesWith(o, near, scheduler.Buffer).Count == 0)).ToList();
        }

        var vm = new ScheduleViewModel(RequestHeading.Of(r), form,
            officers.Select(o => new ResourceChoice(o.Id, o.FullName, form.OfficerIds?.Contains(o.Id) ?? false)).ToList(),
            resources.Select(x => new ResourceChoice(x.Id.ToString(CultureInfo.InvariantCulture), x.Name, form.ResourceIds?.Contains(x.Id.ToString(CultureInfo.InvariantCulture)) ?? false)).ToList(),
            availability, conflict);
        return View("Schedule", vm);
    }
}

/// <summary>Schedule (or reschedule) a request: a time, a place, the presenting officers and the resources (Rusty and others).</summary>
public sealed class ScheduleForm
{
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Location { get; set; }
    public List<string>? OfficerIds { get; set; }
    public List<string>? ResourceIds { get; set; }
    public string? Version { get; set; }

    public IReadOnlyList<int> ParsedResourceIds() => (ResourceIds ?? [])
        .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>().Distinct().ToList();
}

public sealed class ScheduleFormValidator : AbstractValidator<ScheduleForm>
{
    public ScheduleFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter where the visit takes place.").MaximumLength(FieldLengths.PresentationRequest.Location).WithMessage($"The location must be {FieldLengths.PresentationRequest.Location} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The location contains characters we cannot accept.");
        RuleFor(f => f.OfficerIds).Must(o => o is null || (o.Count <= 20 && o.All(x => x is not null && x.Length <= 450 && FormRules.IsPlainText(x)))).WithMessage("Choose officers from the list.");
        RuleFor(f => f.ResourceIds).Must(o => o is null || (o.Count <= 20 && o.All(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out _))))
            .WithMessage("Choose resources from the list.");
        RuleFor(f => f).Must(f => (f.OfficerIds?.Count ?? 0) + (f.ResourceIds?.Count ?? 0) > 0).WithMessage("Choose at least one presenting officer or resource.")
            .OverridePropertyName(nameof(ScheduleForm.OfficerIds));
        RuleFor(f => f.Version).MaximumLength(40);
        RuleFor(f => f).Custom((f, context) => VisitTimes.Check((name, message) => context.AddFailure(name, message), "Time",
            (nameof(f.Date), f.Date), (nameof(f.Start), f.Start), (nameof(f.End), f.End), null, null, clock.GetUtcNow().UtcDateTime, TimeSpan.FromHours(12)));
    }
}
public sealed record ResourceChoice(string Value, string Name, bool Checked);

public sealed record OptionAvailability(int Number, TimeSlot Slot, bool Free);

public sealed record ScheduleViewModel(RequestHeading Request, ScheduleForm Form, IReadOnlyList<ResourceChoice> Officers, IReadOnlyList<ResourceChoice> Resources,
    IReadOnlyList<OptionAvailability>? Options, string? Conflict);

