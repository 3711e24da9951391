using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>Add or edit a beat or ward value → area mapping; the edit form carries its version, so a stale or versionless form saves nothing.</summary>
public sealed partial class AreaMappingsController
{
    [HttpPost("")]
    public async Task<IActionResult> Create(AreaMappingForm form, [FromServices] IValidator<AreaMappingForm> validator, CancellationToken cancellationToken)
    {
        if (!await ValidAsync(form, validator, null, cancellationToken))
        {
            return await IndexViewAsync(null, form, cancellationToken);
        }

        var mapping = new AreaSourceMapping { Source = form.SourceKey, Field = form.Field!, Value = form.ValueKey, AreaId = form.AreaId!.Value };
        db.AreaSourceMappings.Add(mapping);
        var (saved, count) = await SaveAndApplyAsync(mapping, "Created", cancellationToken);
        if (!saved)
        {
            ModelState.AddModelError(nameof(AreaMappingForm.Value), "That value was mapped by someone else a moment ago. See the table below.");
            return await IndexViewAsync(null, form, cancellationToken);
        }

        this.SetStatus($"{mapping.Field} “{mapping.Value}” of {mapping.Source} now means {await AreaNameAsync(mapping.AreaId, cancellationToken)}; {count:N0} unassigned incident(s) placed.");
        return LocalRedirect("/crime/area-mappings");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var mapping = await db.AreaSourceMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return mapping is null ? NotFound() : await EditViewAsync(id, AreaMappingForm.From(mapping), cancellationToken);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, AreaMappingForm form, [FromServices] IValidator<AreaMappingForm> validator, CancellationToken cancellationToken)
    {
        var mapping = await db.AreaSourceMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mapping is null)
        {
            return NotFound();
        }

        if (!await ValidAsync(form, validator, id, cancellationToken))
        {
            return await EditViewAsync(id, form, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != mapping.Version)
        {
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("mapping"));
            return await EditViewAsync(id, AreaMappingForm.From(mapping), cancellationToken);
        }

        db.ExpectVersion(mapping, version);
        mapping.Source = form.SourceKey;
        mapping.Field = form.Field!;
        mapping.Value = form.ValueKey;
        mapping.AreaId = form.AreaId!.Value;
        var (saved, count) = await SaveAndApplyAsync(mapping, "Updated", cancellationToken);
        if (!saved)
        {
            var current = await db.AreaSourceMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (current is null)
            {
                this.SetStatus("That mapping was deleted by someone else.");
                return LocalRedirect("/crime/area-mappings");
            }

            ModelState.AddModelError("", "This mapping was changed by someone else, or another mapping already has that value. The saved version is shown; make your change again.");
            return await EditViewAsync(id, AreaMappingForm.From(current), cancellationToken);
        }

        this.SetStatus($"Mapping saved; {count:N0} unassigned incident(s) placed. Incidents placed by the old mapping keep their area until their file is imported again.");
        return LocalRedirect("/crime/area-mappings");
    }

    private async Task<bool> ValidAsync(AreaMappingForm form, IValidator<AreaMappingForm> validator, int? id, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return false;
        }

        if (!await db.Areas.AnyAsync(a => a.Id == form.AreaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(AreaMappingForm.AreaId), "Choose one of the areas in the list.");
            return false;
        }

        var (source, field, value) = (form.SourceKey, form.Field!, form.ValueKey);
        if (await db.AreaSourceMappings.AnyAsync(m => m.Source == source && m.Field == field && m.Value == value && m.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(AreaMappingForm.Value), $"{field} “{value}” of {source} is already mapped. Edit that mapping instead.");
            return false;
        }

        return true;
    }

    private Task<string> AreaNameAsync(int id, CancellationToken cancellationToken) =>
        db.Areas.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).FirstAsync(cancellationToken);
}

/// <summary>Adds or edits a source's beat or ward value → area mapping (also the form beside each unplaced beat).</summary>
public sealed class AreaMappingForm
{
    public string? Source { get; set; }
    public string? Field { get; set; }
    public string? Value { get; set; }
    public int? AreaId { get; set; }
    public string? Version { get; set; }

    public string SourceKey => (Source ?? "").Trim().ToLowerInvariant();
    public string ValueKey => (Value ?? "").Trim().ToUpperInvariant();

    public static AreaMappingForm From(AreaSourceMapping m) =>
        new() { Source = m.Source, Field = m.Field, Value = m.Value, AreaId = m.AreaId, Version = m.Version.ToString() };
}

public sealed class AreaMappingFormValidator : AbstractValidator<AreaMappingForm>
{
    public AreaMappingFormValidator()
    {
        RuleFor(f => f.Source).NotEmpty().WithMessage("Enter the source, for example chicago.")
            .MaximumLength(CrimeLimits.Source).WithMessage($"Sources are at most {CrimeLimits.Source} characters.")
            .Matches("^[A-Za-z0-9 _-]*$").WithMessage("Sources use letters, digits and hyphens only.");
        RuleFor(f => f.Field).Must(f => f is AreaSourceFields.Beat or AreaSourceFields.Ward).WithMessage("Choose Beat or Ward.");
        RuleFor(f => f.Value).NotEmpty().WithMessage("Enter the beat or ward value as it appears in the files.")
            .MaximumLength(CrimeLimits.Beat).WithMessage($"Values are at most {CrimeLimits.Beat} characters.")
            .Matches("^[A-Za-z0-9 ._/-]*$").WithMessage("Beat and ward values use letters, digits, spaces, dots, slashes and hyphens only.");
        RuleFor(f => f.AreaId).NotNull().WithMessage("Choose the area.");
    }
}
