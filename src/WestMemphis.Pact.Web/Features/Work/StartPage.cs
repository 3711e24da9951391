using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Work;

/// <summary>Which sections a person sees: the same role rules as the staff menu (an admin does every job).</summary>
public sealed record StartPageRoles(bool Coordinator, bool Officer, bool Admin);

/// <summary>One line of work: what it is, how many, and the page where it is done.</summary>
public sealed record WorkLine(string Text, int Count, string Href);

/// <summary>A section of the start page (a job); <see cref="Lines"/> may be empty ("Nothing waiting").</summary>
public sealed record WorkSection(string Id, string Title, IReadOnlyList<WorkLine> Lines, IReadOnlyList<WorkLine> Items);

public sealed record StartPageViewModel(IReadOnlyList<WorkSection> Sections);

/// <summary>Builds the start page from the database; each section only for the role that does that work.</summary>
public static class StartPage
{
    private const int ItemsShown = 8;

    public static async Task<StartPageViewModel> LoadAsync(AppDbContext db, string me, StartPageRoles roles, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var sections = new List<WorkSection>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = CentralTimeZone.Today(clock);
        if (roles.Coordinator)
        {
            sections.Add(await CoordinatorAsync(db, now, cancellationToken));
        }

        if (roles.Officer)
        {
            sections.Add(await OfficerAsync(db, me, today, cancellationToken));
        }

        if (roles.Admin)
        {
            sections.Add(await AdminAsync(db, cancellationToken));
        }

        return new StartPageViewModel(sections);
    }

    private static async Task<WorkSection> CoordinatorAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var submitted = await db.PresentationRequests.CountAsync(r => r.Status == PresentationStatus.Submitted, cancellationToken);
        var underReview = await db.PresentationRequests.CountAsync(r => r.Status == PresentationStatus.UnderReview, cancellationToken);
        var needing = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.SeekingVolunteers && e.EndUtc > now)
            .Where(e => e.Shifts.Any(s => s.StartUtc > now && s.Filled < s.Capacity))
            .OrderBy(e => e.StartUtc)
            .Select(e => new { e.Id, e.Title, e.StartUtc, Open = e.Shifts.Where(s => s.StartUtc > now).Sum(s => s.Capacity - s.Filled) })
            .ToListAsync(cancellationToken);
        var unassigned = await db.Concerns.CountAsync(c => c.AssignedOfficerId == null
            && (c.Status == ConcernStatus.New || c.Status == ConcernStatus.Acknowledged || c.Status == ConcernStatus.InProgress), cancellationToken);
        return new WorkSection("coordinator", "Coordination",
        [
            new(Plural(submitted, "visit request waiting for review", "visit requests waiting for review"), submitted, "/manage/presentations?status=Submitted"),
            new(Plural(underReview, "visit request under review", "visit requests under review"), underReview, "/manage/presentations?status=UnderReview"),
            new(Plural(needing.Count, "event needing volunteers", "events needing volunteers"), needing.Count, "/manage/events"),
            new(Plural(unassigned, "open concern with nobody assigned", "open concerns with nobody assigned"), unassigned, "/concerns/manage"),
        ],
        needing.Take(ItemsShown).Select(e => new WorkLine(
            $"{e.Title}, {CentralTime.Format(e.StartUtc)}: {Plural(e.Open, "place", "places")} open", e.Open, $"/manage/events/{e.Id}")).ToList());
    }

    private static async Task<WorkSection> OfficerAsync(AppDbContext db, string me, DateOnly today, CancellationToken cancellationToken)
    {
        var followUps = db.ContactLogs.Where(c => c.FollowUp != null && c.FollowUpClosedUtc == null && c.FollowUpOwnerId == me);
        var due = await followUps.CountAsync(c => c.FollowUpDue != null && c.FollowUpDue <= today, cancellationToken);
        var openFollowUps = await followUps.CountAsync(cancellationToken);
        var areas = await db.LiaisonAssignments.AsNoTracking().Where(a => a.OfficerId == me).Where(LiaisonAssignment.CurrentOn(today))
            .Select(a => new { a.AreaId, a.Area!.Name }).Distinct().ToListAsync(cancellationToken);
        var areaIds = areas.Select(a => a.AreaId).ToList();
        var newByArea = await db.Concerns.AsNoTracking().Where(c => c.Status == ConcernStatus.New && c.AreaId != null && areaIds.Contains(c.AreaId.Value))
            .GroupBy(c => c.AreaId!.Value).Select(g => new { AreaId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var problemItems = await db.ProblemActionItems.CountAsync(a => a.Problem!.OwnerId == me
            && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress), cancellationToken);
        var crimeItems = await db.CrimeActionItems.CountAsync(a => a.OwnerUserId == me
            && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress), cancellationToken);
        var lines = new List<WorkLine>
        {
            new(Plural(due, "follow-up due today or overdue", "follow-ups due today or overdue"), due, "/liaison/followups"),
            new(Plural(openFollowUps, "open follow-up in all", "open follow-ups in all"), openFollowUps, "/liaison/followups"),
        };
        lines.AddRange(areas.OrderBy(a => a.Name).Select(a =>
        {
            var count = newByArea.FirstOrDefault(n => n.AreaId == a.AreaId)?.Count ?? 0;
            return new WorkLine(Plural(count, $"new concern in {a.Name}", $"new concerns in {a.Name}"), count,
                $"/concerns/manage?area={a.AreaId.ToString(CultureInfo.InvariantCulture)}&status=New");
        }));
        lines.Add(new(Plural(problemItems, "open action item on your problem-solving projects", "open action items on your problem-solving projects"), problemItems, "/problems"));
        lines.Add(new(Plural(crimeItems, "open crime-review action item of yours", "open crime-review action items of yours"), crimeItems, "/crime/reviews"));
        return new WorkSection("officer", areas.Count == 0 ? "Your liaison work (no areas assigned to you now)" : "Your liaison work", lines, []);
    }

    private static async Task<WorkSection> AdminAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.Users.AsNoTracking().Where(u => !u.EmailConfirmed && !u.IsDisabled);
        var pendingCount = await pending.CountAsync(cancellationToken);
        var pendingShown = await pending.OrderBy(u => u.CreatedUtc).Take(ItemsShown)
            .Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        return new WorkSection("admin", "Administration",
        [
            new(Plural(pendingCount, "account waiting for its email address to be confirmed", "accounts waiting for their email address to be confirmed"), pendingCount, "/admin/users"),
            new(Plural(failed, "email that could not be sent", "emails that could not be sent"), failed, "/admin/outbox?status=Failed"),
        ],
        pendingShown.Select(u => new WorkLine($"{u.FullName} ({u.Email}) has not confirmed the email address", 1, $"/admin/users/{Uri.EscapeDataString(u.Id)}")).ToList());
    }

    private static string Plural(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
