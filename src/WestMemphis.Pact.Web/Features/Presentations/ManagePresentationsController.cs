using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// The coordinator's queue of requests: triage, message, decline, schedule (no double-booking), complete. One file
/// per use case in this folder (ListRequests.cs, RequestDetails.cs, ReviewRequest.cs, MessageRequester.cs,
/// DeclineRequest.cs, CompleteRequest.cs, ScheduleRequest.cs, NightOutRoutes.cs), each with its form and validator;
/// the status moves are <see cref="PresentationRequestStatusRules"/>. This file holds what several of them share.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("manage/presentations")]
public sealed partial class ManagePresentationsController : Controller
{
    private static readonly string ChangedBySomeoneElse = SaveChangesExtensions.ChangedBySomeoneElse("request");

    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly PresentationEmails emails;
    private readonly AppearanceScheduler scheduler;
    private readonly TimeProvider clock;
    private readonly AuditLog audit;

    public ManagePresentationsController(AppDbContext db, PresentationEmails emails, AppearanceScheduler scheduler, TimeProvider clock, AuditLog audit)
    {
        this.db = db;
        this.emails = emails;
        this.scheduler = scheduler;
        this.clock = clock;
        this.audit = audit;
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        if (await db.TrySaveChangesAsync(cancellationToken))
        {
            return true;
        }

        ModelState.AddModelError("", ChangedBySomeoneElse);
        return false;
    }

    private IQueryable<ApplicationUser> OfficersQuery() =>
        db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(role => role.Id == ur.RoleId && role.Name == Roles.Officer)));

    private Task<PresentationRequest?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.PresentationRequests.AsNoTracking().Include(r => r.School).Include(r => r.Messages.OrderBy(m => m.Id))
            .Include(r => r.Appearance).ThenInclude(a => a!.Bookings).ThenInclude(b => b.Resource)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
