using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>The public side of concerns: report one (signed in or not), and the reference code page.</summary>
/// <remarks>No request to these pages logs the user id ([LogWithoutUser]): an anonymous report must not be tied to an account.</remarks>
[AllowAnonymous, LogWithoutUser]
public sealed class ConcernsController(AppDbContext db, IAreaLocator locator, ConcernPhotoStore photos, ConcernEmails emails, TimeProvider clock,
    ILogger<ConcernsController> logger) : Controller
{
    private const string SentKey = "ConcernSent";

    [HttpGet("concerns/new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        await FormViewAsync(new ReportConcernForm { IdempotencyKey = Guid.NewGuid().ToString("N") }, cancellationToken);

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
        await locator.PlaceAsync(concern, form.AreaId, meetingArea: null, cancellationToken);

        StoredPhoto? stored = null;
        if (jpeg is not null)
        {
            stored = await photos.SaveAsync(jpeg, cancellationToken);
            concern.PhotoStoredName = stored.StoredName;
            concern.PhotoContentType = stored.ContentType;
        }

        db.Concerns.Add(concern);
        emails.Received(concern);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            if (stored is not null)
            {
                photos.Delete(stored.StoredName);
            }

            // The unique index on the idempotency key: the double-click twin committed first.
            db.ChangeTracker.Clear();
            var twin = await db.Concerns.AsNoTracking().Where(c => c.IdempotencyKey == key).Select(c => c.ReferenceCode).FirstOrDefaultAsync(cancellationToken);
            if (twin is null)
            {
                throw;
            }

            logger.LogInformation(ex, "Duplicate concern submission answered with the first one");
            return Sent(twin, false);
        }

        logger.LogInformation("Concern {ConcernId} ({Category}) reported, area {AreaId} by {Placement}, photo {HasPhoto}", concern.Id, concern.Category, concern.AreaId, concern.AreaPlacedBy, stored is not null);
        return Sent(concern.ReferenceCode, concern.ReporterEmail is not null);
    }

    [HttpGet("concerns/sent")]
    public async Task<IActionResult> Sent(CancellationToken cancellationToken)
    {
        var code = TempData[SentKey] as string;
        var hasEmail = TempData[SentKey + "Email"] is true;
        string? area = null;
        if (code is not null)
        {
            area = await db.Concerns.AsNoTracking().Where(c => c.ReferenceCode == code).Select(c => c.Area != null ? c.Area.Name : null).FirstOrDefaultAsync(cancellationToken);
        }

        return View(new ConcernSentViewModel(code, hasEmail, area));
    }

    // The code travels in TempData, never in the address, so it stays out of logs and history.
    private RedirectResult Sent(string code, bool hasEmail)
    {
        TempData[SentKey] = code;
        TempData[SentKey + "Email"] = hasEmail;
        return Redirect("/concerns/sent");
    }

    private async Task<IActionResult> FormViewAsync(ReportConcernForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await db.AreaSelectListAsync(cancellationToken);
        ViewData["MaxPhotoMb"] = photos.MaxBytes / (1024 * 1024);
        return View("New", form);
    }
}
