using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// My PACT: a resident's own sign-ups, hours, calendar feed and follows. Only ever their own. One file per use
/// case in this folder (MyShifts.cs, MyHours.cs, MyCalendarFeed.cs, FollowEvents.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Resident)]
public sealed partial class MyController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly LinkBuilder links;
    private readonly AuditLog audit;

    public MyController(AppDbContext db, TimeProvider clock, LinkBuilder links, AuditLog audit)
    {
        this.db = db;
        this.clock = clock;
        this.links = links;
        this.audit = audit;
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
