using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// Public /areas and "find your liaison officer". Officers are shown by name and rank (title) only,
/// with the station's public numbers: never an officer's own phone or email.
/// </summary>
[AllowAnonymous]
public sealed partial class PublicAreasController(AppDbContext db, IAreaLocator locator, TimeProvider clock) : Controller
{
    public const int MaxAddressLength = AddressNormalizer.MaxLength;

    [HttpGet("/areas")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await AreasAsync(cancellationToken));

    [HttpGet("/areas/find")]
    public async Task<IActionResult> Find(string? address, CancellationToken cancellationToken)
    {
        var typed = address is null ? null : address.Length > MaxAddressLength ? address[..MaxAddressLength] : address;
        var areas = await AreasAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(typed))
        {
            return View(new FindLiaisonViewModel(typed, null, null, areas));
        }

        var location = await locator.LocateAsync(typed, cancellationToken);
        var found = location.AreaId is { } id ? areas.FirstOrDefault(a => a.Id == id) : null;
        return View(new FindLiaisonViewModel(typed, location, found, areas));
    }

    private async Task<IReadOnlyList<PublicAreaViewModel>> AreasAsync(CancellationToken cancellationToken)
    {
        var today = CentralTimeZone.Today(clock);
        // Two plain queries (SQLite cannot run a correlated, ordered sub-select per area).
        var officers = await db.LiaisonAssignments.AsNoTracking()
            .Where(LiaisonAssignment.CurrentOn(today))
            .Select(x => new { x.AreaId, x.Officer!.FullName }).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Code, a.Description, a.IsFocusArea }).ToListAsync(cancellationToken);
        return areas.Select(a => new PublicAreaViewModel(a.Id, a.Name, a.Code, a.Description, a.IsFocusArea,
            officers.Where(o => o.AreaId == a.Id).Select(o => o.FullName).Distinct().Order(StringComparer.Ordinal).ToList())).ToList();
    }
}

public sealed record PublicAreaViewModel(int Id, string Name, string Code, string? Description, bool IsFocusArea, List<string> Officers);

public sealed record FindLiaisonViewModel(string? Address, AreaLocation? Location, PublicAreaViewModel? Area, IReadOnlyList<PublicAreaViewModel> Areas);
