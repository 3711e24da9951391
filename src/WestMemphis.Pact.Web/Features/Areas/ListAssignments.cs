using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Liaison;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>The assignments, current and ended, by area, with the form to assign an officer.</summary>
public sealed partial class AssignmentsController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? area, CancellationToken cancellationToken) =>
        await IndexViewAsync(new AssignmentForm { AreaId = area, StartDate = CentralTimeZone.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), WeeklyHours = 20 }, area, cancellationToken);

    private async Task<IActionResult> IndexViewAsync(AssignmentForm form, int? area, CancellationToken cancellationToken)
    {
        var query = db.LiaisonAssignments.AsNoTracking();
        if (area is not null)
        {
            query = query.Where(a => a.AreaId == area);
        }

        var rows = await query.OrderBy(a => a.Area!.SortOrder).ThenByDescending(a => a.StartDate)
            .Select(a => new AssignmentRow(a.Id, a.Officer!.FullName, a.Area!.Name, a.StartDate, a.EndDate, a.WeeklyHours, a.Version.ToString()))
            .Take(1000).ToListAsync(cancellationToken);
        return View("Index", new AssignmentsViewModel(form, rows, CentralTimeZone.Today(clock),
            await Officers.ItemsAsync(db, cancellationToken), await Officers.AreaItemsAsync(db, cancellationToken)));
    }
}

public sealed record AssignmentRow(int Id, string Officer, string Area, DateOnly StartDate, DateOnly? EndDate, int WeeklyHours, string Version)
{
    public bool IsCurrentOn(DateOnly day) => LiaisonAssignment.IsCurrentOn(StartDate, EndDate, day);
}

public sealed record AssignmentsViewModel(AssignmentForm Form, IReadOnlyList<AssignmentRow> Rows, DateOnly Today,
    IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Officers, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Areas);
