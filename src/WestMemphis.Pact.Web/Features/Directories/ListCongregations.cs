using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>The congregations, searched by name, address or denomination and filtered by area; and all of them as CSV.</summary>
public sealed partial class CongregationsController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? area, CancellationToken cancellationToken)
    {
        var rows = await Query(q, area).Take(500).ToListAsync(cancellationToken);
        return View(new CongregationsViewModel(rows, q, area, await Officers.AreaItemsAsync(db, cancellationToken)));
    }

    [HttpGet("/manage/congregations.csv")]
    public async Task<IActionResult> Csv(string? q, int? area, CancellationToken cancellationToken)
    {
        var rows = await db.Congregations.AsNoTracking().OrderBy(c => c.Name).Take(100_000)
            .Select(c => new { c.Name, c.Denomination, c.Address, Area = c.Area != null ? c.Area.Name : null, c.Phone, c.Website, Clergy = c.Clergy.Count })
            .ToListAsync(cancellationToken);
        return CsvDownload.File("congregations.csv", ["Name", "Denomination", "Address", "Area", "Phone", "Website", "Clergy contacts"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.Denomination, r.Address, r.Area, r.Phone, r.Website, r.Clergy.ToString(CultureInfo.InvariantCulture)]));
    }

    private IQueryable<CongregationRow> Query(string? q, int? area)
    {
        var query = db.Congregations.AsNoTracking();
        if (FormRules.Clean(q) is { Length: <= 100 } term)
        {
            query = query.Where(c => c.Name.Contains(term) || c.Address.Contains(term) || (c.Denomination != null && c.Denomination.Contains(term)));
        }

        if (area is not null)
        {
            query = query.Where(c => c.AreaId == area);
        }

        return query.OrderBy(c => c.Name).Select(c => new CongregationRow(c.Id, c.Name, c.Denomination, c.Address, c.Area != null ? c.Area.Name : null, c.Phone,
            db.ContactLogs.Where(l => l.CongregationId == c.Id).Max(l => (DateTime?)l.WhenUtc)));
    }
}

public sealed record CongregationRow(int Id, string Name, string? Denomination, string Address, string? Area, string? Phone, DateTime? LastVisitUtc);

public sealed record CongregationsViewModel(IReadOnlyList<CongregationRow> Rows, string? Q, int? Area, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas);
