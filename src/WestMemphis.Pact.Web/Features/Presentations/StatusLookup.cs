using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Follow a request (or a concern) on /status with its reference code and email address.</summary>
public sealed partial class PresentationsController
{
    private const string NotFoundAnswer = "We found no request with that reference code and email address. Check both against your confirmation email, or call 870-735-1210.";

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
        var found = await db.PresentationRequests.AsNoTracking().Where(r => r.ReferenceCode == code)
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
        if (found is null || !string.Equals(found.RequesterEmail.Trim(), form.Email!.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("", NotFoundAnswer);
            return View(new StatusPage(form));
        }

        var result = new StatusViewModel(found.ReferenceCode, PresentationLabels.Name(found.Kind), PresentationLabels.Name(found.Status),
            PresentationLabels.StatusExplanation(found.Status), found.Organization, found.CreatedUtc, found.Appearance?.StartUtc, found.Appearance?.EndUtc,
            found.Appearance?.Location, found.Appearance?.Rusty ?? false, found.Status == PresentationStatus.Declined ? found.DeclineReason : null, found.Messages);
        return View(new StatusPage(form, result));
    }
}

/// <summary>The status page: the lookup form and, once found, the request or the concern.</summary>
public sealed record StatusPage(StatusLookupForm Form, StatusViewModel? Result = null, Concerns.ConcernStatusViewModel? ConcernResult = null);

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
        RuleFor(f => f.Email).MaximumLength(FieldLengths.Email).WithMessage("Email addresses are at most 256 characters.")
            .Must(e => string.IsNullOrWhiteSpace(e) || FormRules.IsEmailAddress(e.Trim())).WithMessage("Enter an email address like name@example.com.")
            .When(f => Concerns.ConcernStatusLookup.IsConcernCode(f.Code));
    }
}

public sealed record StatusMessageViewModel(DateTime SentUtc, string Body);

public sealed record StatusViewModel(string ReferenceCode, string Kind, string Status, string Explanation, string Organization, DateTime SubmittedUtc,
    DateTime? ScheduledStartUtc, DateTime? ScheduledEndUtc, string? ScheduledLocation, bool RustyComing, string? DeclineReason,
    IReadOnlyList<StatusMessageViewModel> Messages);
