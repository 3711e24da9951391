using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Areas;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>History per area, the contact-log export and the monthly activity report (printable and CSV).</summary>
[Authorize(Policy = Policies.Officer)]
[Route("liaison")]
public sealed class LiaisonReportsController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users) : Controller
{
    [HttpGet("areas/{id:int}")]
    public async Task<IActionResult> Area(int id, CancellationToken cancellationToken)
    {
        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        var rows = await LiaisonController.ContactRows(db.ContactLogs.Where(c => c.AreaId == id).OrderByDescending(c => c.WhenUtc)).Take(500).ToListAsync(cancellationToken);
        var officers = await db.LiaisonAssignments.AsNoTracking().Where(a => a.AreaId == id).OrderByDescending(a => a.StartDate)
            .Select(a => new AssignmentRow(a.Id, a.Officer!.FullName, a.Area!.Name, a.StartDate, a.EndDate, a.WeeklyHours, "")).ToListAsync(cancellationToken);
        return View(new AreaHistoryViewModel(area.Name, rows, officers, CentralTimeZone.Today(clock)));
    }

    [HttpGet("contacts.csv")]
    public async Task<IActionResult> ContactsCsv(CancellationToken cancellationToken)
    {
        var query = db.ContactLogs.AsNoTracking();
        if (!User.IsInRole(Roles.Admin))
        {
            var me = users.GetUserId(User);
            query = query.Where(c => c.OfficerId == me);
        }

        var rows = await LiaisonController.ContactRows(query.OrderBy(c => c.WhenUtc)).Take(100_000).ToListAsync(cancellationToken);
        return CsvDownload.File("contacts.csv", ["When", "Kind", "Category", "Officer", "With", "Area", "Purpose", "People reached", "Follow-up", "Due", "Follow-up closed"],
            rows.Select(r => (IReadOnlyList<string?>)[CentralTime.ToLocal(r.WhenUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), ContactKinds.Label(r.Kind),
                ContactKinds.Label(r.Category), r.Officer, r.With, r.Area, r.Purpose, r.PositiveContacts?.ToString(CultureInfo.InvariantCulture) ?? "", r.FollowUp,
                r.FollowUpDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.FollowUpClosedUtc is { } c ? CentralTime.ToLocal(c).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""]));
    }

    [HttpGet("report")]
    public async Task<IActionResult> Report(string? month, string? officer, CancellationToken cancellationToken) =>
        View(await BuildAsync(month, officer, cancellationToken));

    [HttpGet("report.csv")]
    public async Task<IActionResult> ReportCsv(string? month, string? officer, CancellationToken cancellationToken)
    {
        var r = await BuildAsync(month, officer, cancellationToken);
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var k in r.ByKind)
        {
            rows.Add(["Contacts by kind", ContactKinds.Label(k.Key), k.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        foreach (var c in r.ByCategory)
        {
            rows.Add(["Contacts by category", ContactKinds.Label(c.Key), c.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        rows.Add(["Totals", "Contacts", r.Contacts.ToString(CultureInfo.InvariantCulture)]);
        rows.Add(["Totals", "People reached", r.PeopleReached.ToString(CultureInfo.InvariantCulture)]);
        rows.Add(["Totals", "Congregations visited", r.CongregationsVisited.ToString(CultureInfo.InvariantCulture)]);
        rows.Add(["Totals", "Follow-ups opened", r.FollowUpsOpened.ToString(CultureInfo.InvariantCulture)]);
        rows.Add(["Totals", "Follow-ups closed", r.FollowUpsClosed.ToString(CultureInfo.InvariantCulture)]);
        return CsvDownload.File($"activity-{r.Month:yyyy-MM}{(r.OfficerName is null ? "-unit" : "")}.csv", ["Section", "Item", "Count"], rows);
    }

    private async Task<ActivityReportViewModel> BuildAsync(string? month, string? officer, CancellationToken cancellationToken)
    {
        var today = CentralTimeZone.Today(clock);
        var first = DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) && m.Year is >= 2000 and <= 2100
            ? m : new DateOnly(today.Year, today.Month, 1);
        var fromUtc = CentralTimeInput.ToUtc(first, TimeOnly.MinValue)!.Value;
        var toUtc = CentralTimeInput.ToUtc(first.AddMonths(1), TimeOnly.MinValue)!.Value;
        string? officerName = null;
        var query = db.ContactLogs.AsNoTracking();
        var closedQuery = db.ContactLogs.AsNoTracking();
        if (officer is { Length: > 0 and <= 450 })
        {
            officerName = await db.Users.Where(u => u.Id == officer).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
            if (officerName is not null)
            {
                query = query.Where(c => c.OfficerId == officer);
                closedQuery = closedQuery.Where(c => c.FollowUpOwnerId == officer);
            }
        }

        var inMonth = query.Where(c => c.WhenUtc >= fromUtc && c.WhenUtc < toUtc);
        var counts = await inMonth.GroupBy(c => new { c.Kind, c.Category }).Select(g => new { g.Key.Kind, g.Key.Category, Count = g.Count(), People = g.Sum(c => c.PositiveContacts) ?? 0 })
            .ToListAsync(cancellationToken);
        var congregations = await inMonth.Where(c => c.CongregationId != null).Select(c => c.CongregationId).Distinct().CountAsync(cancellationToken);
        var opened = await inMonth.CountAsync(c => c.FollowUp != null, cancellationToken);
        var closed = await closedQuery.CountAsync(c => c.FollowUpClosedUtc >= fromUtc && c.FollowUpClosedUtc < toUtc, cancellationToken);
        return new ActivityReportViewModel(first, officer, officerName,
            Enum.GetValues<ContactKind>().ToDictionary(k => k, k => counts.Where(c => c.Kind == k).Sum(c => c.Count)),
            Enum.GetValues<ContactCategory>().ToDictionary(k => k, k => counts.Where(c => c.Category == k).Sum(c => c.Count)),
            counts.Sum(c => c.Count), counts.Sum(c => c.People), congregations, opened, closed,
            await Officers.ItemsAsync(db, cancellationToken));
    }
}

public sealed record AreaHistoryViewModel(string Area, IReadOnlyList<ContactRow> Contacts, IReadOnlyList<AssignmentRow> Officers, DateOnly Today);

public sealed record ActivityReportViewModel(DateOnly Month, string? OfficerId, string? OfficerName, IReadOnlyDictionary<ContactKind, int> ByKind,
    IReadOnlyDictionary<ContactCategory, int> ByCategory, int Contacts, int PeopleReached, int CongregationsVisited, int FollowUpsOpened, int FollowUpsClosed,
    IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Officers)
{
    public string Query => $"month={Month:yyyy-MM}&officer={Uri.EscapeDataString(OfficerId ?? "")}";
}
