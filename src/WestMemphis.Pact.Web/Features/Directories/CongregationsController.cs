using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Contacts;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>/manage/congregations: houses of worship, their clergy (staff-only) and security assessments.</summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/congregations")]
public sealed class CongregationsController(AppDbContext db, IAreaLocator locator, TimeProvider clock, UserManager<ApplicationUser> users) : Controller
{
    private const string ChangedBySomeoneElse = "This congregation was changed by someone else while you were editing. The saved version is shown; make your change again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? area, CancellationToken cancellationToken)
    {
        var rows = await Query(q, area).Take(500).ToListAsync(cancellationToken);
        return View(new CongregationsViewModel(rows, q, area, await Officers.AreaItemsAsync(db, cancellationToken)));
    }

    [HttpGet("/manage/congregations.csv")]
    public async Task<IActionResult> Csv(string? q, int? area, CancellationToken cancellationToken)
    {
        var rows = await db.Congregations.AsNoTracking().OrderBy(c => c.Name).Take(100_000)
            .Select(c => new { c.Name, c.Denomination, c.Address, Area = c.Area != null ? c.Area.Name : null, c.Phone, c.Website, Clergy = c.Clergy.Count })
            .ToListAsync(cancellationToken);
        return CsvExport.File("congregations.csv", ["Name", "Denomination", "Address", "Area", "Phone", "Website", "Clergy contacts"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.Denomination, r.Address, r.Area, r.Phone, r.Website, r.Clergy.ToString(CultureInfo.InvariantCulture)]));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => await EditViewAsync(new CongregationForm(), null, cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(CongregationForm form, [FromServices] IValidator<CongregationForm> validator, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid) || !await AreaExistsAsync(form.AreaId, cancellationToken))
        {
            return await EditViewAsync(form, null, cancellationToken);
        }

