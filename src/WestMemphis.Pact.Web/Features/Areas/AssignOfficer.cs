using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>Assign an officer to an area from a day; an overlapping assignment of the same officer and area is refused.</summary>
public sealed partial class AssignmentsController
{
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
}

public sealed class AssignmentForm
{
    public string? OfficerId { get; set; }
    public int? AreaId { get; set; }
    public string? StartDate { get; set; }
    public int? WeeklyHours { get; set; }
}

public sealed class AssignmentFormValidator : AbstractValidator<AssignmentForm>
{
    public AssignmentFormValidator()
    {
        RuleFor(f => f.OfficerId).NotEmpty().WithMessage("Choose an officer.").MaximumLength(FieldLengths.LiaisonAssignment.OfficerId).WithMessage("Choose an officer from the list.");
        RuleFor(f => f.AreaId).NotNull().WithMessage("Choose an area.");
        RuleFor(f => f.StartDate).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the first day as a date, for example 2026-07-01.");
        RuleFor(f => f.WeeklyHours).NotNull().WithMessage("Enter the weekly hours.").InclusiveBetween(1, 60).WithMessage("Weekly hours run from 1 to 60.");
    }
}
