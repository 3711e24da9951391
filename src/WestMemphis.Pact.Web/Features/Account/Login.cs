using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Log in with email and password; on to the second step when two-factor sign-in is on, or to the lockout page.</summary>
public sealed partial class AccountController
{
    private const string NoSuchAccount = "That email address and password do not match an account.";

    [AllowAnonymous, HttpGet("Login")]
    public async Task<IActionResult> Login(string? returnUrl) =>
        View(new LoginPage(new LoginForm { ReturnUrl = returnUrl }, OfferResend: false, await ShiftNameAsync(returnUrl)));

    [AllowAnonymous, HttpPost("Login"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(new LoginPage(form, OfferResend: false, await ShiftNameAsync(form.ReturnUrl)));
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is null)
        {
            signIn.CheckPasswordWithoutAccount(form.Password!);
            await audit.WriteAsync("LoginFailed", outcome: AuditOutcomes.Failure, details: "Unknown account");
            ModelState.AddModelError("", NoSuchAccount);
            return View(new LoginPage(form, OfferResend: false, await ShiftNameAsync(form.ReturnUrl)));
        }

        var isStaff = await IsStaffAsync(user);
        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: form.RememberMe && !isStaff, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync("Login", nameof(ApplicationUser), user.Id, userId: user.Id, userName: user.UserName);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl, isStaff));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction("LoginWith2fa", "TwoFactor", new { returnUrl = SafeReturnUrl(form.ReturnUrl, isStaff) });
        }

        var reason = result.IsLockedOut ? "Locked out" : result.IsNotAllowed ? "Not allowed" : "Wrong password";
        await signIn.DiscardLostUpdateAsync(db, user);
        await audit.WriteAsync("LoginFailed", nameof(ApplicationUser), user.Id, reason, AuditOutcomes.Failure, user.Id, user.UserName);
        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError("", result.IsNotAllowed && !user.IsDisabled && !user.EmailConfirmed
            ? "Please confirm your email address first. We can send the link again."
            : NoSuchAccount);
        return View(new LoginPage(form, OfferResend: result.IsNotAllowed && !user.EmailConfirmed, await ShiftNameAsync(form.ReturnUrl)));
    }

    [AllowAnonymous, HttpGet("Lockout")]
    public IActionResult Lockout() => View();
}

/// <summary>The login page: the form, whether to offer the confirmation link again (an unconfirmed account), and the shift being signed up for.</summary>
public sealed record LoginPage(LoginForm Form, bool OfferResend, string? ForShift = null);

public sealed class LoginForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address.").MaximumLength(FieldLengths.Email).WithMessage("That email address is too long.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(1024).WithMessage("That password is too long.");
    }
}
