using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>Add or edit an offense description → NIBRS code mapping (admins); the edit form carries its version, so a stale or versionless form saves nothing.</summary>
public sealed partial class OffenseMappingsController
{
    [HttpPost("")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Create(OffenseMappingForm form, [FromServices] IValidator<OffenseMappingForm> validator, CancellationToken cancellationToken)
    {
        var code = await ValidateAsync(form, validator, null, cancellationToken);
        if (code is null)
        {
            return await IndexViewAsync(null, null, 1, form, cancellationToken);
        }

        var mapping = new OffenseDescriptionMapping { Source = form.SourceKey, Description = form.DescriptionKey, NibrsCode = code.Code };
        db.OffenseDescriptionMappings.Add(mapping);
        var (saved, count) = await SaveAndApplyAsync(mapping, code, "Created", cancellationToken);
        if (!saved)
        {
            ModelState.AddModelError(nameof(OffenseMappingForm.Description), "That description was mapped by someone else a moment ago. See the table below.");
            return await IndexViewAsync(null, null, 1, form, cancellationToken);
        }

        this.SetStatus($"“{mapping.Description}” ({mapping.Source}) now maps to {code.Code} {code.Name}; {count:N0} imported offense(s) re-classified.");
        return LocalRedirect("/crime/offense-mappings");
    }

    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var mapping = await db.OffenseDescriptionMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return mapping is null ? NotFound() : await EditViewAsync(id, OffenseMappingForm.From(mapping), cancellationToken);
    }

    [HttpPost("{id:int}")]
    [Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int id, OffenseMappingForm form, [FromServices] IValidator<OffenseMappingForm> validator, CancellationToken cancellationToken)
    {
        var mapping = await db.OffenseDescriptionMappings.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mapping is null)
        {
            return NotFound();
        }

        var code = await ValidateAsync(form, validator, id, cancellationToken);
        if (code is null)
        {
            return await EditViewAsync(id, form, cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != mapping.Version)
        {
            ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("mapping"));
            return await EditViewAsync(id, OffenseMappingForm.From(mapping), cancellationToken);
        }

        db.ExpectVersion(mapping, version);
        mapping.Source = form.SourceKey;
        mapping.Description = form.DescriptionKey;
        mapping.NibrsCode = code.Code;
        var (saved, count) = await SaveAndApplyAsync(mapping, code, "Updated", cancellationToken);
        if (!saved)
        {
            db.ChangeTracker.Clear();
            var current = await db.OffenseDescriptionMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (current is null)
            {
                this.SetStatus("That mapping was deleted by someone else.");
                return LocalRedirect("/crime/offense-mappings");
            }

            ModelState.AddModelError("", "This mapping was changed by someone else, or another mapping already has that description. The saved version is shown; make your change again.");
            return await EditViewAsync(id, OffenseMappingForm.From(current), cancellationToken);
        }

        // Offenses classified under the old mapping keep their code until the next import of their file; the new
        // description's unmapped offenses were re-classified above.
        this.SetStatus($"Mapping saved: “{mapping.Description}” ({mapping.Source}) → {code.Code} {code.Name}; {count:N0} unmapped offense(s) re-classified.");
        return LocalRedirect("/crime/offense-mappings");
    }

    private async Task<NibrsOffenseCode?> ValidateAsync(OffenseMappingForm form, IValidator<OffenseMappingForm> validator, int? id, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return null;
        }

        var code = await db.NibrsOffenseCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == form.CodeKey, cancellationToken);
        if (code is null)
        {
            ModelState.AddModelError(nameof(OffenseMappingForm.NibrsCode), $"“{form.CodeKey}” is not a NIBRS code. Choose one from the list.");
            return null;
        }

        var source = form.SourceKey;
        var description = form.DescriptionKey;
        if (await db.OffenseDescriptionMappings.AnyAsync(m => m.Source == source && m.Description == description && m.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(OffenseMappingForm.Description), $"“{description}” from {source} is already mapped. Edit that mapping instead.");
            return null;
        }

        return code;
    }
}

/// <summary>Adds or edits an offense description → NIBRS code mapping (also the form beside each unmapped description).</summary>
public sealed class OffenseMappingForm
{
    public string? Source { get; set; }
    public string? Description { get; set; }
    public string? NibrsCode { get; set; }
    public string? Version { get; set; }

    public string SourceKey => (Source ?? "").Trim().ToLowerInvariant();
    public string DescriptionKey => CrimeRowParser.Upper(Description) ?? "";
    public string CodeKey => (NibrsCode ?? "").Trim().ToUpperInvariant();

    public static OffenseMappingForm From(OffenseDescriptionMapping m) =>
        new() { Source = m.Source, Description = m.Description, NibrsCode = m.NibrsCode, Version = m.Version.ToString() };
}

public sealed class OffenseMappingFormValidator : AbstractValidator<OffenseMappingForm>
{
    public OffenseMappingFormValidator()
    {
        RuleFor(f => f.Source).NotEmpty().WithMessage("Enter the source the description comes from, for example chicago.")
            .MaximumLength(CrimeLimits.Source).WithMessage($"Sources are at most {CrimeLimits.Source} characters.")
            .Matches("^[A-Za-z0-9 _-]*$").WithMessage("Sources use letters, digits and hyphens only.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Enter the offense description as it appears in the files.")
            .MaximumLength(CrimeLimits.Description).WithMessage($"Descriptions are at most {CrimeLimits.Description} characters.")
            .Must(FormRules.IsPlainText).WithMessage("The description contains characters that cannot be used.");
        RuleFor(f => f.NibrsCode).NotEmpty().WithMessage("Choose the NIBRS code.")
            .Matches("^[ ]*[0-9A-Za-z]{3}[ ]*$").WithMessage("A NIBRS code is three letters or digits, for example 23C.");
    }
}
