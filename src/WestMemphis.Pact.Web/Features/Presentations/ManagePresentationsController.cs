using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>The coordinator's queue of requests: triage, message, decline, schedule (no double-booking), complete.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("manage/presentations")]
public sealed class ManagePresentationsController(AppDbContext db, PresentationEmails emails, AppearanceScheduler scheduler, TimeProvider clock, AuditLog audit) : Controller
{
    private const string ChangedBySomeoneElse = "This request was changed by someone else while you were looking at it. Its current state is shown; check it, then try again.";

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? kind, CancellationToken cancellationToken)
    {
        PresentationStatus? s = Enum.TryParse<PresentationStatus>(status, out var ps) && Enum.IsDefined(ps) && !int.TryParse(status, out _) ? ps : null;
        PresentationKind? k = Enum.TryParse<PresentationKind>(kind, out var pk) && Enum.IsDefined(pk) && !int.TryParse(kind, out _) ? pk : null;
        var counts = await db.PresentationRequests.AsNoTracking().Where(r => k == null || r.Kind == k)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = db.PresentationRequests.AsNoTracking().Where(r => k == null || r.Kind == k);
        query = s is null ? query.Where(r => r.Status == PresentationStatus.Submitted || r.Status == PresentationStatus.UnderReview || r.Status == PresentationStatus.Scheduled) : query.Where(r => r.Status == s);
        var items = await query.OrderBy(r => r.Status == PresentationStatus.Scheduled ? r.Appearance!.StartUtc : r.Option1StartUtc)
            .Select(r => new RequestListItem(r.Id, r.ReferenceCode, r.Kind, r.Status, r.School != null ? r.School.Name : r.OrganizationName ?? "", r.RequesterName,
                r.Option1StartUtc, r.Appearance != null && r.Appearance.Active ? r.Appearance.StartUtc : null, r.RustyRequested || r.Kind == PresentationKind.RustyVisit, r.CreatedUtc))
            .Take(300).ToListAsync(cancellationToken);
        return View(new QueueViewModel(items, counts, s, k));
    }

    /// <summary>
    /// National Night Out: the registered parties and, per officer or resource, the route of short visits in time order.
    /// Each visit is booked through the schedule page, so no team or Rusty is at two parties at once (travel buffer
    /// included), and each host is emailed their time window.
    /// </summary>
    [HttpGet("national-night-out")]
    public async Task<IActionResult> NightOut(int? year, CancellationToken cancellationToken)
    {
        var night = year is >= 2000 and <= 2100 ? BlockPartyForm.NightOutDate(year.Value) : BlockPartyForm.NextNightOut(VisitTimes.Today(clock));
        var from = CentralTimeInput.ToUtc(night, TimeOnly.MinValue)!.Value;
        var to = from.AddDays(1);
        var parties = await db.PresentationRequests.AsNoTracking()
            .Where(r => r.Kind == PresentationKind.NationalNightOut && r.Option1StartUtc >= from && r.Option1StartUtc < to
                && r.Status != PresentationStatus.Declined && r.Status != PresentationStatus.Cancelled)
            .OrderBy(r => r.Option1StartUtc)
            .Select(r => new NightOutParty(r.Id, r.ReferenceCode, r.OrganizationName ?? "", r.Location, r.AudienceSize, r.RustyRequested, r.Option1StartUtc, r.Option1EndUtc,
                r.Appearance != null && r.Appearance.Active ? r.Appearance.StartUtc : null, r.Appearance != null && r.Appearance.Active ? r.Appearance.EndUtc : null,
                r.Appearance != null && r.Appearance.Active ? r.Appearance.Bookings.Select(b => b.Resource!.Name).ToList() : new List<string>()))
            .ToListAsync(cancellationToken);
        var routes = parties.Where(p => p.VisitStartUtc is not null).SelectMany(p => p.Team.Select(t => (Team: t, Party: p)))
            .GroupBy(x => x.Team).OrderBy(g => g.Key)
            .Select(g => new NightOutRoute(g.Key, g.Select(x => x.Party).OrderBy(p => p.VisitStartUtc).ToList())).ToList();
        return View("NightOut", new NightOutViewModel(night, parties, routes));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var r = await LoadAsync(id, cancellationToken);
        return r is null ? NotFound() : View(new RequestDetailsViewModel(r));
    }

    [HttpPost("{id:int}/review")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        var changed = await db.PresentationRequests.Where(r => r.Id == id && r.Status == PresentationStatus.Submitted)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, PresentationStatus.UnderReview).SetProperty(r => r.Version, Guid.NewGuid())
                .SetProperty(r => r.UpdatedUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (changed == 0 && !await db.PresentationRequests.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (changed == 1)
        {
            // ExecuteUpdate passes by the audit interceptor: every status change is written here.
            await audit.WriteAsync("StatusChanged", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), "Submitted to UnderReview", cancellationToken: cancellationToken);
        }

        this.SetStatus(changed == 1 ? "Marked under review. The requester sees it on the status page." : "Only a newly submitted request can be marked under review.");
        return LocalRedirect($"/manage/presentations/{id}");
    }

    [HttpPost("{id:int}/message")]
    public async Task<IActionResult> Message(int id, RequesterMessageForm form, [FromServices] IValidator<RequesterMessageForm> validator, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        var body = form.Body!.Trim();
        db.PresentationMessages.Add(new PresentationMessage { RequestId = id, Body = body, CreatedUtc = clock.GetUtcNow().UtcDateTime, AuthorId = UserId });
        emails.Message(r, body);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Message sent. It is emailed and shown on the status page.");
        return LocalRedirect($"/manage/presentations/{id}");
    }

    [HttpPost("{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, DeclineForm form, [FromServices] IValidator<DeclineForm> validator, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.Include(x => x.Appearance).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != r.Version)
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (r.Status is not (PresentationStatus.Submitted or PresentationStatus.UnderReview or PresentationStatus.Scheduled))
        {
            ModelState.AddModelError("", $"A request that is {PresentationLabels.Name(r.Status).ToLowerInvariant()} cannot be declined.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        db.Entry(r).Property(x => x.Version).OriginalValue = version;
        audit.Add("StatusChanged", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), $"{r.Status} to Declined");
        r.Status = PresentationStatus.Declined;
        r.DeclineReason = form.Reason!.Trim();
        r.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        if (r.Appearance is not null)
        {
            r.Appearance.Active = false; // frees its officers and resources
        }

        emails.Declined(r, r.DeclineReason);
        if (!await SaveAsync(cancellationToken))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        this.SetStatus("Declined. The requester is emailed the reason.");
        return LocalRedirect($"/manage/presentations/{id}");
    }

    [HttpPost("{id:int}/complete")]
    public async Task<IActionResult> Complete(int id, CompleteForm form, [FromServices] IValidator<CompleteForm> validator, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.Include(x => x.Appearance).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != r.Version)
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (r.Status != PresentationStatus.Scheduled || r.Appearance is null || r.Appearance.StartUtc > clock.GetUtcNow().UtcDateTime)
        {
            ModelState.AddModelError("", "Only a scheduled visit that has started can be marked completed.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        db.Entry(r).Property(x => x.Version).OriginalValue = version;
        audit.Add("StatusChanged", nameof(PresentationRequest), id.ToString(CultureInfo.InvariantCulture), $"{r.Status} to Completed");
        r.Status = PresentationStatus.Completed;
        r.PeopleReached = RequestVisitForm.Number(form.PeopleReached, 0, 100_000);
        r.CompletionNotes = Shared.FormRules.Clean(form.Notes);
        r.CompletedUtc = clock.GetUtcNow().UtcDateTime;
        r.UpdatedUtc = r.CompletedUtc.Value;
        if (!await SaveAsync(cancellationToken))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        this.SetStatus($"Completed: {r.PeopleReached:N0} people reached.");
        return LocalRedirect($"/manage/presentations/{id}");
    }

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

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return false;
        }
    }

    private IQueryable<ApplicationUser> OfficersQuery() =>
        db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(role => role.Id == ur.RoleId && role.Name == Roles.Officer)));

    private Task<PresentationRequest?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.PresentationRequests.AsNoTracking().Include(r => r.School).Include(r => r.Messages.OrderBy(m => m.Id))
            .Include(r => r.Appearance).ThenInclude(a => a!.Bookings).ThenInclude(b => b.Resource)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    private async Task<IActionResult> DetailsViewAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var r = await LoadAsync(id, cancellationToken);
        return r is null ? NotFound() : View("Details", new RequestDetailsViewModel(r));
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

        var vm = new ScheduleViewModel(r, form,
            officers.Select(o => new ResourceChoice(o.Id, o.FullName, form.OfficerIds?.Contains(o.Id) ?? false)).ToList(),
            resources.Select(x => new ResourceChoice(x.Id.ToString(CultureInfo.InvariantCulture), x.Name, form.ResourceIds?.Contains(x.Id.ToString(CultureInfo.InvariantCulture)) ?? false)).ToList(),
            availability, conflict);
        return View("Schedule", vm);
    }
}
