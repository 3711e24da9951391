using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>The second step of signing in without the phone: one of the recovery codes, each good once.</summary>
public sealed partial class TwoFactorController
{
    [AllowAnonymous, HttpGet("LoginWithRecoveryCode")]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("Login", "Account");
        }

        return View(new RecoveryCodeForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost("LoginWithRecoveryCode"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeForm form, [FromServices] IValidator<RecoveryCodeForm> validator)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction("Login", "Account");
        }

        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(form);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal));
        return await FinishAsync(result, user, form.ReturnUrl, "LoginRecoveryCode", () =>
        {
            ModelState.AddModelError(nameof(RecoveryCodeForm.RecoveryCode), "That recovery code is not right, or has been used.");
            return View(form);
        });
    }
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
