using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>/admin/areas: areas, their boundaries and the street ranges the address lookup uses.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/areas")]
public sealed class AdminAreasController(AppDbContext db, TimeProvider clock, ILogger<AdminAreasController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = CentralTimeZone.Today(clock);
        var officers = await db.LiaisonAssignments.AsNoTracking()
            .Where(LiaisonAssignment.CurrentOn(today))
            .Select(x => new { x.AreaId, x.Officer!.FullName }).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Code, a.IsFocusArea, HasBoundary = a.BoundaryGeoJson != null, Ranges = db.StreetRanges.Count(r => r.AreaId == a.Id) })
            .ToListAsync(cancellationToken);
        var rows = areas.Select(a => new AreaRow(a.Id, a.Name, a.Code, a.IsFocusArea, a.HasBoundary, a.Ranges,
            officers.Where(o => o.AreaId == a.Id).Select(o => o.FullName).Distinct().ToList())).ToList();
        return View(rows);
    }

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
            ModelState.AddModelError("", "This area was changed by someone else while you were editing. The saved version is shown; make your change again.");
            return await EditViewAsync(id, AreaForm.From(area), cancellationToken);
        }

        db.Entry(area).Property(a => a.Version).OriginalValue = version;
        Apply(form, area);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            var current = await db.Areas.AsNoTracking().FirstAsync(a => a.Id == id, cancellationToken);
            ModelState.AddModelError("", "This area was changed by someone else while you were editing. The saved version is shown; make your change again.");
            return await EditViewAsync(id, AreaForm.From(current), cancellationToken);
        }

        this.SetStatus("Area saved.");
        return LocalRedirect($"/admin/areas/{id}");
    }

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

    [HttpPost("{id:int}/streets/{rangeId:int}/delete")]
    public async Task<IActionResult> DeleteStreet(int id, int rangeId, CancellationToken cancellationToken)
    {
        // Loaded and removed (not ExecuteDelete) so that the audit interceptor records who removed it.
        var range = await db.StreetRanges.FirstOrDefaultAsync(r => r.Id == rangeId && r.AreaId == id, cancellationToken);
        if (range is null)
        {
            return NotFound();
        }

        db.StreetRanges.Remove(range);
        await db.SaveChangesAsync(cancellationToken);

        this.SetStatus("Street range removed.");
        return LocalRedirect($"/admin/areas/{id}#streets");
    }

    public static string ParityLabel(HouseNumberParity parity) => parity switch
    {
        HouseNumberParity.Odd => "odd numbers",
        HouseNumberParity.Even => "even numbers",
        _ => "both sides",
    };

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

    private async Task<IActionResult> EditViewAsync(int? id, AreaForm form, CancellationToken cancellationToken, StreetRangeForm? range = null)
    {
        var ranges = id is null ? [] : await db.StreetRanges.AsNoTracking().Where(r => r.AreaId == id)
            .OrderBy(r => r.NameKey).ThenBy(r => r.FromNumber).ToListAsync(cancellationToken);
        return View("Edit", new AreaEditViewModel(id, form, range ?? new StreetRangeForm(), ranges));
    }
}

public sealed record AreaRow(int Id, string Name, string Code, bool IsFocusArea, bool HasBoundary, int StreetRanges, List<string> Officers);

public sealed record AreaEditViewModel(int? Id, AreaForm Form, StreetRangeForm Range, IReadOnlyList<StreetRange> Ranges);
