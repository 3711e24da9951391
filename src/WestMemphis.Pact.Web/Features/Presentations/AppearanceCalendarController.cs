using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// /manage/calendar (appearances and events, month or week, filtered by officer or resource), /manage/resources, and each
/// officer's or resource's private, revocable .ics feed of appearances. One file per use case in this folder
/// (AppearanceCalendarView.cs, ManageResources.cs, ResourceCalendarFeeds.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed partial class AppearanceCalendarController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly AppearanceScheduler scheduler;
    private readonly LinkBuilder links;
    private readonly TimeProvider clock;
    private readonly AuditLog audit;

    public AppearanceCalendarController(AppDbContext db, AppearanceScheduler scheduler, LinkBuilder links, TimeProvider clock, AuditLog audit)
    {
        this.db = db;
        this.scheduler = scheduler;
        this.links = links;
        this.clock = clock;
        this.audit = audit;
    }
}
