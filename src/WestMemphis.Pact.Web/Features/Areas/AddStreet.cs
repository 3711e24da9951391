using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>Add a street range to an area; two areas never cover the same house.</summary>
public sealed partial class AdminAreasController
{
    [HttpPost("{id:int}/streets")]
    public async Task<IActionResult> AddStreet(int id, StreetRangeForm range, [FromServices] IValidator<StreetRangeForm> validator, CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(range, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return await EditViewAsync(id, AreaForm.From(area), cancellationToken, range);
        }

        var key = AddressNormalizer.NormalizeStreet(range.StreetName)!;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Saves of ranges of this street wait for each other (SQL Server; SQLite has one writer), so the check below
        // always sees a range saved a moment ago.
        await SaveLock.ForStreetAsync(db, key, cancellationToken);
        // Two areas never cover the same house: look for a range of the same street sharing a number.
        var sameStreet = await db.StreetRanges.AsNoTracking().Include(r => r.Area)
            .Where(r => r.NameKey == key.Name && r.Directional == key.Directional && r.Suffix == key.Suffix)
            .ToListAsync(cancellationToken);
        var clash = sameStreet.FirstOrDefault(r => ParityRules.Overlap(r.FromNumber, r.ToNumber, r.Parity, range.FromNumber!.Value, range.ToNumber!.Value, range.Parity));
        if (clash is not null)
        {
            ModelState.AddModelError(nameof(StreetRangeForm.FromNumber),
                $"{range.FromNumber}–{range.ToNumber} {key} overlaps {clash.FromNumber}–{clash.ToNumber} {clash.StreetName} ({ParityLabel(clash.Parity)}) in {clash.Area!.Name}. "
                + (clash.AreaId == id ? "This area already covers those numbers." : $"A house can be in only one area: change the range here or in {clash.Area.Name} ({area.Name} would overlap it)."));
            return await EditViewAsync(id, AreaForm.From(area), cancellationToken, range);
        }

        db.StreetRanges.Add(new StreetRange
        {
            AreaId = id,
            StreetName = range.StreetName!.Trim(),
            Directional = key.Directional,
            NameKey = key.Name,
            Suffix = key.Suffix,
            FromNumber = range.FromNumber!.Value,
            ToNumber = range.ToNumber!.Value,
            Parity = range.Parity,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        this.SetStatus($"Added {range.FromNumber}–{range.ToNumber} {range.StreetName!.Trim()}.");
        return LocalRedirect($"/admin/areas/{id}#streets");
    }
}

public sealed class StreetRangeForm
{
    public string? StreetName { get; set; }
    public int? FromNumber { get; set; }
    public int? ToNumber { get; set; }
    public HouseNumberParity Parity { get; set; }
}

public sealed class StreetRangeFormValidator : AbstractValidator<StreetRangeForm>
{
    public StreetRangeFormValidator()
    {
        RuleFor(f => f.StreetName).NotEmpty().WithMessage("Enter the street, for example N Missouri St.")
            .MaximumLength(FieldLengths.StreetRange.StreetName).WithMessage($"Street names are at most {FieldLengths.StreetRange.StreetName} characters.")
            .Must(FormRules.IsPlainText).WithMessage("The street name contains characters that cannot be used.")
            .Must(s => string.IsNullOrWhiteSpace(s) || AddressNormalizer.NormalizeStreet(s) is not null).WithMessage("Enter a street name with letters, for example N Missouri St.");
        RuleFor(f => f.FromNumber).NotNull().WithMessage("Enter the first house number.").InclusiveBetween(0, 999_999).WithMessage("House numbers run from 0 to 999999.");
        RuleFor(f => f.ToNumber).NotNull().WithMessage("Enter the last house number.").InclusiveBetween(0, 999_999).WithMessage("House numbers run from 0 to 999999.")
            .GreaterThanOrEqualTo(f => f.FromNumber ?? 0).When(f => f.FromNumber is not null).WithMessage("The last house number cannot be before the first.");
        RuleFor(f => f.Parity).IsInEnum().WithMessage("Choose odd, even or both sides.");
    }
}
