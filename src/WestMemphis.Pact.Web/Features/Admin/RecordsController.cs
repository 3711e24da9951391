using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Records;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Admin;

/// <summary>/admin/records: the retention rules and what the next run would change, legal holds, and the last runs.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/records")]
public sealed class RecordsController(AppDbContext db, RecordsRetention retention, TimeProvider clock, AuditLog audit, UserManager<ApplicationUser> users,
    IValidator<PlaceHoldForm> placeValidator, IValidator<ReleaseHoldForm> releaseValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ModelAsync(new PlaceHoldForm(), cancellationToken));

    [HttpPost("holds")]
    public async Task<IActionResult> Place(PlaceHoldForm form, CancellationToken cancellationToken)
    {
        var result = await placeValidator.ValidateAsync(form, cancellationToken);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        var hold = new LegalHold
        {
            Kind = form.Kind, Reason = form.Reason?.Trim() ?? "", PlacedById = users.GetUserId(User)!, PlacedUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (result.IsValid)
        {
            var target = form.Target?.Trim() ?? "";
            switch (form.Kind)
            {
                case HoldKind.Record when long.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && await RecordExistsAsync(form.RecordKind, id, cancellationToken):
                    (hold.RecordKind, hold.RecordId) = (form.RecordKind, id.ToString(CultureInfo.InvariantCulture));
                    break;
                case HoldKind.Problem when int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var problemId) && await db.Problems.AnyAsync(p => p.Id == problemId, cancellationToken):
                    hold.ProblemId = problemId;
                    break;
                case HoldKind.Person when await users.FindByEmailAsync(target) is { } person:
                    hold.PersonId = person.Id;
                    break;
                case HoldKind.IncidentDateRange when form.From is { } from && form.To is { } to && from <= to:
                    (hold.FromUtc, hold.ToUtc) = (CentralTimeZone.StartOfDayUtc(from), CentralTimeZone.StartOfDayUtc(to.AddDays(1)));
                    break;
                case HoldKind.IncidentDateRange:
                    ModelState.AddModelError(nameof(PlaceHoldForm.From), "Enter the first and last day of the incidents to hold, the first not after the last.");
                    break;
                default:
                    ModelState.AddModelError(nameof(PlaceHoldForm.Target), form.Kind == HoldKind.Person
                        ? "No account has that email address."
                        : "No record of that kind has that number.");
                    break;
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await ModelAsync(form, cancellationToken));
        }

        db.LegalHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus($"Hold {hold.Id} placed: the records it covers are kept until it is released.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("holds/{id:int}/release")]
    public async Task<IActionResult> Release(int id, ReleaseHoldForm form, CancellationToken cancellationToken)
    {
        var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (hold is null)
        {
            return NotFound();
        }

        var result = await releaseValidator.ValidateAsync(form, cancellationToken);
        if (!result.IsValid || !hold.IsActive)
        {
            this.SetStatus(hold.IsActive ? $"Hold {id} was not released: {result.Errors[0].ErrorMessage}" : $"Hold {id} was already released.");
            return RedirectToAction(nameof(Index));
        }

        hold.ReleasedById = users.GetUserId(User);
        hold.ReleasedUtc = clock.GetUtcNow().UtcDateTime;
        hold.ReleaseReason = form.Reason!.Trim();
        audit.Add("LegalHoldReleased", nameof(LegalHold), id.ToString(CultureInfo.InvariantCulture), $"{hold.Kind}; reason: {hold.ReleaseReason}");
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus($"Hold {id} released. Its records follow the retention rules again from the next run.");
        return RedirectToAction(nameof(Index));
    }

    private Task<bool> RecordExistsAsync(RecordKind kind, long id, CancellationToken cancellationToken) => kind switch
    {
        RecordKind.Concern => db.Concerns.AnyAsync(c => c.Id == id, cancellationToken),
        RecordKind.ContactLog => db.ContactLogs.AnyAsync(c => c.Id == id, cancellationToken),
        RecordKind.Problem => db.Problems.AnyAsync(p => p.Id == id, cancellationToken),
        RecordKind.PresentationRequest => db.PresentationRequests.AnyAsync(r => r.Id == id, cancellationToken),
        RecordKind.OutboxMessage => db.OutboxMessages.AnyAsync(m => m.Id == id, cancellationToken),
        RecordKind.Incident => db.Incidents.AnyAsync(i => i.Id == id, cancellationToken),
        RecordKind.ImportRejectedRow => db.ImportRejectedRows.AnyAsync(r => r.Id == id, cancellationToken),
        _ => Task.FromResult(false),
    };

    private async Task<RecordsViewModel> ModelAsync(PlaceHoldForm form, CancellationToken cancellationToken)
    {
        var due = await retention.PreviewAsync(cancellationToken);
        var holds = await db.LegalHolds.AsNoTracking().OrderBy(h => h.ReleasedUtc != null).ThenByDescending(h => h.Id).Take(100).ToListAsync(cancellationToken);
        var runs = await db.RetentionRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(20).ToListAsync(cancellationToken);
        return new RecordsViewModel(due, holds, runs, form);
    }
}

public sealed class PlaceHoldForm
{
    public HoldKind Kind { get; set; }
    public RecordKind RecordKind { get; set; }

    /// <summary>The record's or problem's number, or the person's email address.</summary>
    public string? Target { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Reason { get; set; }
}

public sealed class PlaceHoldFormValidator : AbstractValidator<PlaceHoldForm>
{
    public PlaceHoldFormValidator()
    {
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Choose what to hold.");
        RuleFor(f => f.RecordKind).IsInEnum().WithMessage("Choose the kind of record.");
        RuleFor(f => f.Target).NotEmpty().When(f => f.Kind != HoldKind.IncidentDateRange)
            .WithMessage("Enter the record's or problem's number, or the person's email address.")
            .MaximumLength(FieldLengths.Email).WithMessage($"Enter at most {FieldLengths.Email} characters.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Say why the records are held (for example the request or case).")
            .MaximumLength(FieldLengths.LegalHold.Reason).WithMessage($"Enter at most {FieldLengths.LegalHold.Reason} characters.");
    }
}

public sealed class ReleaseHoldForm
{
    public string? Reason { get; set; }

    /// <summary>The admin ticked "the records may be purged again": a release is never one stray click.</summary>
    public bool Confirm { get; set; }
}

public sealed class ReleaseHoldFormValidator : AbstractValidator<ReleaseHoldForm>
{
    public ReleaseHoldFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("say why the hold ends.")
            .MaximumLength(FieldLengths.LegalHold.ReleaseReason).WithMessage($"enter at most {FieldLengths.LegalHold.ReleaseReason} characters for the reason.");
        RuleFor(f => f.Confirm).Equal(true).WithMessage("tick the box to confirm that its records may be purged again.");
    }
}

public sealed record RecordsViewModel(IReadOnlyList<RetentionDue> Rules, IReadOnlyList<LegalHold> Holds, IReadOnlyList<RetentionRun> Runs, PlaceHoldForm Form);
