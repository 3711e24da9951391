using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Work;

/// <summary>
/// The staff start page (/work): where a coordinator, officer or admin lands after logging in without a return
/// address. Each role sees the work waiting for it, with counts, each linking to the page where that work is done;
/// nothing a role may not open (StartPage.cs builds it).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class WorkController(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : Controller
{
    [HttpGet("/work")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = new StartPageRoles(
            Coordinator: User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin),
            Officer: User.IsInRole(Roles.Officer) || User.IsInRole(Roles.Admin),
            Admin: User.IsInRole(Roles.Admin));
        var model = await StartPage.LoadAsync(db, users.GetUserId(User)!, roles, clock, cancellationToken);
        return View(model);
    }
}