        var c = new Congregation { Name = "", Address = "" };
        var placed = await ApplyAsync(form, c, cancellationToken);
        db.Congregations.Add(c);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Congregation saved. " + placed);
        return LocalRedirect($"/manage/congregations/{c.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        var c = await db.Congregations.AsNoTracking().Include(x => x.Area).Include(x => x.Clergy.OrderBy(k => k.Name))
            .Include(x => x.Assessments.OrderByDescending(a => a.Date)).ThenInclude(a => a.Officer).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
        {
            return NotFound();
        }

        var history = await LiaisonController.ContactRows(db.ContactLogs.Where(l => l.CongregationId == id).OrderByDescending(l => l.WhenUtc)).Take(200).ToListAsync(cancellationToken);
        // Staff-only notes and clergy contacts: every view is audited.
        await audit.WriteAsync("Viewed", nameof(Congregation), id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return View(new CongregationDetailsViewModel(c, history, new ClergyForm()));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var c = await db.Congregations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return c is null ? NotFound() : await EditViewAsync(CongregationForm.From(c), id, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CongregationForm form, [FromServices] IValidator<CongregationForm> validator, CancellationToken cancellationToken)
    {
        var c = await db.Congregations.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid) || !await AreaExistsAsync(form.AreaId, cancellationToken))
        {
            return await EditViewAsync(form, id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != c.Version)
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return await EditViewAsync(CongregationForm.From(c), id, cancellationToken);
        }

        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        var placed = await ApplyAsync(form, c, cancellationToken);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return await EditViewAsync(CongregationForm.From(await db.Congregations.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken)), id, cancellationToken);
        }

        this.SetStatus("Congregation saved. " + placed);
        return LocalRedirect($"/manage/congregations/{id}");
    }

    [HttpPost("{id:int}/clergy")]
    public async Task<IActionResult> AddClergy(int id, ClergyForm form, [FromServices] IValidator<ClergyForm> validator, CancellationToken cancellationToken)
    {
        if (!await db.Congregations.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            var c = await db.Congregations.AsNoTracking().Include(x => x.Area).Include(x => x.Clergy.OrderBy(k => k.Name))
                .Include(x => x.Assessments.OrderByDescending(a => a.Date)).ThenInclude(a => a.Officer).FirstAsync(x => x.Id == id, cancellationToken);
            var history = await LiaisonController.ContactRows(db.ContactLogs.Where(l => l.CongregationId == id).OrderByDescending(l => l.WhenUtc)).Take(200).ToListAsync(cancellationToken);
            return View("Details", new CongregationDetailsViewModel(c, history, form));
        }

        db.Clergy.Add(new Clergy
        {
            CongregationId = id,
            Name = form.Name!.Trim(),
            Title = FormRules.Clean(form.Title),
            Phone = FormRules.Clean(form.Phone),
            Email = FormRules.Clean(form.Email),
            PreferredContact = form.PreferredContact,
        });
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Clergy contact added.");
        return LocalRedirect($"/manage/congregations/{id}#clergy");
    }

    [HttpGet("{id:int}/assessments/new")]
    public async Task<IActionResult> Assess(int id, CancellationToken cancellationToken)
    {
        var name = await db.Congregations.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        return View(new AssessCongregationViewModel(name, new AssessmentForm { Date = CentralTimeZone.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
    }

    [HttpPost("{id:int}/assessments/new")]
    public async Task<IActionResult> Assess(int id, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        var name = await db.Congregations.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return View(new AssessCongregationViewModel(name, form));
        }

        CentralTimeInput.TryParseDate(form.Date, out var date);
        db.SecurityAssessments.Add(new SecurityAssessment
        {
            CongregationId = id,
            Date = date,
            OfficerId = users.GetUserId(User)!,
            Attendance = form.Attendance,
            YouthPrograms = form.YouthPrograms,
            Daycare = form.Daycare,
            Cameras = form.Cameras,
            Alarm = form.Alarm,
            AccessControl = form.AccessControl,
            SecurityTeam = form.SecurityTeam,
            Recommendations = FormRules.Clean(form.Recommendations),
            FollowUpDate = CentralTimeInput.TryParseDate(form.FollowUpDate, out var f) ? f : null,
        });
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Security assessment saved.");
        return LocalRedirect($"/manage/congregations/{id}#assessments");
    }

    private IQueryable<CongregationRow> Query(string? q, int? area)
    {
        var query = db.Congregations.AsNoTracking();
        if (FormRules.Clean(q) is { Length: <= 100 } term)
        {
            query = query.Where(c => c.Name.Contains(term) || c.Address.Contains(term) || (c.Denomination != null && c.Denomination.Contains(term)));
        }

        if (area is not null)
        {
            query = query.Where(c => c.AreaId == area);
        }

        return query.OrderBy(c => c.Name).Select(c => new CongregationRow(c.Id, c.Name, c.Denomination, c.Address, c.Area != null ? c.Area.Name : null, c.Phone,
            db.ContactLogs.Where(l => l.CongregationId == c.Id).Max(l => (DateTime?)l.WhenUtc)));
    }

    private async Task<bool> AreaExistsAsync(int? areaId, CancellationToken cancellationToken)
    {
        if (areaId is { } id && !await db.Areas.AnyAsync(a => a.Id == id, cancellationToken))
        {
            ModelState.AddModelError(nameof(CongregationForm.AreaId), "Choose an area from the list.");
            return false;
        }

        return true;
    }

    /// <summary>Applies the form; the area comes from the address unless staff chose one. Returns a note on how it was placed.</summary>
    private async Task<string> ApplyAsync(CongregationForm form, Congregation c, CancellationToken cancellationToken)
    {
        c.Name = form.Name!.Trim();
        c.Denomination = FormRules.Clean(form.Denomination);
        c.Address = form.Address!.Trim();
        c.Phone = FormRules.Clean(form.Phone);
        c.Website = FormRules.Clean(form.Website);
        c.Notes = FormRules.Clean(form.Notes);
        if (form.AreaId is not null)
        {
            c.AreaId = form.AreaId;
            return "";
        }

        var location = await locator.LocateAsync(c.Address, cancellationToken);
        c.AreaId = location.AreaId;
        return location.AreaId is null ? "Its address is not in any area's streets; choose its area on the edit page if you know it." : "Its area was filled from the address.";
    }

    private async Task<IActionResult> EditViewAsync(CongregationForm form, int? id, CancellationToken cancellationToken) =>
        View("Edit", new CongregationEditViewModel(id, form, await Officers.AreaItemsAsync(db, cancellationToken)));
}

public sealed record CongregationRow(int Id, string Name, string? Denomination, string Address, string? Area, string? Phone, DateTime? LastVisitUtc);

public sealed record CongregationsViewModel(IReadOnlyList<CongregationRow> Rows, string? Q, int? Area, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas);

public sealed record CongregationDetailsViewModel(Congregation Congregation, IReadOnlyList<ContactRow> History, ClergyForm ClergyForm);

public sealed record AssessCongregationViewModel(string Congregation, AssessmentForm Form);

public sealed record CongregationEditViewModel(int? Id, CongregationForm Form, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas);
