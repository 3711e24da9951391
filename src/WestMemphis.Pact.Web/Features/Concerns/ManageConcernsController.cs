using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>
/// Staff triage of concerns (Coordinator, Officer, Admin): the queue, one concern's details with the reporter's
/// contact (each view audited), status, assignment, public updates and internal notes, the link to a problem,
/// the photo, and concerns raised at meetings.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("concerns/manage")]
public sealed class ManageConcernsController(AppDbContext db, ConcernEmails emails, ConcernPhotoStore photos, IAreaLocator locator, AuditLog audit,
    UserManager<ApplicationUser> users, TimeProvider clock, ILogger<ManageConcernsController> logger) : Controller
{
    public const string ChangedBySomeoneElse = "This concern was changed by someone else while you were working on it. The saved version is shown; check it and send your change again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? area, ConcernCategory? category, ConcernStatus? status, int? olderThan, bool all, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Concerns.AsNoTracking();
        if (area is not null)
        {
            query = query.Where(c => c.AreaId == area);
        }

        if (category is not null && Enum.IsDefined(category.Value))
        {
            query = query.Where(c => c.Category == category);
        }

        if (status is not null && Enum.IsDefined(status.Value))
        {
            query = query.Where(c => c.Status == status);
        }
        else if (!all)
        {
            query = query.Where(c => c.Status == ConcernStatus.New || c.Status == ConcernStatus.Acknowledged || c.Status == ConcernStatus.InProgress);
        }

        if (olderThan is > 0 and <= 3650)
        {
            var before = now.AddDays(-olderThan.Value);
            query = query.Where(c => c.CreatedUtc <= before);
        }

        var rows = await query.OrderBy(c => c.Status == ConcernStatus.New ? 0 : 1).ThenBy(c => c.CreatedUtc).Take(500)
            .Select(c => new ConcernQueueRow(c.Id, c.ReferenceCode, c.Category, c.Location, c.Area != null ? c.Area.Name : null, c.Status, c.CreatedUtc,
                c.AssignedOfficer != null ? c.AssignedOfficer.FullName : null, c.RaisedAtEventId != null, c.PhotoStoredName != null))
            .ToListAsync(cancellationToken);
        return View(new ConcernQueueViewModel(rows, new ConcernQueueFilter(area, category, status, olderThan, all), await db.AreaSelectListAsync(cancellationToken), now));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await DetailsAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (model.HasReporterContact)
        {
            // Reporter identity is staff-only, and every view of it is on the record.
            await audit.WriteAsync("Viewed", "ConcernReporter", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Reporter contact shown on the concern page",
                cancellationToken: cancellationToken);
        }

        return View(model);
    }

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, ConcernStatusForm form, [FromServices] IValidator<ConcernStatusForm> validator, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!ConcernRules.CanMove(concern.Status, form.Status!.Value))
        {
            ModelState.AddModelError(nameof(form.Status), $"A concern that is {ConcernRules.Label(concern.Status).ToLowerInvariant()} cannot become {ConcernRules.Label(form.Status.Value).ToLowerInvariant()}.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        ConcernRules.Move(concern, form.Status.Value, FormRules.Clean(form.Reason), clock.GetUtcNow().UtcDateTime);
        if (ConcernRules.NeedsReason(concern.Status))
        {
            emails.StatusChanged(concern);
        }

        return await SaveAsync(concern, $"Concern {concern.ReferenceCode} is now {ConcernRules.Label(concern.Status).ToLowerInvariant()}.", cancellationToken);
    }

    [HttpPost("{id:int}/assign")]
    public async Task<IActionResult> Assign(int id, AssignConcernForm form, [FromServices] IValidator<AssignConcernForm> validator, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        var officer = FormRules.Clean(form.OfficerId);
        if (valid && officer is not null && !await Officers.Query(db).AnyAsync(u => u.Id == officer, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OfficerId), "Choose an officer from the list.");
            valid = false;
        }

        if (!valid)
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        concern.AssignedOfficerId = officer;
        concern.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(concern, officer is null ? "Nobody is assigned now." : "Assigned.", cancellationToken);
    }

    [HttpPost("{id:int}/updates")]
    public async Task<IActionResult> AddUpdate(int id, ConcernUpdateForm form, [FromServices] IValidator<ConcernUpdateForm> validator, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = await users.GetUserAsync(User);
        var body = form.Body!.Trim();
        db.ConcernUpdates.Add(new ConcernUpdate { ConcernId = id, IsPublic = form.IsPublic, Body = body, AuthorId = me?.Id, AuthorName = me?.FullName, CreatedUtc = now });
        concern.UpdatedUtc = now;
        if (form.IsPublic)
        {
            emails.PublicUpdate(concern, body);
        }

        return await SaveAsync(concern, form.IsPublic
            ? concern.ReporterEmail is null ? "Public update added. The reporter sees it on the status page." : "Public update added and emailed to the reporter."
            : "Internal note added.", cancellationToken);
    }

    [HttpPost("{id:int}/problem")]
    public async Task<IActionResult> LinkProblem(int id, LinkProblemForm form, [FromServices] IValidator<LinkProblemForm> validator, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.ProblemId is { } problemId && !await db.Problems.AnyAsync(p => p.Id == problemId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.ProblemId), "Choose a problem from the list.");
            valid = false;
        }

        if (!valid)
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        concern.ProblemId = form.ProblemId;
        concern.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(concern, form.ProblemId is null ? "No longer linked to a problem." : "Linked to the problem.", cancellationToken);
    }

    /// <summary>The photo, re-encoded at upload; staff only, and every view audited.</summary>
    [HttpGet("{id:int}/photo")]
    public async Task<IActionResult> Photo(int id, CancellationToken cancellationToken)
    {
        var stored = await db.Concerns.AsNoTracking().Where(c => c.Id == id).Select(c => c.PhotoStoredName).FirstOrDefaultAsync(cancellationToken);
        if (photos.PathFor(stored) is not { } path || !System.IO.File.Exists(path))
        {
            return NotFound();
        }

        await audit.WriteAsync("Viewed", "ConcernPhoto", id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(path, ConcernPhotoStore.ContentType, $"concern-{id}.jpg");
    }

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
        var concern = new Concern
        {
            ReferenceCode = ConcernRules.NewReferenceCode(),
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Category = form.Category!.Value,
            Location = form.Location!.Trim(),
            Description = form.Description!.Trim(),
            WhenItHappens = FormRules.Clean(form.WhenItHappens),
            ReporterName = FormRules.Clean(form.Name),
            ReporterEmail = FormRules.Clean(form.Email),
            ReporterPhone = FormRules.Clean(form.Phone),
            IsAnonymous = FormRules.Clean(form.Name) is null && FormRules.Clean(form.Email) is null && FormRules.Clean(form.Phone) is null,
            RaisedAtEventId = form.EventId,
            LoggedById = users.GetUserId(User),
            Status = ConcernStatus.New,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        if (form.AreaId is not null)
        {
            concern.AreaId = form.AreaId;
            concern.AreaPlacedBy = AreaPlacement.Hand;
        }
        else if (await locator.LocateAsync(concern.Location, cancellationToken) is { Outcome: AreaLocationOutcome.Found } found)
        {
            concern.AreaId = found.AreaId;
            concern.AreaPlacedBy = AreaPlacement.Lookup;
        }
        else
        {
            concern.AreaId = await db.Events.Where(e => e.Id == form.EventId).Select(e => e.AreaId).FirstOrDefaultAsync(cancellationToken);
            concern.AreaPlacedBy = concern.AreaId is null ? AreaPlacement.None : AreaPlacement.Hand;
        }

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
        ViewData["Meetings"] = meetings.Select(m => new SelectListItem($"{m.Title} ({CentralTime.FormatDate(m.StartUtc)})", m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        ViewData["Areas"] = await db.AreaSelectListAsync(cancellationToken);
        return View("Log", form);
    }

    /// <summary>The version the form was made from must still be the saved one.</summary>
    private bool Expect(Concern concern, string? version)
    {
        if (!Guid.TryParse(version, out var expected))
        {
            return false;
        }

        db.Entry(concern).Property(c => c.Version).OriginalValue = expected;
        return expected == concern.Version;
    }

    private async Task<IActionResult> SaveAsync(Concern concern, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(concern.Id, cancellationToken);
        }

        logger.LogInformation("Concern {ConcernId} updated: status {Status}", concern.Id, concern.Status);
        this.SetStatus(message);
        return Redirect($"/concerns/manage/{concern.Id}");
    }

    // What was typed stays in the form (from ModelState); the page and the hidden version show the saved record.
    private async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", ChangedBySomeoneElse);
        return await DetailsViewAsync(id, cancellationToken);
    }

    private async Task<IActionResult> DetailsViewAsync(int id, CancellationToken cancellationToken)
    {
        var model = await DetailsAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (model.HasReporterContact)
        {
            await audit.WriteAsync("Viewed", "ConcernReporter", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Reporter contact shown on the concern page",
                cancellationToken: cancellationToken);
        }

        return View("Details", model);
    }

    private async Task<ConcernDetailsViewModel?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.Concerns.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            c.Id,
            c.ReferenceCode,
            c.Category,
            c.Location,
            Area = c.Area != null ? c.Area.Name : null,
            c.AreaPlacedBy,
            c.Description,
            c.WhenItHappens,
            c.Status,
            c.ResolutionReason,
            c.CreatedUtc,
            c.AcknowledgedUtc,
            c.ResolvedUtc,
            c.IsAnonymous,
            c.ReporterName,
            c.ReporterEmail,
            c.ReporterPhone,
            SignedIn = c.ReporterUserId != null,
            c.AssignedOfficerId,
            AssignedTo = c.AssignedOfficer != null ? c.AssignedOfficer.FullName : null,
            RaisedAt = c.RaisedAtEvent != null ? c.RaisedAtEvent.Title : null,
            c.ProblemId,
            ProblemTitle = c.Problem != null ? c.Problem.Title : null,
            HasPhoto = c.PhotoStoredName != null,
            c.Version,
            Updates = c.Updates.OrderBy(u => u.Id).Select(u => new ConcernUpdateRow(u.CreatedUtc, u.IsPublic, u.Body, u.AuthorName)).ToList(),
        }).FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        var officers = await Officers.ItemsAsync(db, cancellationToken);
        var problems = await db.Problems.AsNoTracking().Where(p => p.Stage != ProblemStage.Closed || p.Id == c.ProblemId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString())).ToListAsync(cancellationToken);
        return new ConcernDetailsViewModel(c.Id, c.ReferenceCode, c.Category, c.Location, c.Area, c.AreaPlacedBy, c.Description, c.WhenItHappens, c.Status,
            c.ResolutionReason, c.CreatedUtc, c.AcknowledgedUtc, c.ResolvedUtc, c.IsAnonymous, c.ReporterName, c.ReporterEmail, c.ReporterPhone, c.SignedIn,
            c.AssignedOfficerId, c.AssignedTo, c.RaisedAt, c.ProblemId, c.ProblemTitle, c.HasPhoto, c.Version.ToString(), c.Updates, officers, problems);
    }
}
