using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Features.Shared;

/// <summary>One of the city's areas as a choice: its id and name.</summary>
public sealed record AreaOption(int Id, string Name);

public static class AreaOptions
{
    /// <summary>The city's areas in their display order, for drop-downs and filters.</summary>
    public static Task<List<AreaOption>> AreaOptionsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new AreaOption(a.Id, a.Name)).ToListAsync(cancellationToken);

    /// <summary>The same, as select-list items (value: the area's id).</summary>
    public static async Task<List<SelectListItem>> AreaSelectListAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        (await db.AreaOptionsAsync(cancellationToken)).Select(a => new SelectListItem(a.Name, a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
