using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>Add or edit a congregation; its area comes from the address unless staff choose one.</summary>
public sealed partial class CongregationsController
{
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
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("congregation"));
            return await EditViewAsync(CongregationForm.From(c), id, cancellationToken);
        }

        db.ExpectVersion(c, version);
        var placed = await ApplyAsync(form, c, cancellationToken);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("congregation"));
            return await EditViewAsync(CongregationForm.From(await db.Congregations.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken)), id, cancellationToken);
        }

        this.SetStatus("Congregation saved. " + placed);
        return LocalRedirect($"/manage/congregations/{id}");
    }
}

public sealed record CongregationEditViewModel(int? Id, CongregationForm Form, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas);

public sealed class CongregationForm
{
    public string? Name { get; set; }
    public string? Denomination { get; set; }
    public string? Address { get; set; }
    public int? AreaId { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }

    public static CongregationForm From(Congregation c) => new()
    {
        Name = c.Name,
        Denomination = c.Denomination,
        Address = c.Address,
        AreaId = c.AreaId,
        Phone = c.Phone,
        Website = c.Website,
        Notes = c.Notes,
        Version = c.Version.ToString(),
    };
}

public sealed class CongregationFormValidator : AbstractValidator<CongregationForm>
{
    public CongregationFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the congregation's name.").Text(FieldLengths.Congregation.Name, "The name");
        RuleFor(f => f.Denomination).Text(FieldLengths.Congregation.Denomination, "The denomination");
        RuleFor(f => f.Address).NotEmpty().WithMessage("Enter the street address, for example 1500 N Missouri St.").Text(FieldLengths.Congregation.Address, "The address");
        RuleFor(f => f.Phone).PhoneRules();
        RuleFor(f => f.Website).MaximumLength(FieldLengths.Congregation.Website).WithMessage($"Web addresses are at most {FieldLengths.Congregation.Website} characters.")
            .Must(DirectoryRules.IsWebAddress).WithMessage("Enter a web address starting with https://, for example https://example.org.");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.Congregation.Notes).WithMessage($"Notes are at most {FieldLengths.Congregation.Notes} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The notes contain characters that cannot be used.");
    }
}
