using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>End an assignment on its last day. The form carries the assignment's version: a stale page changes nothing.</summary>
public sealed partial class AssignmentsController
{
    [HttpPost("{id:int}/end")]
    public async Task<IActionResult> End(int id, EndAssignmentForm form, CancellationToken cancellationToken)
    {
        var assignment = await db.LiaisonAssignments.Include(a => a.Officer).Include(a => a.Area).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return NotFound();
        }

        if (assignment.EndDate is not null)
        {
            this.SetStatus("That assignment has already ended.");
            return LocalRedirect("/admin/assignments");
        }

        if (!CentralTimeInput.TryParseDate(form.EndDate, out var end) || end < assignment.StartDate)
        {
            this.SetStatus($"Enter the last day as a date on or after {assignment.StartDate:MMM d, yyyy}. Nothing was changed.");
            return LocalRedirect("/admin/assignments");
        }

        if (!Guid.TryParse(form.Version, out var version) || version != assignment.Version)
        {
            this.SetStatus(SaveChangesExtensions.ChangedBySomeoneElse("assignment"));
            return LocalRedirect("/admin/assignments");
        }

        db.ExpectVersion(assignment, version);
        assignment.EndDate = end;
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            this.SetStatus(SaveChangesExtensions.ChangedBySomeoneElse("assignment"));
            return LocalRedirect("/admin/assignments");
        }

        this.SetStatus($"{assignment.Officer!.FullName}'s assignment to {assignment.Area!.Name} ends on {end:ddd, MMM d, yyyy}.");
        return LocalRedirect("/admin/assignments");
    }
}

public sealed class EndAssignmentForm
{
    public string? EndDate { get; set; }
    public string? Version { get; set; }
}
