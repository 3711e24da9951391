using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.Web.Features.Shared;

public static class AreaOptions
{
    /// <summary>The city's areas in their display order, for drop-downs and filters.</summary>
    public static Task<List<AreaOption>> AreaOptionsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync(cancellationToken);

    /// <summary>The same, as select-list items (value: the area's id).</summary>
    public static async Task<List<SelectListItem>> AreaSelectListAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        (await db.AreaOptionsAsync(cancellationToken)).Select(a => new SelectListItem(a.Name, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
