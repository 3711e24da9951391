using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>
/// Problem-solving projects (SARA). Officers and admins work them; the coordinator may read them (concerns she
/// triages are linked to them). Every change carries the problem's version, so a stale form is refused.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("problems")]
public sealed class ProblemsController(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<ProblemsController> logger) : Controller
{
    public const string ChangedBySomeoneElse = "This problem was changed by someone else while you were working on it. The saved version is shown; make your change again.";

    private bool CanEdit => User.IsInRole(Roles.Officer) || User.IsInRole(Roles.Admin);

    [HttpGet("")]
    public async Task<IActionResult> Index(ProblemStage? stage, int? area, string? owner, CancellationToken cancellationToken)
    {
        var query = db.Problems.AsNoTracking();
        if (stage is not null && Enum.IsDefined(stage.Value))
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (area is not null)
        {
            query = query.Where(p => p.AreaId == area);
        }

        if (owner is { Length: > 0 and <= 450 })
        {
            query = query.Where(p => p.OwnerId == owner);
        }

        var rows = await query.OrderBy(p => p.Stage).ThenByDescending(p => p.OpenedUtc).Take(500)
            .Select(p => new ProblemRow(p.Id, p.Title, p.Stage, p.Area != null ? p.Area.Name : null, p.Owner != null ? p.Owner.FullName : "", p.OpenedUtc,
                p.Concerns.Count, p.ActionItems.Count(a => a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress), p.Effective))
            .ToListAsync(cancellationToken);
        return View(new ProblemListViewModel(rows, stage, area, owner, await db.AreaSelectListAsync(cancellationToken), await Officers.ItemsAsync(db, cancellationToken), CanEdit));
    }

