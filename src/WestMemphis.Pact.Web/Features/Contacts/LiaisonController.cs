using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>The liaison officer's pages: home, contact logs, follow-ups. Officers edit their own logs; admins see all.</summary>
[Authorize(Policy = Policies.Officer)]
[Route("liaison")]
public sealed class LiaisonController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, AuditLog audit, ILogger<LiaisonController> logger) : Controller
{
    private const string FollowUpChanged = "This contact was changed by someone else, or the page was out of date. Nothing was closed. Check the follow-up and close it again.";

    private const string ChangedBySomeoneElse = "This contact was changed by someone else while you were editing. The saved version is shown; make your change again.";

    private string Me => users.GetUserId(User)!;

    private bool IsAdmin => User.IsInRole(Roles.Admin);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = CentralTimeZone.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var me = Me;
        var areas = await db.LiaisonAssignments.AsNoTracking()
            .Where(a => a.OfficerId == me).Where(LiaisonAssignment.CurrentOn(today))
            .Select(a => new MyAreaRow(a.AreaId, a.Area!.Name, a.Area.IsFocusArea, a.WeeklyHours, a.StartDate)).ToListAsync(cancellationToken);
        var areaIds = areas.Select(a => (int?)a.AreaId).ToList();
        var followUps = await FollowUpRows(db.ContactLogs.Where(c => c.FollowUpOwnerId == me && c.FollowUp != null && c.FollowUpClosedUtc == null)
            .OrderBy(c => c.FollowUpDue == null).ThenBy(c => c.FollowUpDue)).Take(50).ToListAsync(cancellationToken);
        var recent = await ContactRows(db.ContactLogs.Where(c => c.OfficerId == me).OrderByDescending(c => c.WhenUtc)).Take(10).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.EndUtc >= now && areaIds.Contains(e.AreaId))
            .OrderBy(e => e.StartUtc).Take(8)
            .Select(e => new MyEventRow(e.Id, e.Title, e.StartUtc, e.EndUtc, e.Area!.Name)).ToListAsync(cancellationToken);
        return View(new LiaisonHomeViewModel(areas, followUps, recent, events, today));
    }

    [HttpGet("contacts")]
    public async Task<IActionResult> Contacts(string? officer, int? area, CancellationToken cancellationToken)
    {
        var query = db.ContactLogs.AsNoTracking();
        // Officers see their own logs; admins see everyone's and may filter by officer.
        query = IsAdmin ? (officer is { Length: > 0 and <= 450 } ? query.Where(c => c.OfficerId == officer) : query) : query.Where(c => c.OfficerId == Me);
        if (area is not null)
        {
            query = query.Where(c => c.AreaId == area);
        }

        var rows = await ContactRows(query.OrderByDescending(c => c.WhenUtc)).Take(500).ToListAsync(cancellationToken);
        return View(new ContactsViewModel(rows, IsAdmin, CentralTimeZone.Today(clock)));
    }

    [HttpGet("contacts/new")]
    public async Task<IActionResult> Create(int? congregation, int? partner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var form = new ContactForm
        {
            Date = CentralTimeInput.DateInput(now),
            Time = CentralTimeInput.TimeInput(now),
            FollowUpOwnerId = Me,
            PositiveContacts = 0,
            Congregation = congregation is null ? null : await db.Congregations.Where(c => c.Id == congregation).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken),
            Partner = partner is null ? null : await db.PartnerOrganizations.Where(p => p.Id == partner).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken),
        };
        if (form.Congregation is not null)
        {
            form.Kind = ContactKind.ChurchVisit;
        }
        else if (form.Partner is not null)
        {
            form.Kind = ContactKind.PartnerMeeting;
        }

        return await EditViewAsync(form, null, cancellationToken);
    }

    [HttpPost("contacts/new")]
    public async Task<IActionResult> Create(ContactForm form, [FromServices] IValidator<ContactForm> validator, CancellationToken cancellationToken)
    {
        form.Version = null;
        var links = await ValidateAsync(form, validator, cancellationToken);
        if (links is null)
        {
            return await EditViewAsync(form, null, cancellationToken);
        }

        var log = new ContactLog { OfficerId = Me, Purpose = "", CreatedUtc = clock.GetUtcNow().UtcDateTime };
        await ApplyAsync(form, links, log, cancellationToken);
        db.ContactLogs.Add(log);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Contact {ContactId} logged by {OfficerId}", log.Id, log.OfficerId);
        this.SetStatus($"Logged: {ContactKinds.Label(log.Kind)}{(log.FollowUp is null ? "" : ", with a follow-up")}.");
        return LocalRedirect("/liaison");
    }

    [HttpGet("contacts/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.AsNoTracking().Include(c => c.Officer).Include(c => c.Area).Include(c => c.Congregation).Include(c => c.Clergy)
            .Include(c => c.PartnerOrganization).Include(c => c.FollowUpOwner).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || !MayOpen(log))
        {
            return NotFound();
        }

        // Visit notes are staff-only and every view of them is audited.
        await audit.WriteAsync("Viewed", nameof(ContactLog), id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return View(new ContactDetailsViewModel(log, CentralTimeZone.Today(clock), MayOpen(log)));
    }

    [HttpGet("contacts/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.AsNoTracking().Include(c => c.Congregation).Include(c => c.Clergy).ThenInclude(c => c!.Congregation)
            .Include(c => c.PartnerOrganization).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || !MayOpen(log))
        {
            return NotFound();
        }

        await audit.WriteAsync("Viewed", nameof(ContactLog), id.ToString(CultureInfo.InvariantCulture), "edit form", cancellationToken: cancellationToken);
        return await EditViewAsync(FormFrom(log), id, cancellationToken);
    }

    [HttpPost("contacts/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, ContactForm form, [FromServices] IValidator<ContactForm> validator, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || !MayOpen(log))
        {
            return NotFound();
        }

        var links = await ValidateAsync(form, validator, cancellationToken);
        if (links is null)
        {
            return await EditViewAsync(form, id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != log.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }

        db.Entry(log).Property(c => c.Version).OriginalValue = version;
        await ApplyAsync(form, links, log, cancellationToken);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        this.SetStatus("Contact saved.");
        return LocalRedirect($"/liaison/contacts/{id}");
    }

    [HttpGet("followups")]
    public async Task<IActionResult> FollowUps(string? scope, bool closed = false, CancellationToken cancellationToken = default)
    {
        var unit = scope == "unit";
        var query = db.ContactLogs.Where(c => c.FollowUp != null);
        query = closed ? query.Where(c => c.FollowUpClosedUtc != null) : query.Where(c => c.FollowUpClosedUtc == null);
        if (!unit)
        {
            var me = Me;
            query = query.Where(c => c.FollowUpOwnerId == me);
        }

        var rows = await FollowUpRows(query.OrderBy(c => c.FollowUpDue == null).ThenBy(c => c.FollowUpDue)).Take(500).ToListAsync(cancellationToken);
        return View(new FollowUpsViewModel(rows, unit, closed, CentralTimeZone.Today(clock)));
    }

    [HttpPost("followups/{id:int}/close")]
    public async Task<IActionResult> CloseFollowUp(int id, CloseFollowUpForm form, [FromServices] IValidator<CloseFollowUpForm> validator, CancellationToken cancellationToken)
    {
        var log = await db.ContactLogs.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (log is null || log.FollowUp is null || !log.MayCloseFollowUp(Me, IsAdmin))
        {
            return NotFound();
        }

        if (log.FollowUpClosedUtc is not null)
        {
            this.SetStatus("That follow-up was already closed.");
            return LocalRedirect($"/liaison/contacts/{id}");
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            var full = await db.ContactLogs.AsNoTracking().Include(c => c.Officer).Include(c => c.Area).Include(c => c.Congregation).Include(c => c.Clergy)
                .Include(c => c.PartnerOrganization).Include(c => c.FollowUpOwner).FirstAsync(c => c.Id == id, cancellationToken);
            if (!MayOpen(full))
            {
                return NotFound();
            }

            await audit.WriteAsync("Viewed", nameof(ContactLog), id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
            return View("Details", new ContactDetailsViewModel(full, CentralTimeZone.Today(clock), true, form));
        }

        // The version the officer saw is required: without it we cannot know they closed the follow-up as it is now.
        if (!Guid.TryParse(form.Version, out var version) || version != log.Version)
        {
            return FollowUpChangedMeanwhile(log);
        }

        db.Entry(log).Property(c => c.Version).OriginalValue = version;
        log.FollowUpClosedUtc = clock.GetUtcNow().UtcDateTime;
        log.FollowUpOutcome = form.Outcome!.Trim();
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return FollowUpChangedMeanwhile(log);
        }

        this.SetStatus("Follow-up closed.");
        return LocalRedirect(MayOpen(log) ? $"/liaison/contacts/{id}" : "/liaison/followups");
    }

    private bool MayOpen(ContactLog log) => log.MayBeOpenedBy(Me, IsAdmin);

    private IActionResult FollowUpChangedMeanwhile(ContactLog log)
    {
        this.SetStatus(FollowUpChanged);
        return LocalRedirect(MayOpen(log) ? $"/liaison/contacts/{log.Id}" : "/liaison/followups");
    }

    public static IQueryable<ContactRow> ContactRows(IQueryable<ContactLog> query) => query.AsNoTracking()
        .Select(c => new ContactRow(c.Id, c.WhenUtc, c.Kind, c.Category, c.Officer!.FullName,
            c.Congregation != null ? c.Congregation.Name : c.PartnerOrganization != null ? c.PartnerOrganization.Name : null,
            c.Area != null ? c.Area.Name : null, c.Purpose, c.PositiveContacts, c.FollowUp, c.FollowUpDue, c.FollowUpClosedUtc));

    public static IQueryable<FollowUpRow> FollowUpRows(IQueryable<ContactLog> query) => query.AsNoTracking()
        .Select(c => new FollowUpRow(c.Id, c.FollowUp!, c.FollowUpDue, c.FollowUpOwner != null ? c.FollowUpOwner.FullName : c.Officer!.FullName, c.Officer!.FullName,
            c.WhenUtc, c.Kind, c.Congregation != null ? c.Congregation.Name : c.PartnerOrganization != null ? c.PartnerOrganization.Name : null,
            c.Area != null ? c.Area.Name : null, c.FollowUpClosedUtc, c.FollowUpOutcome, c.Version.ToString()));

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        var current = await db.ContactLogs.AsNoTracking().Include(c => c.Congregation).Include(c => c.Clergy).ThenInclude(c => c!.Congregation)
            .Include(c => c.PartnerOrganization).FirstAsync(c => c.Id == id, cancellationToken);
        ModelState.Clear();
        ModelState.AddModelError("", ChangedBySomeoneElse);
        return await EditViewAsync(FormFrom(current), id, cancellationToken);
    }

    private static ContactForm FormFrom(ContactLog log) => new()
    {
        Date = CentralTimeInput.DateInput(log.WhenUtc),
        Time = CentralTimeInput.TimeInput(log.WhenUtc),
        Kind = log.Kind,
        Category = log.Category,
        Congregation = log.Congregation?.Name,
        Clergy = log.Clergy is null ? null : ClergyLabel(log.Clergy.Name, log.Clergy.Congregation?.Name),
        Partner = log.PartnerOrganization?.Name,
        AreaId = log.AreaId,
        Purpose = log.Purpose,
        Notes = log.Notes,
        PositiveContacts = log.PositiveContacts,
        FollowUp = log.FollowUp,
        FollowUpOwnerId = log.FollowUpOwnerId,
        FollowUpDue = log.FollowUpDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ProblemId = log.ProblemId,
        Version = log.Version.ToString(),
    };

    public static string ClergyLabel(string name, string? congregation) => congregation is null ? name : $"{name} ({congregation})";

    private sealed record Links(int? CongregationId, int? CongregationAreaId, int? ClergyId, int? PartnerId, int? PartnerAreaId, string? OwnerId);

    /// <summary>Validates the form and resolves the typed names; null (with errors in ModelState) when something is wrong.</summary>
    private async Task<Links?> ValidateAsync(ContactForm form, IValidator<ContactForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return null;
        }

        int? congregationId = null, congregationArea = null, clergyId = null, partnerId = null, partnerArea = null;
        if (FormRules.Clean(form.Congregation) is { } congregationName)
        {
            var lower = congregationName.ToLowerInvariant();
            var match = await db.Congregations.AsNoTracking().Where(c => c.Name.ToLower() == lower).Select(c => new { c.Id, c.AreaId }).Take(2).ToListAsync(cancellationToken);
            if (match.Count != 1)
            {
                ModelState.AddModelError(nameof(ContactForm.Congregation), match.Count == 0
                    ? $"No congregation called “{congregationName}” is in the directory. Choose one from the suggestions, or add it to the directory first."
                    : $"More than one congregation is called “{congregationName}”. Log it from the congregation's page instead.");
            }
            else
            {
                congregationId = match[0].Id;
                congregationArea = match[0].AreaId;
            }
        }

        if (FormRules.Clean(form.Clergy) is { } clergyName)
        {
            var clergy = await db.Clergy.AsNoTracking().Select(c => new { c.Id, c.Name, Congregation = c.Congregation!.Name, c.CongregationId }).ToListAsync(cancellationToken);
            var match = clergy.Where(c => string.Equals(ClergyLabel(c.Name, c.Congregation), clergyName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                match = clergy.Where(c => string.Equals(c.Name, clergyName, StringComparison.OrdinalIgnoreCase) && (congregationId is null || c.CongregationId == congregationId)).ToList();
            }

            if (match.Count != 1)
            {
                ModelState.AddModelError(nameof(ContactForm.Clergy), match.Count == 0
                    ? $"No clergy contact called “{clergyName}” is in the directory. Choose one from the suggestions."
                    : $"More than one clergy contact is called “{clergyName}”. Choose the one with the congregation's name.");
            }
            else
            {
                clergyId = match[0].Id;
                if (congregationId is null)
                {
                    congregationId = match[0].CongregationId;
                    congregationArea = await db.Congregations.Where(c => c.Id == congregationId).Select(c => c.AreaId).FirstOrDefaultAsync(cancellationToken);
                }
            }
        }

        if (FormRules.Clean(form.Partner) is { } partnerName)
        {
            var lower = partnerName.ToLowerInvariant();
            var match = await db.PartnerOrganizations.AsNoTracking().Where(p => p.Name.ToLower() == lower)
                .Select(p => new { p.Id, Area = p.AreasServed.OrderBy(a => a.AreaId).Select(a => (int?)a.AreaId).FirstOrDefault() }).Take(2).ToListAsync(cancellationToken);
            if (match.Count != 1)
            {
                ModelState.AddModelError(nameof(ContactForm.Partner), match.Count == 0
                    ? $"No partner called “{partnerName}” is in the directory. Choose one from the suggestions, or add it to the directory first."
                    : $"More than one partner is called “{partnerName}”. Log it from the partner's page instead.");
            }
            else
            {
                partnerId = match[0].Id;
                partnerArea = match[0].Area;
            }
        }

        if (form.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(ContactForm.AreaId), "Choose an area from the list.");
        }

        if (form.ProblemId is { } problemId && !await db.Problems.AnyAsync(p => p.Id == problemId, cancellationToken))
        {
            ModelState.AddModelError(nameof(ContactForm.ProblemId), "Choose a problem from the list.");
        }

        string? owner = null;
        if (FormRules.Clean(form.FollowUp) is not null)
        {
            owner = string.IsNullOrEmpty(form.FollowUpOwnerId) ? Me : form.FollowUpOwnerId;
            if (owner != Me && !await Officers.Query(db).AnyAsync(u => u.Id == owner, cancellationToken))
            {
                ModelState.AddModelError(nameof(ContactForm.FollowUpOwnerId), "Choose the follow-up's owner from the list of officers.");
            }
        }

        return ModelState.IsValid ? new Links(congregationId, congregationArea, clergyId, partnerId, partnerArea, owner) : null;
    }

    private async Task ApplyAsync(ContactForm form, Links links, ContactLog log, CancellationToken cancellationToken)
    {
        var when = form.WhenUtc()!.Value;
        log.WhenUtc = when;
        log.Kind = form.Kind!.Value;
        log.Category = form.Category;
        log.CongregationId = links.CongregationId;
        log.ClergyId = links.ClergyId;
        log.PartnerOrganizationId = links.PartnerId;
        log.Purpose = form.Purpose!.Trim();
        log.Notes = FormRules.Clean(form.Notes);
        log.PositiveContacts = form.PositiveContacts ?? 0;
        log.ProblemId = form.ProblemId;
        log.SetFollowUp(FormRules.Clean(form.FollowUp), links.OwnerId, CentralTimeInput.TryParseDate(form.FollowUpDue, out var due) ? due : null);
        var day = ContactLogRules.VisitDay(when);
        var officersArea = (form.AreaId ?? links.CongregationAreaId ?? links.PartnerAreaId) is not null ? null : await db.LiaisonAssignments
            .Where(a => a.OfficerId == log.OfficerId).Where(LiaisonAssignment.CurrentOn(day))
            .OrderBy(a => a.StartDate).Select(a => (int?)a.AreaId).FirstOrDefaultAsync(cancellationToken);
        log.AreaId = ContactLogRules.AreaOf(form.AreaId, links.CongregationAreaId, links.PartnerAreaId, officersArea);
    }

    private async Task<IActionResult> EditViewAsync(ContactForm form, int? id, CancellationToken cancellationToken)
    {
        var congregations = await db.Congregations.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Name).Take(2000).ToListAsync(cancellationToken);
        var clergy = await db.Clergy.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Name, Congregation = c.Congregation!.Name }).Take(2000).ToListAsync(cancellationToken);
        var partners = await db.PartnerOrganizations.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).Select(p => p.Name).Take(2000).ToListAsync(cancellationToken);
        var officers = await Officers.ItemsAsync(db, cancellationToken);
        if (!officers.Any(o => o.Value == Me))
        {
            officers.Insert(0, new SelectListItem("Me", Me));
        }

        var problems = await db.Problems.AsNoTracking().Where(p => p.Stage != Domain.Problems.ProblemStage.Closed || p.Id == form.ProblemId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        return View("Edit", new ContactEditViewModel(id, form, congregations, clergy.Select(c => ClergyLabel(c.Name, c.Congregation)).ToList(), partners,
            await Officers.AreaItemsAsync(db, cancellationToken), officers, problems));
    }
}

