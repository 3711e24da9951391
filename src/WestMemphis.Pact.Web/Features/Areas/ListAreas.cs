using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>The areas, with their current officers and how many street ranges each has.</summary>
public sealed partial class AdminAreasController
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
}

public sealed record AreaRow(int Id, string Name, string Code, bool IsFocusArea, bool HasBoundary, int StreetRanges, List<string> Officers);
