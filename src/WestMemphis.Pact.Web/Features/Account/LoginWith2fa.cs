using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>The second step of signing in: the 6-digit code from the authenticator app.</summary>
public sealed partial class TwoFactorController
{
    [AllowAnonymous, HttpGet("LoginWith2fa")]
    public async Task<IActionResult> LoginWith2fa(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction("Login", "Account");
        }

        return View(new TwoFactorCodeForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous, HttpPost("LoginWith2fa"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> LoginWith2fa(TwoFactorCodeForm form, [FromServices] IValidator<TwoFactorCodeForm> validator)
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

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodeFormValidator.Normalize(form.Code!), isPersistent: false, rememberClient: false);
        return await FinishAsync(result, user, form.ReturnUrl, "LoginTwoFactor", () =>
        {
            ModelState.AddModelError(nameof(TwoFactorCodeForm.Code), "That code is not right. Try the newest code from your app.");
            return View(form);
        });
    }
}

/// <summary>A code from the authenticator app: signing in (here) or turning two-factor sign-in on (TwoFactorSetup.cs).</summary>
public sealed class TwoFactorCodeForm
{
    public string? Code { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorCodeFormValidator : AbstractValidator<TwoFactorCodeForm>
{
    public TwoFactorCodeFormValidator() => RuleFor(f => f.Code)
        .NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app.")
        .Must(c => c is null || Normalize(c).Length == 6 && Normalize(c).All(char.IsAsciiDigit))
        .WithMessage("The code is 6 digits, like 123456.");

    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