public sealed record MyAreaRow(int AreaId, string Name, bool IsFocusArea, int WeeklyHours, DateOnly Since);

public sealed record MyEventRow(int Id, string Title, DateTime StartUtc, DateTime EndUtc, string Area);

public sealed record ContactRow(int Id, DateTime WhenUtc, ContactKind Kind, ContactCategory Category, string Officer, string? With, string? Area, string Purpose,
    int PositiveContacts, string? FollowUp, DateOnly? FollowUpDue, DateTime? FollowUpClosedUtc);

public sealed record FollowUpRow(int ContactId, string What, DateOnly? Due, string Owner, string Officer, DateTime VisitUtc, ContactKind Kind, string? With, string? Area,
    DateTime? ClosedUtc, string? Outcome, string Version)
{
    public bool IsOverdue(DateOnly today) => ClosedUtc is null && Due is { } d && d < today;
}

public sealed record LiaisonHomeViewModel(IReadOnlyList<MyAreaRow> Areas, IReadOnlyList<FollowUpRow> FollowUps, IReadOnlyList<ContactRow> Recent, IReadOnlyList<MyEventRow> Events, DateOnly Today);

public sealed record ContactsViewModel(IReadOnlyList<ContactRow> Rows, bool Everyone, DateOnly Today);

public sealed record FollowUpsViewModel(IReadOnlyList<FollowUpRow> Rows, bool Unit, bool Closed, DateOnly Today);

public sealed record ContactDetailsViewModel(ContactLog Log, DateOnly Today, bool CanEdit, CloseFollowUpForm? Close = null);

public sealed record ContactEditViewModel(int? Id, ContactForm Form, IReadOnlyList<string> Congregations, IReadOnlyList<string> Clergy, IReadOnlyList<string> Partners,
    IReadOnlyList<SelectListItem> Areas, IReadOnlyList<SelectListItem> Owners, IReadOnlyList<SelectListItem> Problems);
