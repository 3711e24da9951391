using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// /admin/areas: areas, their boundaries and the street ranges the address lookup uses. One file per use case in
/// this folder (ListAreas.cs, EditArea.cs, AddStreet.cs, DeleteStreet.cs), each with its form and validator; this
/// file holds what several of them share.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/areas")]
public sealed partial class AdminAreasController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly ILogger<AdminAreasController> logger;

    public AdminAreasController(AppDbContext db, TimeProvider clock, ILogger<AdminAreasController> logger)
    {
        this.db = db;
        this.clock = clock;
        this.logger = logger;
    }

    public static string ParityLabel(HouseNumberParity parity) => parity switch
    {
        HouseNumberParity.Odd => "odd numbers",
        HouseNumberParity.Even => "even numbers",
        _ => "both sides",
    };

    private async Task<IActionResult> EditViewAsync(int? id, AreaForm form, CancellationToken cancellationToken, StreetRangeForm? range = null)
    {
        var ranges = id is null ? [] : await db.StreetRanges.AsNoTracking().Where(r => r.AreaId == id)
            .OrderBy(r => r.NameKey).ThenBy(r => r.FromNumber).ToListAsync(cancellationToken);
        // The other areas' outlines, drawn in grey behind the boundary editor for reference.
        var others = await db.Areas.AsNoTracking().Where(a => a.Id != id && a.BoundaryGeoJson != null)
            .OrderBy(a => a.Name).Select(a => new AreaOutline(a.Name, a.BoundaryGeoJson!)).ToListAsync(cancellationToken);
        return View("Edit", new AreaEditViewModel(id, form, range ?? new StreetRangeForm(), ranges, others));
    }
}

public sealed record AreaEditViewModel(int? Id, AreaForm Form, StreetRangeForm Range, IReadOnlyList<StreetRange> Ranges, IReadOnlyList<AreaOutline> Others);

/// <summary>An area's name and stored GeoJSON boundary, as the boundary editor draws it.</summary>
public sealed record AreaOutline(string Name, string GeoJson);