    [HttpGet("new"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        await EditViewAsync(null, new ProblemForm { OwnerId = users.GetUserId(User) }, cancellationToken);

    [HttpPost("new"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> New(ProblemForm form, [FromServices] IValidator<ProblemForm> validator, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form, validator, cancellationToken))
        {
            return await EditViewAsync(null, form, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var problem = new Problem { Title = "", OwnerId = "", Stage = ProblemStage.Scanning, OpenedUtc = now };
        Apply(form, problem, now);
        ApplyOffenseCodes(form, problem);
        db.Problems.Add(problem);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Problem {ProblemId} opened", problem.Id);
        this.SetStatus("Problem opened. Scanning: describe it, link the concerns that show it, then move on to analysis.");
        return Redirect($"/problems/{problem.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await DetailsViewAsync(id, cancellationToken) ?? NotFound();

    [HttpGet("{id:int}/edit"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var p = await db.Problems.AsNoTracking().Include(p => p.OffenseCodes).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return p is null ? NotFound() : await EditViewAsync(id, FormFrom(p), cancellationToken);
    }

    [HttpPost("{id:int}/edit"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Edit(int id, ProblemForm form, [FromServices] IValidator<ProblemForm> validator, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.Include(p => p.OffenseCodes).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (problem is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form, validator, cancellationToken))
        {
            return await EditViewAsync(id, form, cancellationToken);
        }

        if (!Expect(problem, form.Version))
        {
            return await EditConflictAsync(id, cancellationToken);
        }

        Apply(form, problem, clock.GetUtcNow().UtcDateTime);
        ApplyOffenseCodes(form, problem);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await EditConflictAsync(id, cancellationToken);
        }

        this.SetStatus("Problem saved.");
        return Redirect($"/problems/{id}");
    }

    [HttpPost("{id:int}/stage"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Stage(int id, ProblemStageForm form, [FromServices] IValidator<ProblemStageForm> validator, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (problem is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        if (!ProblemRules.CanMove(problem.Stage, form.Stage!.Value))
        {
            ModelState.AddModelError(nameof(form.Stage), "Move one stage forward at a time (or back, or to closed).");
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        if (!Expect(problem, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        ProblemRules.Move(problem, form.Stage.Value, clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(problem, $"Stage: {ProblemRules.Label(problem.Stage)}.", cancellationToken);
    }

    [HttpPost("{id:int}/actions"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> AddAction(int id, ActionItemForm form, [FromServices] IValidator<ActionItemForm> validator, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (problem is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ProblemActionItems.Add(new ProblemActionItem
        {
            ProblemId = id,
            What = form.What!.Trim(),
            Owner = form.Owner!.Trim(),
            Due = CentralTimeInput.TryParseDate(form.Due, out var due) ? due : null,
            Status = ActionItemStatus.Open,
            CreatedUtc = now,
        });
        problem.UpdatedUtc = now;
        return await SaveAsync(problem, "Action item added.", cancellationToken);
    }

    [HttpPost("{id:int}/actions/{itemId:int}"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> UpdateAction(int id, int itemId, ActionItemStatusForm form, [FromServices] IValidator<ActionItemStatusForm> validator, CancellationToken cancellationToken)
    {
        var item = await db.ProblemActionItems.FirstOrDefaultAsync(a => a.Id == itemId && a.ProblemId == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        if (!Guid.TryParse(form.Version, out var expected) || expected != item.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }

        db.Entry(item).Property(a => a.Version).OriginalValue = expected;
        var now = clock.GetUtcNow().UtcDateTime;
        item.Status = form.Status!.Value;
        item.Outcome = FormRules.Clean(form.Outcome);
        item.CompletedUtc = item.Status is ActionItemStatus.Done or ActionItemStatus.Dropped ? item.CompletedUtc ?? now : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, cancellationToken);
        }

        this.SetStatus("Action item updated.");
        return Redirect($"/problems/{id}");
    }

    [HttpPost("{id:int}/links"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Link(int id, LinkForm form, [FromServices] IValidator<LinkForm> validator, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.Include(p => p.Partners).Include(p => p.Congregations).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (problem is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        var linked = new List<string>();
        var audited = new List<string>();
        if (FormRules.Clean(form.ReferenceCode) is { } code)
        {
            var normalized = ConcernRules.NormalizeCode(code);
            var concern = await db.Concerns.FirstOrDefaultAsync(c => c.ReferenceCode == normalized, cancellationToken);
            if (concern is null)
            {
                ModelState.AddModelError(nameof(form.ReferenceCode), "No concern has that reference code.");
                return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
            }

            concern.ProblemId = id;
            concern.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            linked.Add("concern " + concern.ReferenceCode);
            audited.Add($"concern {concern.Id}");
        }

        if (form.PartnerId is { } partnerId)
        {
            if (!await db.PartnerOrganizations.AnyAsync(p => p.Id == partnerId, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.PartnerId), "Choose a partner from the list.");
                return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
            }

            if (problem.Partners.All(p => p.PartnerOrganizationId != partnerId))
            {
                problem.Partners.Add(new ProblemPartner { PartnerOrganizationId = partnerId });
            }

            linked.Add("partner");
            audited.Add($"partner {partnerId}");
        }

        if (form.CongregationId is { } congregationId)
        {
            if (!await db.Congregations.AnyAsync(c => c.Id == congregationId, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.CongregationId), "Choose a congregation from the list.");
                return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
            }

            if (problem.Congregations.All(c => c.CongregationId != congregationId))
            {
                problem.Congregations.Add(new ProblemCongregation { CongregationId = congregationId });
            }

            linked.Add("congregation");
            audited.Add($"congregation {congregationId}");
        }

        if (linked.Count == 0)
        {
            ModelState.AddModelError(nameof(form.ReferenceCode), "Give a concern's reference code, or choose a partner or congregation.");
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        problem.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add("Linked", nameof(Problem), id.ToString(CultureInfo.InvariantCulture), string.Join(", ", audited));
        return await SaveAsync(problem, "Linked: " + string.Join(", ", linked) + ".", cancellationToken);
    }

    /// <summary>Removes one link. The form carries the problem's version: a page older than the last change (another unlink included) is refused.</summary>
    [HttpPost("{id:int}/links/remove"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Unlink(int id, UnlinkForm form, [FromServices] IValidator<UnlinkForm> validator, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (problem is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        if (!Expect(problem, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        var recordId = form.RecordId!.Value;
        string? unlinked = null;
        switch (form.Kind!.Value)
        {
            case LinkKind.Concern:
                if (await db.Concerns.FirstOrDefaultAsync(c => c.Id == recordId && c.ProblemId == id, cancellationToken) is { } concern)
                {
                    concern.ProblemId = null;
                    concern.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
                    unlinked = "concern " + concern.ReferenceCode;
                }

                break;
            case LinkKind.Partner:
                if (await db.ProblemPartners.FirstOrDefaultAsync(x => x.ProblemId == id && x.PartnerOrganizationId == recordId, cancellationToken) is { } partner)
                {
                    db.ProblemPartners.Remove(partner);
                    unlinked = "partner";
                }

                break;
            case LinkKind.Congregation:
                if (await db.ProblemCongregations.FirstOrDefaultAsync(x => x.ProblemId == id && x.CongregationId == recordId, cancellationToken) is { } congregation)
                {
                    db.ProblemCongregations.Remove(congregation);
                    unlinked = "congregation";
                }

                break;
        }

        if (unlinked is null)
        {
            // Same version but no such link: the id was never linked (a tampered form); nothing changes.
            ModelState.AddModelError(nameof(form.RecordId), "That is not linked to this problem.");
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        problem.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add("Unlinked", nameof(Problem), id.ToString(CultureInfo.InvariantCulture), $"{form.Kind.Value.ToString().ToLowerInvariant()} {recordId}");
        logger.LogInformation("Problem {ProblemId}: unlinked {LinkKind} {RecordId}", id, form.Kind, recordId);
        return await SaveAsync(problem, $"Unlinked: {unlinked}.", cancellationToken);
    }

    /// <summary>Records the assessment, counting concerns in the problem's area over the "after" period and an equal period before it.</summary>
    [HttpPost("{id:int}/assessment"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Assess(int id, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (problem is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
        }

        if (!Expect(problem, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        CentralTimeInput.TryParseDate(form.AfterStart, out var afterStart);
        CentralTimeInput.TryParseDate(form.AfterEnd, out var afterEnd);
        var (beforeStart, beforeEnd) = ProblemRules.EqualPeriodBefore(afterStart, afterEnd);
        problem.ResponseCarriedOut = form.ResponseCarriedOut;
        problem.Effective = form.Effective;
        problem.BeforeStart = beforeStart;
        problem.BeforeEnd = beforeEnd;
        problem.AfterStart = afterStart;
        problem.AfterEnd = afterEnd;
        problem.ConcernsBefore = await CountConcernsAsync(problem.AreaId, beforeStart, beforeEnd, cancellationToken);
        problem.ConcernsAfter = await CountConcernsAsync(problem.AreaId, afterStart, afterEnd, cancellationToken);
        var codes = await db.ProblemOffenseCodes.Where(x => x.ProblemId == id).Select(x => x.NibrsCode).ToListAsync(cancellationToken);
        problem.IncidentsBefore = codes.Count == 0 ? null : await CountOffensesAsync(problem.AreaId, codes, beforeStart, beforeEnd, cancellationToken);
        problem.IncidentsAfter = codes.Count == 0 ? null : await CountOffensesAsync(problem.AreaId, codes, afterStart, afterEnd, cancellationToken);
        problem.AssessmentNotes = FormRules.Clean(form.Notes);
        problem.AssessedUtc = clock.GetUtcNow().UtcDateTime;
        problem.UpdatedUtc = problem.AssessedUtc.Value;
        var offenses = problem.IncidentsBefore is null ? "" : $"; {problem.IncidentsBefore} offenses of the problem's types before, {problem.IncidentsAfter} after";
        return await SaveAsync(problem, $"Assessment saved: {problem.ConcernsBefore} concerns before, {problem.ConcernsAfter} after{offenses}.", cancellationToken);
    }

    /// <summary>From midnight of the first day to midnight after the last day, Central time, as UTC.</summary>
    private static (DateTime From, DateTime Until) PeriodUtc(DateOnly first, DateOnly last) => (
        CentralTimeInput.ToUtc(first, TimeOnly.MinValue) ?? first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        CentralTimeInput.ToUtc(last.AddDays(1), TimeOnly.MinValue) ?? last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    private async Task<int> CountConcernsAsync(int? areaId, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var (from, until) = PeriodUtc(first, last);
        return await db.Concerns.CountAsync(c => (areaId == null || c.AreaId == areaId) && c.CreatedUtc >= from && c.CreatedUtc < until, cancellationToken);
    }

    /// <summary>Offenses (not incidents: an incident with two offenses of the types counts twice) of the given NIBRS codes in the area, by when they occurred.</summary>
    private async Task<int> CountOffensesAsync(int? areaId, List<string> codes, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var (from, until) = PeriodUtc(first, last);
        return await db.IncidentOffenses.CountAsync(o => (areaId == null || o.AreaId == areaId) && o.NibrsCode != null && codes.Contains(o.NibrsCode)
            && o.OccurredAtUtc >= from && o.OccurredAtUtc < until, cancellationToken);
    }

    private async Task<bool> ValidateAsync(ProblemForm form, IValidator<ProblemForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            valid = false;
        }

        if (valid)
        {
            form.OffenseCodes = NormalizeCodes(form.OffenseCodes);
            var known = await db.NibrsOffenseCodes.Where(c => form.OffenseCodes.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
            var unknown = form.OffenseCodes.Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                ModelState.AddModelError(nameof(form.OffenseCodes),
                    $"{(unknown.Count == 1 ? "There is no NIBRS offense code" : "There are no NIBRS offense codes")} {string.Join(", ", unknown.Take(5))}. Choose offense types from the list.");
                form.OffenseCodes = known;
                valid = false;
            }
        }

        var owner = FormRules.Clean(form.OwnerId) ?? users.GetUserId(User);
        if (valid && owner != users.GetUserId(User) && !await Officers.Query(db).AnyAsync(u => u.Id == owner, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OwnerId), "Choose the owner from the list of officers.");
            valid = false;
        }

        return valid;
    }

    private void Apply(ProblemForm form, Problem problem, DateTime now)
    {
        problem.Title = form.Title!.Trim();
        problem.Summary = FormRules.Clean(form.Summary);
        problem.AreaId = form.AreaId;
        problem.Location = FormRules.Clean(form.Location);
        problem.OwnerId = FormRules.Clean(form.OwnerId) ?? users.GetUserId(User)!;
        problem.Offender = FormRules.Clean(form.Offender);
        problem.OffenderHandler = FormRules.Clean(form.OffenderHandler);
        problem.VictimOrTarget = FormRules.Clean(form.VictimOrTarget);
        problem.VictimGuardian = FormRules.Clean(form.VictimGuardian);
        problem.Place = FormRules.Clean(form.Place);
        problem.PlaceManager = FormRules.Clean(form.PlaceManager);
        problem.AnalysisNotes = FormRules.Clean(form.AnalysisNotes);
        problem.ResponsePlan = FormRules.Clean(form.ResponsePlan);
        problem.UpdatedUtc = now;
    }

    private static List<string> NormalizeCodes(IEnumerable<string?> codes) =>
        codes.Select(c => c?.Trim().ToUpperInvariant()).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Makes the problem's offense types exactly the (validated) codes of the form.</summary>
    private static void ApplyOffenseCodes(ProblemForm form, Problem problem)
    {
        var wanted = NormalizeCodes(form.OffenseCodes);
        problem.OffenseCodes.RemoveAll(c => !wanted.Contains(c.NibrsCode, StringComparer.Ordinal));
        foreach (var code in wanted.Where(code => problem.OffenseCodes.All(c => c.NibrsCode != code)))
        {
            problem.OffenseCodes.Add(new ProblemOffenseCode { NibrsCode = code });
        }
    }

    private async Task<IReadOnlyList<OffenseChoice>> OffenseChoicesAsync(CancellationToken cancellationToken) =>
        await db.NibrsOffenseCodes.AsNoTracking().OrderBy(c => c.CrimesAgainst).ThenBy(c => c.Code)
            .Select(c => new OffenseChoice(c.Code, c.Name, c.CrimesAgainst)).ToListAsync(cancellationToken);

    private static ProblemForm FormFrom(Problem p) => new()
    {
        Title = p.Title,
        Summary = p.Summary,
        AreaId = p.AreaId,
        Location = p.Location,
        OwnerId = p.OwnerId,
        OffenseCodes = p.OffenseCodes.Select(c => c.NibrsCode).Order(StringComparer.Ordinal).ToList(),
        Offender = p.Offender,
        OffenderHandler = p.OffenderHandler,
        VictimOrTarget = p.VictimOrTarget,
        VictimGuardian = p.VictimGuardian,
        Place = p.Place,
        PlaceManager = p.PlaceManager,
        AnalysisNotes = p.AnalysisNotes,
        ResponsePlan = p.ResponsePlan,
        Version = p.Version.ToString(),
    };

    private bool Expect(Problem problem, string? version)
    {
        if (!Guid.TryParse(version, out var expected))
        {
            return false;
        }

        db.Entry(problem).Property(p => p.Version).OriginalValue = expected;
        return expected == problem.Version;
    }

    private async Task<IActionResult> SaveAsync(Problem problem, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(problem.Id, cancellationToken);
        }

        logger.LogInformation("Problem {ProblemId} updated: stage {Stage}", problem.Id, problem.Stage);
        this.SetStatus(message);
        return Redirect($"/problems/{problem.Id}");
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.Clear();
        ModelState.AddModelError("", ChangedBySomeoneElse);
        return await DetailsViewAsync(id, cancellationToken) ?? NotFound();
    }

    private async Task<IActionResult> EditConflictAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.Problems.AsNoTracking().Include(p => p.OffenseCodes).FirstAsync(p => p.Id == id, cancellationToken);
        ModelState.Clear();
        ModelState.AddModelError("", ChangedBySomeoneElse);
        return await EditViewAsync(id, FormFrom(current), cancellationToken);
    }

    private async Task<IActionResult> EditViewAsync(int? id, ProblemForm form, CancellationToken cancellationToken) =>
        View("Edit", new ProblemEditViewModel(id, form, await db.AreaSelectListAsync(cancellationToken), await Officers.ItemsAsync(db, cancellationToken),
            await OffenseChoicesAsync(cancellationToken)));

    private async Task<IActionResult?> DetailsViewAsync(int id, CancellationToken cancellationToken)
    {
        var p = await db.Problems.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var area = p.AreaId is null ? null : await db.Areas.Where(a => a.Id == p.AreaId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        var owner = await db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.FullName == "" ? u.Email : u.FullName).FirstOrDefaultAsync(cancellationToken) ?? "";
        var actions = await db.ProblemActionItems.AsNoTracking().Where(a => a.ProblemId == id).OrderBy(a => a.Id)
            .Select(a => new ActionItemRow(a.Id, a.What, a.Owner, a.Due, a.Status, a.Outcome, a.Version.ToString())).ToListAsync(cancellationToken);
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.ProblemId == id).OrderBy(c => c.CreatedUtc)
            .Select(c => new LinkedConcern(c.Id, c.ReferenceCode, c.Category, c.Status, c.CreatedUtc)).ToListAsync(cancellationToken);
        var partners = await db.ProblemPartners.AsNoTracking().Where(x => x.ProblemId == id).OrderBy(x => x.PartnerOrganization!.Name)
            .Select(x => new LinkedRecord(x.PartnerOrganizationId, x.PartnerOrganization!.Name)).ToListAsync(cancellationToken);
        var congregations = await db.ProblemCongregations.AsNoTracking().Where(x => x.ProblemId == id).OrderBy(x => x.Congregation!.Name)
            .Select(x => new LinkedRecord(x.CongregationId, x.Congregation!.Name)).ToListAsync(cancellationToken);
        var offenses = await db.ProblemOffenseCodes.AsNoTracking().Where(x => x.ProblemId == id).OrderBy(x => x.NibrsCode)
            .Select(x => new OffenseChoice(x.NibrsCode, x.NibrsOffense!.Name, x.NibrsOffense.CrimesAgainst)).ToListAsync(cancellationToken);
        var partnerChoices = await db.PartnerOrganizations.AsNoTracking().Where(x => x.IsActive).OrderBy(x => x.Name).Take(500)
            .Select(x => new SelectListItem(x.Name, x.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        var congregationChoices = await db.Congregations.AsNoTracking().OrderBy(x => x.Name).Take(500)
            .Select(x => new SelectListItem(x.Name, x.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(CentralTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        return View("Details", new ProblemDetailsViewModel(p, area, owner, actions, concerns, partners, congregations, partnerChoices, congregationChoices, CanEdit, today, offenses));
    }
}
