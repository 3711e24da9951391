using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP) and recovery codes. Required for staff; any
/// resident may turn it on. One file per use case (TwoFactorSetup.cs, TwoFactorRecoveryCodes.cs,
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

    /// <summary>The end of the second step of signing in, with a code from the app or a recovery code.</summary>
    private async Task<IActionResult> FinishAsync(Microsoft.AspNetCore.Identity.SignInResult result, ApplicationUser user, string? returnUrl, string action, Func<IActionResult> retry)
    {
        if (result.Succeeded)
        {
            await audit.WriteAsync(action, nameof(ApplicationUser), user.Id, userId: user.Id, userName: user.UserName);
            return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        await signIn.DiscardLostUpdateAsync(db, user);
        await audit.WriteAsync(action + "Failed", nameof(ApplicationUser), user.Id, outcome: AuditOutcomes.Failure, userId: user.Id, userName: user.UserName);
        return result.IsLockedOut ? RedirectToAction("Lockout", "Account") : retry();
    }
}
