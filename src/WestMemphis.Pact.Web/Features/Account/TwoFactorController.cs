using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP) and recovery codes. Required for staff; any
/// resident may turn it on. One file per use case (TwoFactorSetup.cs, TwoFactorChanges.cs,
/// LoginWith2fa.cs, LoginWithRecoveryCode.cs, ...); this file holds what several of them share.
/// </summary>
[Route("Account")]
public sealed partial class TwoFactorController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly UserManager<ApplicationUser> users;
    private readonly PactSignInManager signIn;
    private readonly AppDbContext db;
    private readonly AuditLog audit;

    public TwoFactorController(UserManager<ApplicationUser> users, PactSignInManager signIn, AppDbContext db, AuditLog audit)
    {
        this.users = users;
        this.signIn = signIn;
        this.db = db;
        this.audit = audit;
    }

    /// <summary>The second step's page, only while a password sign-in is waiting for it.</summary>
    private async Task<IActionResult> SecondStepPageAsync(object form) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToAction("Login", "Account") : View(form);

    /// <summary>
    /// The second step of signing in, with a code from the app or a recovery code: audited either way, and back to
    /// the same page with <paramref name="wrong"/> next to <paramref name="field"/> when the code is not right.
    /// </summary>
    private async Task<IActionResult> SecondStepAsync<TForm>(TForm form, IValidator<TForm> validator, string? returnUrl, string action,
        Func<Task<Microsoft.AspNetCore.Identity.SignInResult>> signInWithCode, string field, string wrong)
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

        var result = await signInWithCode();
        if (result.Succeeded)
        {
            await audit.WriteAsync(action, nameof(ApplicationUser), user.Id, userId: user.Id, userName: user.UserName);
            return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        await signIn.DiscardLostUpdateAsync(db, user);
        await audit.WriteAsync(action + "Failed", nameof(ApplicationUser), user.Id, outcome: AuditOutcomes.Failure, userId: user.Id, userName: user.UserName);
        if (result.IsLockedOut)
        {
            return RedirectToAction("Lockout", "Account");
        }

        ModelState.AddModelError(field, wrong);
        return View(form);
    }
}
