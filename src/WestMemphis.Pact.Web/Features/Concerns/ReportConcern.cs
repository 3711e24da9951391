using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Report a concern (signed in or not): created and placed by <see cref="ConcernIntake"/>, the same rules as one logged at a meeting.</summary>
public sealed partial class ConcernsController
{
    [HttpGet("concerns/new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var me = await SignedInContact.FindAsync(User, db, cancellationToken);
        return await FormViewAsync(new ReportConcernForm
        {
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Name = me?.Name,
            Email = me?.Email,
            Phone = me?.Phone,
        }, cancellationToken);
    }

    [HttpPost("concerns/new"), FormBudget]
    [RequestFormLimits(MultipartBodyLengthLimit = 24 * 1024 * 1024), RequestSizeLimit(24 * 1024 * 1024)]
    public async Task<IActionResult> New(ReportConcernForm form, IFormFile? photo, [FromServices] IValidator<ReportConcernForm> validator,
        [FromServices] HttpAuditActor auditActor, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (form.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list, or leave it for us to find from the address.");
            valid = false;
        }

        byte[]? jpeg = null;
        if (photo is not null)
        {
            (jpeg, var photoError) = await photos.PrepareAsync(photo, cancellationToken);
            if (photoError is not null)
            {
                ModelState.AddModelError("photo", photoError);
                valid = false;
            }
        }

        if (!valid)
        {
            return await FormViewAsync(form, cancellationToken);
        }

        // A place the look-up cannot put in an area is said before saving, with the area list, so the concern is not lost
        // in a queue nobody watches; the reporter may still send it as it is, for the coordinator to place.
        var located = form.AreaId is null ? await locator.LocateAsync(form.Location, cancellationToken) : null;
        if (located is not null && located.Outcome != AreaLocationOutcome.Found && !form.SendAsItIs)
        {
            // An error on the area field (so the summary links to the list, and the post costs what a correction costs).
            ModelState.AddModelError(nameof(form.AreaId), $"We couldn't tell which area “{form.Location!.Trim()}” is in: choose it from the list, or send it as it is and the coordinator will place it.");
            return await FormViewAsync(form, cancellationToken, new Unplaced(form.Location!.Trim(), located.CandidateAreaIds, photo is not null));
        }

        var key = string.IsNullOrWhiteSpace(form.IdempotencyKey) || !FormRules.IsPlainText(form.IdempotencyKey) ? Guid.NewGuid().ToString("N") : form.IdempotencyKey.Trim();
        if (await db.Concerns.AsNoTracking().Where(c => c.IdempotencyKey == key).Select(c => c.ReferenceCode).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            return Sent(earlier, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var anonymous = form.Anonymous;
        if (anonymous)
        {
            // Nothing kept may tie an anonymous report to an account or an address: its audit rows name the public form.
            auditActor.ActAsPublicForm();
        }

        var concern = ConcernIntake.Create(new NewConcern(key, form.Category!.Value, form.Location!, form.Description!, FormRules.Clean(form.WhenItHappens),
            anonymous, FormRules.Clean(form.Name), FormRules.Clean(form.Email), FormRules.Clean(form.Phone),
            User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null), now);
        ConcernIntake.Place(concern, form.AreaId, located?.AreaId);

        StoredPhoto? stored = null;
        if (jpeg is not null)
        {
            stored = await photos.SaveAsync(jpeg, cancellationToken);
            concern.PhotoStoredName = stored.StoredName;
            concern.PhotoContentType = stored.ContentType;
        }

        db.Concerns.Add(concern);
        emails.Received(concern);
        if (!await db.TrySaveChangesAsync(cancellationToken, orInsertedMeanwhile: true))
        {
            if (stored is not null)
            {
                photos.Delete(stored.StoredName);
            }

            // The unique index on the idempotency key: the double-click twin committed first.
            var twin = await db.Concerns.AsNoTracking().Where(c => c.IdempotencyKey == key).Select(c => c.ReferenceCode).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException("A concern was refused by the database, and no concern with its idempotency key exists.");
            logger.LogInformation("Duplicate concern submission answered with the first one");
            return Sent(twin, false);
        }

        logger.LogInformation("Concern {ConcernId} ({Category}) reported, area {AreaId} by {Placement}, photo {HasPhoto}", concern.Id, concern.Category, concern.AreaId, concern.AreaPlacedBy, stored is not null);
        return Sent(concern.ReferenceCode, concern.ReporterEmail is not null);
    }

    private async Task<IActionResult> FormViewAsync(ReportConcernForm form, CancellationToken cancellationToken, Unplaced? unplaced = null) =>
        View("New", new ReportConcernPage(form, await db.AreaSelectListAsync(cancellationToken), photos.MaxBytes / (1024 * 1024), unplaced));
}

/// <summary>The place the look-up could not put in one area: as typed, the areas it could be in (if any), and whether a photo must be attached again.</summary>
public sealed record Unplaced(string Place, IReadOnlyList<int> CandidateAreaIds, bool HadPhoto);

/// <summary>The report page: the form, the areas to choose from, the largest photo accepted in MB, and the place that could not be placed.</summary>
public sealed record ReportConcernPage(ReportConcernForm Form, IReadOnlyList<SelectListItem> Areas, long MaxPhotoMb, Unplaced? Unplaced = null)
{
    /// <summary>The names of the areas an ambiguous place could be in ("Ward 1 or Ward 2"), or null.</summary>
    public string? CandidateNames => Unplaced is { CandidateAreaIds.Count: > 1 } u
        ? string.Join(" or ", Areas.Where(a => u.CandidateAreaIds.Any(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture) == a.Value)).Select(a => a.Text))
        : null;
}

/// <summary>/concerns/new: what, where, when, an optional photo and optional contact (or anonymous).</summary>
public sealed class ReportConcernForm : IConcernFields
{
    public ConcernCategory? Category { get; set; }
    public string? Location { get; set; }
    public int? AreaId { get; set; }
    public string? Description { get; set; }
    public string? WhenItHappens { get; set; }
    public bool Anonymous { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? IdempotencyKey { get; set; }

    /// <summary>The reporter saw that the place could not be put in an area and chose to send it as it is.</summary>
    public bool SendAsItIs { get; set; }
}

public sealed class ReportConcernFormValidator : AbstractValidator<ReportConcernForm>
{
    public ReportConcernFormValidator()
    {
        this.AddConcernFieldRules("Say what is happening.", "Your name");
        RuleFor(f => f.IdempotencyKey).MaximumLength(FieldLengths.Concern.IdempotencyKey).WithMessage("Reload the page and send the form again.");
    }
}

/// <summary>The reference code page after a report.</summary>
public sealed record ConcernSentViewModel(string? ReferenceCode, bool HasEmail, string? AreaName);
