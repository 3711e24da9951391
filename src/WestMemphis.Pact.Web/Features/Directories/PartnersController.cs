using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Contacts;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>/manage/partners: partner organizations (PJA, help groups, businesses, associations…).</summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/partners")]
public sealed class PartnersController(AppDbContext db) : Controller
{
    private const string ChangedBySomeoneElse = "This partner was changed by someone else while you were editing. The saved version is shown; make your change again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, PartnerKind? kind, bool inactive = false, CancellationToken cancellationToken = default)
    {
        var query = db.PartnerOrganizations.AsNoTracking();
        if (FormRules.Clean(q) is { Length: <= 100 } term)
        {
            query = query.Where(p => p.Name.Contains(term) || (p.Services != null && p.Services.Contains(term)));
        }

        if (kind is { } k && Enum.IsDefined(k))
        {
            query = query.Where(p => p.Kind == k);
        }

        if (!inactive)
        {
            query = query.Where(p => p.IsActive);
        }

        var rows = await query.OrderBy(p => p.Name).Take(500)
            .Select(p => new PartnerRow(p.Id, p.Name, p.Kind, p.ContactName, p.IsActive, p.AreasServed.Select(a => a.Area!.Name).ToList(),
                db.ContactLogs.Where(l => l.PartnerOrganizationId == p.Id).Max(l => (DateTime?)l.WhenUtc)))
            .ToListAsync(cancellationToken);
        return View(new PartnersViewModel(rows, q, kind, inactive));
    }

    [HttpGet("/manage/partners.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var rows = await db.PartnerOrganizations.AsNoTracking().OrderBy(p => p.Name).Take(100_000)
            .Select(p => new { p.Name, p.Kind, p.ContactName, p.ContactPhone, p.ContactEmail, p.Address, p.Services, p.IsActive, p.AgreementDate, Areas = p.AreasServed.Select(a => a.Area!.Name).ToList() })
            .ToListAsync(cancellationToken);
        return CsvExport.File("partners.csv", ["Name", "Kind", "Contact", "Phone", "Email", "Address", "Services", "Areas served", "Active", "Agreement date"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Name, PartnerKinds.Label(r.Kind), r.ContactName, r.ContactPhone, r.ContactEmail, r.Address, r.Services,
                string.Join("; ", r.Areas), r.IsActive ? "Yes" : "No", r.AgreementDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => await EditViewAsync(new PartnerForm(), null, cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(PartnerForm form, [FromServices] IValidator<PartnerForm> validator, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid) || !await AreasExistAsync(form, cancellationToken))
        {
            return await EditViewAsync(form, null, cancellationToken);
        }

        var p = new PartnerOrganization { Name = "" };
        Apply(form, p);
        db.PartnerOrganizations.Add(p);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Partner saved.");
        return LocalRedirect($"/manage/partners/{p.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var p = await db.PartnerOrganizations.AsNoTracking().Include(x => x.AreasServed).ThenInclude(a => a.Area).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
        {
            return NotFound();
        }

        var history = await LiaisonController.ContactRows(db.ContactLogs.Where(l => l.PartnerOrganizationId == id).OrderByDescending(l => l.WhenUtc)).Take(200).ToListAsync(cancellationToken);
        return View(new PartnerDetailsViewModel(p, history));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var p = await db.PartnerOrganizations.AsNoTracking().Include(x => x.AreasServed).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return p is null ? NotFound() : await EditViewAsync(PartnerForm.From(p), id, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PartnerForm form, [FromServices] IValidator<PartnerForm> validator, CancellationToken cancellationToken)
    {
        var p = await db.PartnerOrganizations.Include(x => x.AreasServed).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid) || !await AreasExistAsync(form, cancellationToken))
        {
            return await EditViewAsync(form, id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != p.Version)
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            return await EditViewAsync(PartnerForm.From(p), id, cancellationToken);
        }

        db.Entry(p).Property(x => x.Version).OriginalValue = version;
        Apply(form, p);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            ModelState.AddModelError("", ChangedBySomeoneElse);
            var current = await db.PartnerOrganizations.AsNoTracking().Include(x => x.AreasServed).FirstAsync(x => x.Id == id, cancellationToken);
            return await EditViewAsync(PartnerForm.From(current), id, cancellationToken);
        }

        this.SetStatus("Partner saved.");
        return LocalRedirect($"/manage/partners/{id}");
    }

    private async Task<bool> AreasExistAsync(PartnerForm form, CancellationToken cancellationToken)
    {
        var ids = form.AreaIds.Distinct().ToList();
        if (ids.Count > 0 && await db.Areas.CountAsync(a => ids.Contains(a.Id), cancellationToken) != ids.Count)
        {
            ModelState.AddModelError(nameof(PartnerForm.AreaIds), "Choose areas from the list.");
            return false;
        }

        return true;
    }

    /// <summary>The form's values onto a partner (also used by the CSV import).</summary>
    internal static void Apply(PartnerForm form, PartnerOrganization p)
    {
        p.Name = form.Name!.Trim();
        p.Kind = form.Kind!.Value;
        p.ContactName = FormRules.Clean(form.ContactName);
        p.ContactPhone = FormRules.Clean(form.ContactPhone);
        p.ContactEmail = FormRules.Clean(form.ContactEmail);
        p.Address = FormRules.Clean(form.Address);
        p.Services = FormRules.Clean(form.Services);
        p.IsActive = form.IsActive;
        p.AgreementDate = CentralTimeInput.TryParseDate(form.AgreementDate, out var d) ? d : null;
        var wanted = form.AreaIds.Distinct().ToHashSet();
        p.AreasServed.RemoveAll(a => !wanted.Contains(a.AreaId));
        foreach (var areaId in wanted.Where(w => p.AreasServed.All(a => a.AreaId != w)))
        {
            p.AreasServed.Add(new PartnerArea { AreaId = areaId });
        }
    }

    private async Task<IActionResult> EditViewAsync(PartnerForm form, int? id, CancellationToken cancellationToken) =>
        View("Edit", new PartnerEditViewModel(id, form, await Officers.AreaItemsAsync(db, cancellationToken)));
}

public sealed record PartnerRow(int Id, string Name, PartnerKind Kind, string? ContactName, bool IsActive, List<string> Areas, DateTime? LastContactUtc);

public sealed record PartnersViewModel(IReadOnlyList<PartnerRow> Rows, string? Q, PartnerKind? Kind, bool Inactive);

public sealed record PartnerDetailsViewModel(PartnerOrganization Partner, IReadOnlyList<ContactRow> History);

public sealed record PartnerEditViewModel(int? Id, PartnerForm Form, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas);
