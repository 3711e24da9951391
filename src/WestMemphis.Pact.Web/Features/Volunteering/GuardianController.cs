using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// The page a minor's parent or guardian opens from the email (<see cref="GuardianConsents"/>): no account, the link is
/// the proof. It shows the minor, their age group and what they signed up for, with Consent (their typed name is the
/// signature) and Decline; once consented, the same link offers Withdraw, behind a confirmation page that works without
/// JavaScript. The secret stays in the path of the GETs only (RedactInLogs, no-store, no referrer, the status-link rate
/// limit); the POSTs carry it in the form, so it never appears in a POST address or the request log.
/// </summary>
[AllowAnonymous]
public sealed class GuardianController(GuardianConsents guardians) : Controller
{
    public const string LinkNotWorkingMessage = "This link does not work (any more). A newer email may have replaced it (each new email about the same volunteer stops the earlier link), or it was copied incompletely. Use the link in the latest email from PACT West Memphis, ask the volunteer to send it again from their profile, or call 870-735-1210.";

    [HttpGet("guardian/{token}"), RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> Index(string token, CancellationToken cancellationToken)
    {
        Private();
        var page = await guardians.PageAsync(token, cancellationToken);
        return page is null ? LinkNotWorking() : View("Index", new GuardianViewModel(page, new GuardianConsentForm { Token = token }));
    }

    [HttpPost("guardian/consent"), FormBudget]
    public async Task<IActionResult> Consent(GuardianConsentForm form, [FromServices] IValidator<GuardianConsentForm> validator, CancellationToken cancellationToken)
    {
        Private();
        var page = await guardians.PageAsync(form.Token, cancellationToken);
        if (page is null)
        {
            return LinkNotWorking();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Index", new GuardianViewModel(page, form));
        }

        return Answered(await guardians.AnswerAsync(form.Token, GuardianAnswer.Consent, form.Signature!.Trim(), cancellationToken), form.Token!);
    }

    [HttpPost("guardian/decline"), FormBudget]
    public async Task<IActionResult> Decline(GuardianLinkForm form, CancellationToken cancellationToken)
    {
        Private();
        if (!ModelState.IsValid && await guardians.PageAsync(form.Token, cancellationToken) is { } page)
        {
            return View("Index", new GuardianViewModel(page, new GuardianConsentForm { Token = form.Token }));
        }

        return Answered(await guardians.AnswerAsync(form.Token, GuardianAnswer.Decline, null, cancellationToken), form.Token);
    }

    /// <summary>"Withdraw my consent…": says what withdrawing does and asks to confirm. Changes nothing by itself.</summary>
    [HttpGet("guardian/{token}/withdraw"), RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> ConfirmWithdraw(string token, CancellationToken cancellationToken)
    {
        Private();
        var page = await guardians.PageAsync(token, cancellationToken);
        if (page is null)
        {
            return LinkNotWorking();
        }

        if (page.Status != GuardianConsentStatus.Given)
        {
            this.SetStatus(GuardianConsentRules.AnswerRefusal(page.Status, GuardianAnswer.Withdraw)!);
            return LocalRedirect(GuardianConsents.PathFor(token));
        }

        return View("Withdraw", page);
    }

    [HttpPost("guardian/withdraw"), FormBudget]
    public async Task<IActionResult> Withdraw(GuardianLinkForm form, CancellationToken cancellationToken)
    {
        Private();
        if (!ModelState.IsValid && await guardians.PageAsync(form.Token, cancellationToken) is { } page)
        {
            return View("Withdraw", page);
        }

        return Answered(await guardians.AnswerAsync(form.Token, GuardianAnswer.Withdraw, null, cancellationToken), form.Token);
    }

    private IActionResult Answered(GuardianAnswerResult result, string? token)
    {
        if (result.Outcome == GuardianAnswerOutcome.LinkNotWorking || token is null)
        {
            return LinkNotWorking();
        }

        this.SetStatus(result.Message!);
        return LocalRedirect(GuardianConsents.PathFor(token));
    }

    /// <summary>A wrong, old or damaged link: a page that says so, with status 404.</summary>
    private ViewResult LinkNotWorking()
    {
        var view = View("NotWorking");
        view.StatusCode = StatusCodes.Status404NotFound;
        return view;
    }

    /// <summary>The address holds a secret: never stored by a browser cache or sent on as a referrer.</summary>
    private void Private()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}

/// <summary>The guardian's page and its consent form.</summary>
public sealed record GuardianViewModel(GuardianPageModel Page, GuardianConsentForm Form);

/// <summary>Consent: the link's secret (from the page) and the guardian's name, typed as a signature.</summary>
public sealed class GuardianConsentForm
{
    public string? Token { get; set; }
    public string? Signature { get; set; }
}

/// <summary>Decline or withdraw: only the link's secret; nothing more is asked.</summary>
public sealed class GuardianLinkForm
{
    public string? Token { get; set; }
}

public sealed class GuardianConsentFormValidator : AbstractValidator<GuardianConsentForm>
{
    public GuardianConsentFormValidator()
    {
        RuleFor(f => f.Token).NotEmpty().WithMessage(GuardianController.LinkNotWorkingMessage)
            .MaximumLength(64).WithMessage(GuardianController.LinkNotWorkingMessage);
        RuleFor(f => f.Signature).NotEmpty().WithMessage("Type your full name to sign your consent.")
            .MaximumLength(FieldLengths.VolunteerProfile.GuardianSignature).WithMessage($"Your name must be {FieldLengths.VolunteerProfile.GuardianSignature} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters we cannot accept.");
    }
}
