using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Contacts;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>One congregation with its clergy, assessments and contact history; staff-only notes, so every view is audited.</summary>
public sealed partial class CongregationsController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        var page = await CongregationDetailsViewModel.LoadAsync(db, id, new ClergyForm(), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        // Staff-only notes and clergy contacts: every view is audited.
        await audit.WriteAsync("Viewed", nameof(Congregation), id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return View(page);
    }
}

/// <summary>One congregation's page: its fields, clergy, security assessments and contact history, read as the page shows them.</summary>
public sealed record CongregationDetailsViewModel(CongregationView Congregation, IReadOnlyList<ContactRow> History, ClergyForm ClergyForm)
{
    /// <summary>The page for congregation <paramref name="id"/>, with <paramref name="form"/> in the clergy form; null when there is none.</summary>
    public static async Task<CongregationDetailsViewModel?> LoadAsync(AppDbContext db, int id, ClergyForm form, CancellationToken cancellationToken)
    {
        var congregation = await db.Congregations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new CongregationView(x.Id, x.Name, x.Denomination, x.Address, x.Area == null ? null : x.Area.Name, x.Phone, x.Website, x.Notes,
                x.Clergy.OrderBy(k => k.Name).Select(k => new ClergyView(k.Name, k.Title, k.Phone, k.Email, k.PreferredContact)).ToList(),
                x.Assessments.OrderByDescending(a => a.Date).Select(a => new AssessmentView(a.Date, a.Officer == null ? null : a.Officer.FullName, a.Attendance,
                    a.YouthPrograms, a.Daycare, a.Cameras, a.Alarm, a.AccessControl, a.SecurityTeam, a.Recommendations, a.FollowUpDate)).ToList()))
            .AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (congregation is null)
        {
            return null;
        }

        var history = await LiaisonController.ContactRows(db.ContactLogs.Where(l => l.CongregationId == id).OrderByDescending(l => l.WhenUtc)).Take(200).ToListAsync(cancellationToken);
        return new CongregationDetailsViewModel(congregation, history, form);
    }
}

public sealed record CongregationView(int Id, string Name, string? Denomination, string Address, string? Area, string? Phone, string? Website, string? Notes,
    IReadOnlyList<ClergyView> Clergy, IReadOnlyList<AssessmentView> Assessments);

public sealed record ClergyView(string Name, string? Title, string? Phone, string? Email, PreferredContact PreferredContact);

public sealed record AssessmentView(DateOnly Date, string? Officer, int? Attendance, bool YouthPrograms, bool Daycare, bool Cameras, bool Alarm, bool AccessControl,
    bool SecurityTeam, string? Recommendations, DateOnly? FollowUpDate)
{
    /// <summary>The security measures the assessment found, in words.</summary>
    public IEnumerable<string> Measures =>
        new[] { (YouthPrograms, "youth programs"), (Daycare, "daycare"), (Cameras, "cameras"), (Alarm, "alarm"), (AccessControl, "access control"), (SecurityTeam, "security team") }
            .Where(x => x.Item1).Select(x => x.Item2);
}
