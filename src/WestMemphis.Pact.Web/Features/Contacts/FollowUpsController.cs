using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>
/// Follow-ups from contact logs: an officer's own or the unit's, open or closed, and closing one with its outcome.
/// One file per use case in this folder (ListFollowUps.cs, CloseFollowUp.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("liaison")]
public sealed partial class FollowUpsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly UserManager<ApplicationUser> users;
    private readonly AuditLog audit;

    public FollowUpsController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, AuditLog audit)
    {
        this.db = db;
        this.clock = clock;
        this.users = users;
        this.audit = audit;
    }

    private string Me => users.GetUserId(User)!;

    private bool IsAdmin => User.IsInRole(Roles.Admin);

    private bool MayOpen(ContactLog log) => log.MayBeOpenedBy(Me, IsAdmin);
}
