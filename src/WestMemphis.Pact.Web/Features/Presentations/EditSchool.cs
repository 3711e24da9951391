using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Add a school to the directory, or edit one; a coordinator who saves over someone else's change sees both versions first.</summary>
public sealed partial class ManageSchoolsController
{
    [HttpGet("new")]
    public Task<IActionResult> Create(CancellationToken cancellationToken) => EditViewAsync(new SchoolForm { District = PresentationsSeeder.District }, null, cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(SchoolForm form, [FromServices] IValidator<SchoolForm> validator, CancellationToken cancellationToken)
    {
        if (!await ValidAsync(form, validator, null, cancellationToken))
        {
            return await EditViewAsync(form, null, cancellationToken);
        }

        var school = new School { Name = "", District = "" };
        Apply(form, school);
        db.Schools.Add(school);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("School added.");
        return LocalRedirect("/manage/schools");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var s = await db.Schools.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return s is null ? NotFound() : await EditViewAsync(From(s), id, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, SchoolForm form, [FromServices] IValidator<SchoolForm> validator, CancellationToken cancellationToken)
    {
        var s = await db.Schools.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (s is null)
        {
            return NotFound();
        }

        if (!await ValidAsync(form, validator, id, cancellationToken))
        {
            return await EditViewAsync(form, id, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != s.Version)
        {
            return await ChangedAsync(form, s, cancellationToken);
        }

        db.ExpectVersion(s, version);
        Apply(form, s);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            var current = await db.Schools.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            return current is null ? NotFound() : await ChangedAsync(form, current, cancellationToken);
        }

        this.SetStatus("School saved.");
        return LocalRedirect("/manage/schools");
    }

    private async Task<IActionResult> ChangedAsync(SchoolForm form, School current, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("school"));
        form.Version = current.Version.ToString();
        return await EditViewAsync(form, current.Id, cancellationToken, From(current));
    }

    private async Task<bool> ValidAsync(SchoolForm form, IValidator<SchoolForm> validator, int? id, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.ParsedAreaId() is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            valid = false;
        }

        var name = form.Name?.Trim();
        if (valid && await db.Schools.AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), "A school with this name is already in the directory.");
            valid = false;
        }

        return valid;
    }

    private static void Apply(SchoolForm form, School s)
    {
        s.Name = form.Name!.Trim();
        s.District = form.District!.Trim();
        s.Address = FormRules.Clean(form.Address);
        s.AreaId = form.ParsedAreaId();
        s.Grades = FormRules.Clean(form.Grades);
        s.ContactName = FormRules.Clean(form.ContactName);
        s.ContactEmail = FormRules.Clean(form.ContactEmail);
        s.ContactPhone = FormRules.Clean(form.ContactPhone);
        s.Active = form.Active;
    }

    private static SchoolForm From(School s) => new()
    {
        Name = s.Name,
        District = s.District,
        Address = s.Address,
        AreaId = s.AreaId?.ToString(CultureInfo.InvariantCulture),
        Grades = s.Grades,
        ContactName = s.ContactName,
        ContactEmail = s.ContactEmail,
        ContactPhone = s.ContactPhone,
        Active = s.Active,
        Version = s.Version.ToString(),
    };

    private async Task<IActionResult> EditViewAsync(SchoolForm form, int? id, CancellationToken cancellationToken, SchoolForm? theirs = null) =>
        View("Edit", new SchoolPage(form, id, await db.AreaSelectListAsync(cancellationToken), theirs));
}

/// <summary>The school form page: the form, the school when editing, the area choices, and someone else's version after a conflict.</summary>
public sealed record SchoolPage(SchoolForm Form, int? SchoolId, IReadOnlyList<SelectListItem> Areas, SchoolForm? Theirs);

public sealed class SchoolForm
{
    public string? Name { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public string? AreaId { get; set; }
    public string? Grades { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool Active { get; set; } = true;
    public string? Version { get; set; }

    public int? ParsedAreaId() => int.TryParse(AreaId, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;
}

public sealed class SchoolFormValidator : AbstractValidator<SchoolForm>
{
    public SchoolFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the school's name.").MaximumLength(FieldLengths.School.Name).WithMessage($"The name must be {FieldLengths.School.Name} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters we cannot accept.");
        RuleFor(f => f.District).NotEmpty().WithMessage("Enter the district.").MaximumLength(FieldLengths.School.District).WithMessage($"The district must be {FieldLengths.School.District} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The district contains characters we cannot accept.");
        RuleFor(f => f.Address).MaximumLength(FieldLengths.School.Address).WithMessage($"The address must be {FieldLengths.School.Address} characters or fewer.").Must(FormRules.IsPlainText).WithMessage("The address contains characters we cannot accept.");
        RuleFor(f => f.AreaId).Must(a => string.IsNullOrEmpty(a) || int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out _)).WithMessage("Choose an area from the list.");
        RuleFor(f => f.Grades).MaximumLength(FieldLengths.School.Grades).WithMessage($"Grades must be {FieldLengths.School.Grades} characters or fewer.").Must(FormRules.IsPlainText).WithMessage("Grades contain characters we cannot accept.");
        RuleFor(f => f.ContactName).MaximumLength(FieldLengths.School.ContactName).WithMessage($"The contact's name must be {FieldLengths.School.ContactName} characters or fewer.").Must(FormRules.IsPlainText).WithMessage("The contact's name contains characters we cannot accept.");
        RuleFor(f => f.ContactEmail).EmailRules().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail));
        RuleFor(f => f.ContactPhone).PhoneRules();
        RuleFor(f => f.Version).MaximumLength(40);
    }
}
