using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Liaison;

/// <summary>Who holds the Officer role, for pick lists.</summary>
public static class Officers
{
    public static IQueryable<ApplicationUser> Query(AppDbContext db) =>
        db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Officer)));

    public static async Task<List<SelectListItem>> ItemsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await Query(db).OrderBy(u => u.FullName).Select(u => new SelectListItem(u.FullName == "" ? u.Email : u.FullName, u.Id)).ToListAsync(cancellationToken);

    public static async Task<List<SelectListItem>> AreaItemsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToListAsync(cancellationToken);
}
