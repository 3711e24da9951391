using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>/admin/assignments: who covers which area from when. Rows are ended, never rewritten or deleted.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/assignments")]
public sealed class AssignmentsController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, ILogger<AssignmentsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? area, CancellationToken cancellationToken) =>
        await IndexViewAsync(new AssignmentForm { AreaId = area, StartDate = CentralTimeZone.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), WeeklyHours = 20 }, area, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Create(AssignmentForm form, [FromServices] IValidator<AssignmentForm> validator, CancellationToken cancellationToken)
    {
        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return await IndexViewAsync(form, null, cancellationToken);
        }

        var officer = await users.FindByIdAsync(form.OfficerId!);
        if (officer is null || officer.IsDisabled || !await users.IsInRoleAsync(officer, Roles.Officer))
        {
            ModelState.AddModelError(nameof(AssignmentForm.OfficerId), "Choose an officer from the list (the account must hold the Officer role).");
            return await IndexViewAsync(form, null, cancellationToken);
        }

        var area = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == form.AreaId, cancellationToken);
        if (area is null)
        {
            ModelState.AddModelError(nameof(AssignmentForm.AreaId), "Choose an area from the list.");
            return await IndexViewAsync(form, null, cancellationToken);
        }

        CentralTimeInput.TryParseDate(form.StartDate, out var start);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Saves for this officer and area wait for each other (SQL Server; SQLite has one writer), so the check below
        // always sees an assignment saved a moment ago.
        await SaveLock.ForAssignmentAsync(db, officer.Id, area.Id, cancellationToken);
        var existing = await db.LiaisonAssignments.AsNoTracking().Where(a => a.OfficerId == officer.Id && a.AreaId == area.Id).ToListAsync(cancellationToken);
        var clash = LiaisonAssignment.FirstOverlap(existing, start);
        if (clash is not null)
        {
            ModelState.AddModelError(nameof(AssignmentForm.StartDate),
                $"{officer.FullName} is already assigned to {area.Name} from {clash.StartDate:MMM d, yyyy}{(clash.EndDate is { } e ? $" to {e:MMM d, yyyy}" : " with no end date")}. "
                + "End that assignment first, or start this one after it.");
            return await IndexViewAsync(form, null, cancellationToken);
        }

        db.LiaisonAssignments.Add(new LiaisonAssignment
        {
            OfficerId = officer.Id,
            AreaId = area.Id,
            StartDate = start,
            WeeklyHours = form.WeeklyHours!.Value,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedById = users.GetUserId(User),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Officer {OfficerId} assigned to area {AreaId}", officer.Id, area.Id);
        this.SetStatus($"{officer.FullName} is assigned to {area.Name} from {start:ddd, MMM d, yyyy}.");
        return LocalRedirect("/admin/assignments");
    }

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
            this.SetStatus("This assignment was changed by someone else. Check it and try again. Nothing was changed.");
            return LocalRedirect("/admin/assignments");
        }

        db.Entry(assignment).Property(a => a.Version).OriginalValue = version;
        assignment.EndDate = end;
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            this.SetStatus("This assignment was changed by someone else. Check it and try again. Nothing was changed.");
            return LocalRedirect("/admin/assignments");
        }

        this.SetStatus($"{assignment.Officer!.FullName}'s assignment to {assignment.Area!.Name} ends on {end:ddd, MMM d, yyyy}.");
        return LocalRedirect("/admin/assignments");
    }

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
