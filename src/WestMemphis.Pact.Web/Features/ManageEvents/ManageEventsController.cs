using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>The coordinator's events: create, edit, publish, cancel, complete, duplicate; shifts; messages; cleanup results.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("manage/events")]
public sealed class ManageEventsController(AppDbContext db, EventEmails emails, ShiftSignups signups, TimeProvider clock) : Controller
{
    private const string ChangedBySomeoneElse = "This event was changed by someone else while you were editing. Their version is shown below; review it, then save again to replace it with yours.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? q, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Events.AsNoTracking();
        query = status switch
        {
            "draft" => query.Where(e => e.Status == EventStatus.Draft),
            "past" => query.Where(e => e.EndUtc < now),
            "cancelled" => query.Where(e => e.Status == EventStatus.Cancelled),
            _ => query.Where(e => e.EndUtc >= now || e.Status == EventStatus.Draft),
        };
        if (!string.IsNullOrWhiteSpace(q) && q.Length <= 100)
        {
            var term = q.Trim();
            query = query.Where(e => e.Title.Contains(term) || e.Location.Contains(term));
        }

        var items = await (status == "past" ? query.OrderByDescending(e => e.StartUtc) : query.OrderBy(e => e.StartUtc))
            .ToListItems().Take(200).ToListAsync(cancellationToken);
        ViewData["Status"] = status;
        ViewData["Q"] = q;
        return View(items);
    }

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

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Area).Include(x => x.CleanupResult)
            .Include(x => x.Shifts.OrderBy(s => s.StartUtc)).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return e is null ? NotFound() : View(e);
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
        db.Entry(e).Property(x => x.Version).OriginalValue = version;
        Apply(form, e, start, end);
        if (e.Status == EventStatus.Published && before != (e.StartUtc, e.EndUtc, e.Location))
        {
            var change = $"The event's {(before.Location != e.Location ? "place" : "time")} has changed. It is now {CentralTime.FormatRange(e.StartUtc, e.EndUtc)} at {e.Location}.";
            await NotifyVolunteersAsync(id, (to, name, shift) => emails.EventChanged(to, name, shift with { EventTitle = e.Title, Location = e.Location, EventStartUtc = e.StartUtc, EventEndUtc = e.EndUtc }, change), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            return current is null ? NotFound() : await ConflictViewAsync(form, current, cancellationToken);
        }

        this.SetStatus("Event saved.");
        return LocalRedirect($"/manage/events/{id}");
    }

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.Include(x => x.Area).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (e.Publish(clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            this.SetStatus(refusal);
            return LocalRedirect($"/manage/events/{id}");
        }

        // Tell the people who follow this type of event or this area, in the same transaction.
        var followers = await db.EventFollows.AsNoTracking()
            .Where(f => f.Type == e.Type || (e.AreaId != null && f.AreaId == e.AreaId))
            .Select(f => new { f.User!.Email, f.User.FullName }).Distinct().Take(5000).ToListAsync(cancellationToken);
        foreach (var follower in followers.Where(f => f.Email is not null).DistinctBy(f => f.Email))
        {
            emails.NewEvent(follower.Email!, follower.FullName, e, e.Area?.Name);
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ChangedMeanwhileAsync(id, EventStatus.Published, "The event was already published (a second click, or someone else); its followers are told once.", cancellationToken);
        }

        this.SetStatus($"Published. {followers.Count} follower{(followers.Count == 1 ? "" : "s")} will be told.");
        return LocalRedirect($"/manage/events/{id}");
    }

    [HttpPost("{id:int}/complete")]
    public async Task<IActionResult> Complete(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (e.Complete(clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            this.SetStatus(refusal);
            return LocalRedirect($"/manage/events/{id}");
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ChangedMeanwhileAsync(id, EventStatus.Completed, "The event was already marked completed (a second click, or someone else).", cancellationToken);
        }

        this.SetStatus("Marked completed.");
        return LocalRedirect($"/manage/events/{id}");
    }

    [HttpGet("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        ViewData["Event"] = e;
        return View(new CancelEventForm { Version = e.Version.ToString() });
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
            ViewData["Event"] = e;
            return View(form);
        }

        // The version the coordinator saw is required: without it we cannot know they saw the event as it is.
        if (!Guid.TryParse(form.Version, out var version) || version != e.Version)
        {
            return CancelConflictView(form, e);
        }

        var reason = form.Reason!.Trim();
        db.Entry(e).Property(x => x.Version).OriginalValue = version;
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

    [HttpPost("{id:int}/duplicate")]
    public async Task<IActionResult> Duplicate(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.Shifts).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        var copy = new Event
        {
            Title = e.Title.Length > 143 ? e.Title[..143] : e.Title + " (copy)",
            Type = e.Type,
            Description = e.Description,
            Location = e.Location,
            AreaId = e.AreaId,
            StartUtc = e.StartUtc,
            EndUtc = e.EndUtc,
            Status = EventStatus.Draft,
            IsSeasonal = e.IsSeasonal,
            SeasonNote = e.SeasonNote,
            SeekingVolunteers = e.SeekingVolunteers,
            Partners = e.Partners,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Shifts = e.Shifts.Select(s => new Shift
            {
                Role = s.Role,
                StartUtc = s.StartUtc,
                EndUtc = s.EndUtc,
                Capacity = s.Capacity,
                MinimumAge = s.MinimumAge,
                WorksWithChildren = s.WorksWithChildren,
                Notes = s.Notes,
            }).ToList(),
        };
        db.Events.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("A draft copy was created with the same shifts. Change its date and time, then publish it.");
        return LocalRedirect($"/manage/events/{copy.Id}/edit");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.Include(x => x.Shifts).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (!e.CanBeDeleted || await db.Signups.AnyAsync(s => s.Shift!.EventId == id, cancellationToken))
        {
            this.SetStatus("Only a draft that was never published can be deleted. Cancel a published event instead.");
            return LocalRedirect($"/manage/events/{id}");
        }

        db.Shifts.RemoveRange(e.Shifts);
        db.Events.Remove(e);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            if (await db.Events.AnyAsync(x => x.Id == id, cancellationToken))
            {
                this.SetStatus(ChangedMeanwhile);
                return LocalRedirect($"/manage/events/{id}");
            }

            this.SetStatus("The draft was already deleted (a second click, or someone else).");
            return LocalRedirect("/manage/events");
        }

        this.SetStatus("The draft was deleted.");
        return LocalRedirect("/manage/events");
    }

    // ---- Shifts ----

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
        db.Entry(shift).Property(x => x.Version).OriginalValue = version;
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
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Shifts.AsNoTracking().Include(s => s.Event).FirstAsync(s => s.Id == id, cancellationToken);
            return ShiftConflictView(form, current);
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

    // ---- Messages and results ----

    [HttpGet("{id:int}/message")]
    public async Task<IActionResult> Message(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        ViewData["Event"] = e;
        return View(new MessageForm());
    }

    [HttpPost("{id:int}/message")]
    public async Task<IActionResult> Message(int id, MessageForm form, [FromServices] IValidator<MessageForm> validator, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            ViewData["Event"] = e;
            return View(form);
        }

        var people = await ActiveVolunteers(db.Signups.Where(s => s.Shift!.EventId == id)).ToListAsync(cancellationToken);
        foreach (var p in people.DistinctBy(p => p.Email))
        {
            emails.CoordinatorMessage(p.Email!, p.FullName, e.Title, form.Subject!.Trim(), form.Body!.Trim());
        }

        await db.SaveChangesAsync(cancellationToken);
        var count = people.DistinctBy(p => p.Email).Count();
        this.SetStatus($"Message queued for {count} volunteer{(count == 1 ? "" : "s")}.");
        return LocalRedirect($"/manage/events/{id}");
    }

    [HttpGet("{id:int}/results")]
    public async Task<IActionResult> Results(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.CleanupResult).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null || e.Type != EventType.EnvironmentalCleanup)
        {
            return NotFound();
        }

        var r = e.CleanupResult;
        var attended = await db.Signups.Where(s => s.Shift!.EventId == id && s.Status == SignupStatus.Attended)
            .Select(s => new { s.VolunteerId, s.Hours }).ToListAsync(cancellationToken);
        ViewData["Event"] = e;
        return View(r is null
            ? new CleanupResultForm
            {
                Volunteers = attended.Select(a => a.VolunteerId).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                VolunteerHours = attended.Sum(a => a.Hours ?? 0).ToString("0.##", CultureInfo.InvariantCulture),
            }
            : new CleanupResultForm
            {
                Sites = I(r.Sites),
                Volunteers = I(r.Volunteers),
                VolunteerHours = r.VolunteerHours.ToString("0.##", CultureInfo.InvariantCulture),
                Bags = I(r.Bags),
                Tires = I(r.Tires),
                LargeItems = I(r.LargeItems),
                EstimatedPounds = I(r.EstimatedPounds),
                Notes = r.Notes,
                Version = r.Version.ToString(),
            });
    }

    [HttpPost("{id:int}/results")]
    public async Task<IActionResult> Results(int id, CleanupResultForm form, [FromServices] IValidator<CleanupResultForm> validator, CancellationToken cancellationToken)
    {
        var e = await db.Events.Include(x => x.CleanupResult).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null || e.Type != EventType.EnvironmentalCleanup)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            ViewData["Event"] = e;
            return View(form);
        }

        // No version: the form was made before any results existed. Results saved since then are someone else's.
        Guid? seen = Guid.TryParse(form.Version, out var version) ? version : null;
        var r = e.CleanupResult;
        if (r?.Version != seen)
        {
            return ResultsConflictView(form, e);
        }

        if (r is null)
        {
            r = new CleanupResult { EventId = id };
            db.CleanupResults.Add(r);
        }
        else
        {
            db.Entry(r).Property(x => x.Version).OriginalValue = version;
        }

        r.Sites = CleanupResultForm.Int(form.Sites);
        r.Volunteers = CleanupResultForm.Int(form.Volunteers);
        r.VolunteerHours = CleanupResultForm.TryHours(form.VolunteerHours, out var h) ? h : 0;
        r.Bags = CleanupResultForm.Int(form.Bags);
        r.Tires = CleanupResultForm.Int(form.Tires);
        r.LargeItems = CleanupResultForm.Int(form.LargeItems);
        r.EstimatedPounds = CleanupResultForm.Int(form.EstimatedPounds);
        r.Notes = FormRules.Clean(form.Notes);
        r.RecordedUtc = clock.GetUtcNow().UtcDateTime;
        if (!await db.TrySaveChangesAsync(cancellationToken, orInsertedMeanwhile: true))
        {
            // Two first saves at once: the other one's row won the key.
            var current = await db.Events.AsNoTracking().Include(x => x.CleanupResult).FirstAsync(x => x.Id == id, cancellationToken);
            return ResultsConflictView(form, current);
        }

        this.SetStatus("Cleanup results saved.");
        return LocalRedirect($"/manage/events/{id}");
    }

    [HttpGet("{id:int}/roster.csv")]
    public async Task<IActionResult> RosterCsv(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Title }).FirstOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        var rows = await RosterRow.Query(db, db.Signups.Where(s => s.Shift!.EventId == id)).ToListAsync(cancellationToken);
        return CsvExport.File($"roster-{Slug.From(e.Title)}.csv",
            ["Shift", "Shift time", "Name", "Email", "Phone", "Status", "Signed up", "Checked in", "Checked out", "Hours", "Hours approved"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Role, CentralTime.FormatRange(r.ShiftStartUtc, r.ShiftEndUtc), r.Name, r.Email, r.Phone, r.Status.ToString(),
                CentralTime.Format(r.CreatedUtc), r.CheckedInUtc is { } i ? CentralTime.Format(i) : "", r.CheckedOutUtc is { } o ? CentralTime.Format(o) : "",
                CsvExport.Number(r.Hours), r.HoursApproved ? "Yes" : "No"]));
    }

    // ---- helpers ----

    private async Task<int> NotifyVolunteersAsync(int eventId, Action<string, string?, ShiftMailInfo> send, CancellationToken cancellationToken)
    {
        var people = await db.Signups.AsNoTracking()
            .Where(s => s.Shift!.EventId == eventId && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted) && s.Volunteer!.Email != null)
            .Select(s => new { s.ShiftId, s.Volunteer!.Email, s.Volunteer.FullName }).ToListAsync(cancellationToken);
        var shifts = await ShiftSignups.MailInfo(db.Shifts.Where(s => s.EventId == eventId)).ToListAsync(cancellationToken);
        foreach (var p in people)
        {
            send(p.Email!, p.FullName, shifts.First(s => s.ShiftId == p.ShiftId));
        }

        return people.Count;
    }

    private static IQueryable<VolunteerContact> ActiveVolunteers(IQueryable<Signup> signups) => signups.AsNoTracking()
        .Where(s => (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted || s.Status == SignupStatus.Attended) && s.Volunteer!.Email != null)
        .Select(s => new VolunteerContact(s.Volunteer!.Email, s.Volunteer.FullName));

    private async Task<bool> ValidAsync(EventForm form, IValidator<EventForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.ParsedAreaId() is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            valid = false;
        }

        return valid;
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

    private static void Apply(EventForm form, Event e, DateTime start, DateTime end)
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

    private static void ApplyShift(ShiftForm form, Shift s, DateTime start, DateTime end)
    {
        s.Role = form.Role!.Trim();
        s.StartUtc = start;
        s.EndUtc = end;
        s.Capacity = int.Parse(form.Capacity!, CultureInfo.InvariantCulture);
        s.MinimumAge = string.IsNullOrWhiteSpace(form.MinimumAge) ? 13 : int.Parse(form.MinimumAge, CultureInfo.InvariantCulture);
        s.WorksWithChildren = form.WorksWithChildren;
        s.Notes = FormRules.Clean(form.Notes);
    }

    private async Task<IActionResult> EditViewAsync(EventForm form, int? id, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder)
            .Select(a => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(a.Name, a.Id.ToString())).ToListAsync(cancellationToken);
        ViewData["EventId"] = id;
        return View("Edit", form);
    }

    private async Task<IActionResult> ConflictViewAsync(EventForm form, Event current, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ChangedBySomeoneElse);
        ViewData["Theirs"] = EventForm.From(current);
        form.Version = current.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await EditViewAsync(form, current.Id, cancellationToken);
    }

    private IActionResult ShiftView(ShiftForm form, Event e, Shift? shift)
    {
        ViewData["Event"] = e;
        ViewData["ShiftId"] = shift?.Id;
        ViewData["Filled"] = shift?.Filled ?? 0;
        return View("EditShift", form);
    }

    private IActionResult ShiftConflictView(ShiftForm form, Shift current)
    {
        ModelState.Clear();
        ModelState.AddModelError("", "This shift was changed by someone else while you were editing. Their version is shown below; review it, then save again to replace it with yours.");
        ViewData["Theirs"] = ShiftForm.From(current);
        form.Version = current.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return ShiftView(form, current.Event!, current);
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private const string ChangedMeanwhile = "This event was changed by someone else meanwhile. Nothing was saved: look at it again, then try once more.";

    /// <summary>After a lost race on a status change: an idempotent success when the event already is where the coordinator wanted it.</summary>
    private async Task<IActionResult> ChangedMeanwhileAsync(int id, EventStatus wanted, string alreadyDone, CancellationToken cancellationToken)
    {
        var status = await db.Events.AsNoTracking().Where(x => x.Id == id).Select(x => (EventStatus?)x.Status).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return NotFound();
        }

        this.SetStatus(status == wanted ? alreadyDone : ChangedMeanwhile);
        return LocalRedirect($"/manage/events/{id}");
    }

    private IActionResult CancelConflictView(CancelEventForm form, Event current)
    {
        ModelState.Clear();
        ModelState.AddModelError("", "This event was changed by someone else while you were looking at it, or the page was out of date. Nothing was cancelled. Check the event below, then cancel again if you still mean to.");
        form.Version = current.Version.ToString();
        ViewData["Event"] = current;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Cancel", form);
    }

    private IActionResult ResultsConflictView(CleanupResultForm form, Event current)
    {
        ModelState.Clear();
        ModelState.AddModelError("", "These results were changed by someone else meanwhile. Nothing was saved. Reload the page to see theirs, then save yours again if they should replace them.");
        form.Version = current.CleanupResult?.Version.ToString();
        ViewData["Event"] = current;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Results", form);
    }
}

public sealed record VolunteerContact(string? Email, string? FullName);
