using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// Follow a request (or a concern) on /status with its reference code and email address, or straight from the private
/// link every email carries (/status/{token}, <see cref="StatusLinks"/>), which shows the same page. The link's secret is
/// kept out of the request log (RedactInLogs), its GET is rate-limited per address like the sign-in (the secret has 192
/// random bits, so the limit only stops floods), and the requester can stop every link of theirs from that page.
/// </summary>
public sealed partial class PresentationsController
{
    private const string NotFoundAnswer = "We found no request with that reference code and email address. Check both against your confirmation email, or call 870-735-1210.";

    private const string LinkNotWorking = "This status link does not work (any more): it was stopped, or it was copied incompletely. Check your request with its reference code and email address instead, or call 870-735-1210.";

    [HttpGet("status/{token}"), RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> StatusByLink(string token, [FromServices] StatusLinks statusLinks, [FromServices] Concerns.ConcernStatusLookup concerns,
        CancellationToken cancellationToken)
    {
        // The address holds a secret: never stored by a browser cache or sent on as a referrer.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var link = await statusLinks.FindAsync(token, cancellationToken);
        var page = link switch
        {
            { PresentationRequestId: { } requestId } => await FindRequestAsync(r => r.Id == requestId, cancellationToken) is { } found
                ? new StatusPage(new StatusLookupForm(), found.View, LinkToken: token)
                : null,
            { ConcernId: { } concernId } => await concerns.FindByIdAsync(concernId, cancellationToken) is { } concern
                ? new StatusPage(new StatusLookupForm(), ConcernResult: concern, LinkToken: token)
                : null,
            _ => null,
        };
        if (page is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            ModelState.AddModelError("", LinkNotWorking);
            return View("Status", new StatusPage(new StatusLookupForm()));
        }

        return View("Status", page);
    }

    /// <summary>The requester stops every private link of this request (or concern): the link that opened the page proves who asks.</summary>
    [HttpPost("status/link/revoke"), FormBudget(FormBudgetKind.EveryPost)]
    public async Task<IActionResult> RevokeStatusLinks(string? token, [FromServices] StatusLinks statusLinks, [FromServices] AuditLog audit, CancellationToken cancellationToken)
    {
        var link = await statusLinks.FindAsync(token, cancellationToken);
        if (link is null)
        {
            ModelState.AddModelError("", LinkNotWorking);
            return View("Status", new StatusPage(new StatusLookupForm()));
        }

        var count = await statusLinks.RevokeAsync(link.PresentationRequestId, link.ConcernId, cancellationToken);
        if (link.PresentationRequestId is { } requestId)
        {
            // Not for a concern: an audit row naming who stopped the links could tie an anonymous reporter to the concern.
            audit.Add("StatusLinksRevoked", nameof(PresentationRequest), requestId.ToString(CultureInfo.InvariantCulture), $"{count} private status links stopped by the requester");
            await db.SaveChangesAsync(cancellationToken);
        }

        this.SetStatus("Done: your private status links no longer work. You can still check with your reference code and email address.");
        return LocalRedirect("/status");
    }

    [HttpGet("status")]
    public IActionResult Status() => View(new StatusPage(new StatusLookupForm()));

    /// <summary>
    /// A POST, so the code and email address never appear in an address, a history or a log. A wrong code, a
    /// wrong email or a code that does not exist all get the same answer; the public-forms rate limit stops guessing.
    /// </summary>
    [HttpPost("status"), FormBudget(FormBudgetKind.EveryPost)]
    public async Task<IActionResult> Status(StatusLookupForm form, [FromServices] IValidator<StatusLookupForm> validator, [FromServices] Concerns.ConcernStatusLookup concerns,
        CancellationToken cancellationToken)
    {
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View(new StatusPage(form));
        }

        if (Concerns.ConcernStatusLookup.IsConcernCode(form.Code))
        {
            var concern = await concerns.FindAsync(form.Code, form.Email, cancellationToken);
            if (concern is null)
            {
                ModelState.AddModelError("", Concerns.ConcernStatusLookup.NotFoundAnswer);
            }

            return View(new StatusPage(form, ConcernResult: concern));
        }

        var code = PresentationLabels.NormalizeCode(form.Code);
        var found = await FindRequestAsync(r => r.ReferenceCode == code, cancellationToken);
        if (found is null || !string.Equals(found.RequesterEmail.Trim(), form.Email!.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("", NotFoundAnswer);
            return View(new StatusPage(form));
        }

        return View(new StatusPage(form, found.View));
    }

    /// <summary>What the status page shows of one request, and the address its code must come with.</summary>
    private async Task<FoundRequest?> FindRequestAsync(Expression<Func<PresentationRequest, bool>> which, CancellationToken cancellationToken)
    {
        var found = await db.PresentationRequests.AsNoTracking().Where(which)
            .Select(r => new
            {
                r.RequesterEmail,
                r.ReferenceCode,
                r.Kind,
                r.Status,
                r.CreatedUtc,
                r.DeclineReason,
                r.RustyRequested,
                Organization = r.School != null ? r.School.Name : r.OrganizationName ?? "",
                Appearance = r.Appearance != null && r.Appearance.Active ? new { r.Appearance.StartUtc, r.Appearance.EndUtc, r.Appearance.Location, Rusty = r.Appearance.Bookings.Any(b => b.Resource!.Kind == ResourceKind.Mascot) } : null,
                Messages = r.Messages.OrderBy(m => m.Id).Select(m => new StatusMessageViewModel(m.CreatedUtc, m.Body)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new FoundRequest(found.RequesterEmail, new StatusViewModel(found.ReferenceCode, PresentationLabels.Name(found.Kind), PresentationLabels.Name(found.Status),
            PresentationLabels.StatusExplanation(found.Status), found.Organization, found.CreatedUtc, found.Appearance?.StartUtc, found.Appearance?.EndUtc,
            found.Appearance?.Location, found.Appearance?.Rusty ?? false, found.Status == PresentationStatus.Declined ? found.DeclineReason : null, found.Messages));
    }

    private sealed record FoundRequest(string RequesterEmail, StatusViewModel View);
}

/// <summary>The status page: the lookup form and, once found, the request or the concern; <see cref="LinkToken"/> when opened by a private link.</summary>
public sealed record StatusPage(StatusLookupForm Form, StatusViewModel? Result = null, Concerns.ConcernStatusViewModel? ConcernResult = null, string? LinkToken = null);

/// <summary>/status: a reference code and the email address it was sent to. Posted, so neither ends up in an address or a log.</summary>
public sealed class StatusLookupForm
{
    public string? Code { get; set; }
    public string? Email { get; set; }
}

public sealed class StatusLookupFormValidator : AbstractValidator<StatusLookupForm>
{
    public StatusLookupFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the reference code from your confirmation, for example PR-7K3M9Q2X or C-7K3M9Q2XH4TP.")
            .MaximumLength(FieldLengths.ReferenceCode).WithMessage("Reference codes look like PR-7K3M9Q2X.")
            .Must(FormRules.IsPlainText).WithMessage("Reference codes look like PR-7K3M9Q2X.");
        // A concern reported without an email is found by its code alone.
        RuleFor(f => f.Email).EmailRules().When(f => !Concerns.ConcernStatusLookup.IsConcernCode(f.Code));
        RuleFor(f => f.Email).MaximumLength(FieldLengths.Email).WithMessage($"Email addresses are at most {FieldLengths.Email} characters.")
            .Must(e => string.IsNullOrWhiteSpace(e) || FormRules.IsEmailAddress(e.Trim())).WithMessage("Enter an email address like name@example.com.")
            .When(f => Concerns.ConcernStatusLookup.IsConcernCode(f.Code));
    }
}

public sealed record StatusMessageViewModel(DateTime SentUtc, string Body);

public sealed record StatusViewModel(string ReferenceCode, string Kind, string Status, string Explanation, string Organization, DateTime SubmittedUtc,
    DateTime? ScheduledStartUtc, DateTime? ScheduledEndUtc, string? ScheduledLocation, bool RustyComing, string? DeclineReason,
    IReadOnlyList<StatusMessageViewModel> Messages);
