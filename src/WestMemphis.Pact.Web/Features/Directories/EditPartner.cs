using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>Add a partner, or edit one; a change made meanwhile by someone else is shown, not overwritten.</summary>
public sealed partial class PartnersController
{
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
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("partner"));
            return await EditViewAsync(PartnerForm.From(p), id, cancellationToken);
        }

        db.ExpectVersion(p, version);
        Apply(form, p);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("partner"));
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

public sealed record PartnerEditViewModel(int? Id, PartnerForm Form, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas);
