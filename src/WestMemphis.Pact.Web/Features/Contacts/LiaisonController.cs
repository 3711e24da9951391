using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>
/// The liaison officer's home page: their areas, open follow-ups, recent contacts and coming events. Contact logs are
/// in <see cref="ContactLogsController"/>, follow-ups in <see cref="FollowUpsController"/>; the row queries here are
/// shared by them and by the directory and report pages.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("liaison")]
public sealed class LiaisonController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = CentralTimeZone.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var me = users.GetUserId(User)!;
        var areas = await db.LiaisonAssignments.AsNoTracking()
            .Where(a => a.OfficerId == me).Where(LiaisonAssignment.CurrentOn(today))
            .Select(a => new MyAreaRow(a.AreaId, a.Area!.Name, a.Area.IsFocusArea, a.WeeklyHours, a.StartDate)).ToListAsync(cancellationToken);
        var areaIds = areas.Select(a => (int?)a.AreaId).ToList();
        var followUps = await FollowUpRows(db.ContactLogs.Where(c => c.FollowUpOwnerId == me && c.FollowUp != null && c.FollowUpClosedUtc == null)
            .OrderBy(c => c.FollowUpDue == null).ThenBy(c => c.FollowUpDue)).Take(50).ToListAsync(cancellationToken);
        var recent = await ContactRows(db.ContactLogs.Where(c => c.OfficerId == me).OrderByDescending(c => c.WhenUtc)).Take(10).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.EndUtc >= now && areaIds.Contains(e.AreaId))
            .OrderBy(e => e.StartUtc).Take(8)
            .Select(e => new MyEventRow(e.Id, e.Title, e.StartUtc, e.EndUtc, e.Area!.Name)).ToListAsync(cancellationToken);
        return View(new LiaisonHomeViewModel(areas, followUps, recent, events, today));
    }

    public static IQueryable<ContactRow> ContactRows(IQueryable<ContactLog> query) => query.AsNoTracking()
        .Select(c => new ContactRow(c.Id, c.WhenUtc, c.Kind, c.Category, c.Officer!.FullName,
            c.Congregation != null ? c.Congregation.Name : c.PartnerOrganization != null ? c.PartnerOrganization.Name : null,
            c.Area != null ? c.Area.Name : null, c.Purpose, c.PositiveContacts, c.FollowUp, c.FollowUpDue, c.FollowUpClosedUtc));

    public static IQueryable<FollowUpRow> FollowUpRows(IQueryable<ContactLog> query) => query.AsNoTracking()
        .Select(c => new FollowUpRow(c.Id, c.FollowUp!, c.FollowUpDue, c.FollowUpOwner != null ? c.FollowUpOwner.FullName : c.Officer!.FullName, c.Officer!.FullName,
            c.WhenUtc, c.Kind, c.Congregation != null ? c.Congregation.Name : c.PartnerOrganization != null ? c.PartnerOrganization.Name : null,
            c.Area != null ? c.Area.Name : null, c.FollowUpClosedUtc, c.FollowUpOutcome, c.Version.ToString()));
}
