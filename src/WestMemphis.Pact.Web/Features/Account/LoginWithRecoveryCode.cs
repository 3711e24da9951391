using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>The second step of signing in without the phone: one of the recovery codes, each good once.</summary>
public sealed partial class TwoFactorController
{
    [AllowAnonymous, HttpGet("LoginWithRecoveryCode")]
    public Task<IActionResult> LoginWithRecoveryCode(string? returnUrl) => SecondStepPageAsync(new RecoveryCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("LoginWithRecoveryCode"), EnableRateLimiting(RateLimits.SignIn)]
    public Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeForm form, [FromServices] IValidator<RecoveryCodeForm> validator) =>
        SecondStepAsync(form, validator, form.ReturnUrl, "LoginRecoveryCode",
            () => signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal)),
            nameof(RecoveryCodeForm.RecoveryCode), "That recovery code is not right, or has been used.");
}

public sealed class RecoveryCodeForm
{
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator() => RuleFor(f => f.RecoveryCode)
        .NotEmpty().WithMessage("Enter one of your recovery codes.")
        .MaximumLength(50).WithMessage("Recovery codes are short, like ABCDE-12345.");
}
