using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>Add or edit an area: its name, code, description, focus flag and boundary; names and codes are unique.</summary>
public sealed partial class AdminAreasController
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => await EditViewAsync(null, new AreaForm(), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(AreaForm form, [FromServices] IValidator<AreaForm> validator, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid) || !await UniqueAsync(form, null, cancellationToken))
        {
            return await EditViewAsync(null, form, cancellationToken);
        }

        var area = new Area { Name = "", Code = "" };
        Apply(form, area);
        area.SortOrder = await db.Areas.MaxAsync(a => (int?)a.SortOrder, cancellationToken) + 1 ?? 1;
        db.Areas.Add(area);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Area {AreaId} created", area.Id);
        this.SetStatus("Area saved. Add the streets it covers below.");
        return LocalRedirect($"/admin/areas/{area.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return area is null ? NotFound() : await EditViewAsync(id, AreaForm.From(area), cancellationToken);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, AreaForm form, [FromServices] IValidator<AreaForm> validator, CancellationToken cancellationToken)
    {
        var area = await db.Areas.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid) || !await UniqueAsync(form, id, cancellationToken))
        {
            return await EditViewAsync(id, form, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != area.Version)
        {
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("area"));
            return await EditViewAsync(id, AreaForm.From(area), cancellationToken);
        }

        db.ExpectVersion(area, version);
        Apply(form, area);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            var current = await db.Areas.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("area"));
            return await EditViewAsync(id, AreaForm.From(current), cancellationToken);
        }

        this.SetStatus("Area saved.");
        return LocalRedirect($"/admin/areas/{id}");
    }

    private async Task<bool> UniqueAsync(AreaForm form, int? id, CancellationToken cancellationToken)
    {
        var name = form.Name!.Trim();
        var code = form.Code!.Trim().ToUpperInvariant();
        if (await db.Areas.AnyAsync(a => a.Id != id && a.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(AreaForm.Name), $"Another area is already called {name}.");
        }

        if (await db.Areas.AnyAsync(a => a.Id != id && a.Code == code, cancellationToken))
        {
            ModelState.AddModelError(nameof(AreaForm.Code), $"Another area already has the code {code}.");
        }

        return ModelState.IsValid;
    }

    private static void Apply(AreaForm form, Area area)
    {
        area.Name = form.Name!.Trim();
        area.Code = form.Code!.Trim().ToUpperInvariant();
        area.Description = FormRules.Clean(form.Description);
        area.IsFocusArea = form.IsFocusArea;
        area.BoundaryGeoJson = FormRules.Clean(form.BoundaryGeoJson);
    }
}

public sealed class AreaForm
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? Description { get; set; }
    public bool IsFocusArea { get; set; }
    public string? BoundaryGeoJson { get; set; }
    public string? Version { get; set; }

    public static AreaForm From(Area a) => new()
    {
        Name = a.Name,
        Code = a.Code,
        Description = a.Description,
        IsFocusArea = a.IsFocusArea,
        BoundaryGeoJson = a.BoundaryGeoJson,
        Version = a.Version.ToString(),
    };
}

public sealed class AreaFormValidator : AbstractValidator<AreaForm>
{
    public AreaFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the area's name.").MaximumLength(FieldLengths.Area.Name).WithMessage($"Names are at most {FieldLengths.Area.Name} characters.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters that cannot be used.");
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter a short code, for example W2.").MaximumLength(FieldLengths.Area.Code).WithMessage($"Codes are at most {FieldLengths.Area.Code} characters.")
            .Matches("^[A-Za-z0-9-]*$").WithMessage("Codes use letters, digits and hyphens only.");
        RuleFor(f => f.Description).MaximumLength(FieldLengths.Area.Description).WithMessage($"Descriptions are at most {FieldLengths.Area.Description} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The description contains characters that cannot be used.");
        RuleFor(f => f.BoundaryGeoJson).Must(g => AreaBoundary.Check(g) is null).WithMessage(f => AreaBoundary.Check(f.BoundaryGeoJson) ?? "");
    }
}
