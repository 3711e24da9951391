using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>The second step of signing in: the 6-digit code from the authenticator app.</summary>
public sealed partial class TwoFactorController
{
    [AllowAnonymous, HttpGet("LoginWith2fa")]
    public Task<IActionResult> LoginWith2fa(string? returnUrl) => SecondStepPageAsync(new TwoFactorCodeForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("LoginWith2fa"), EnableRateLimiting(RateLimits.SignIn)]
    public Task<IActionResult> LoginWith2fa(TwoFactorCodeForm form, [FromServices] IValidator<TwoFactorCodeForm> validator) =>
        SecondStepAsync(form, validator, form.ReturnUrl, "LoginTwoFactor",
            () => signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodeFormValidator.Normalize(form.Code!), isPersistent: false, rememberClient: false),
            nameof(TwoFactorCodeForm.Code), "That code is not right. Try the newest code from your app.");
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
