using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Once two-factor sign-in is on: new recovery codes, a different authenticator app, or turning it off (residents only).</summary>
public sealed partial class TwoFactorController
{
    [HttpPost("TwoFactor/RecoveryCodes")]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        await audit.WriteAsync("RecoveryCodesReset", nameof(ApplicationUser), user.Id);
        return View("RecoveryCodes", codes);
    }

    [HttpPost("TwoFactor/Disable")]
    public async Task<IActionResult> Disable()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if ((await users.GetRolesAsync(user)).Any(Roles.IsStaffRole))
        {
            this.SetStatus("Staff accounts must keep two-factor sign-in on. You can set up a new authenticator instead.");
            return RedirectToAction(nameof(Index));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.WriteAsync("TwoFactorDisabled", nameof(ApplicationUser), user.Id);
        await signIn.RefreshSignInAsync(user);
        this.SetStatus("Two-factor sign-in is off.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("TwoFactor/ResetAuthenticator")]
    public async Task<IActionResult> ResetAuthenticator()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // A new key: the old app stops working; two-factor stays required until the new one is confirmed.
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.WriteAsync("AuthenticatorReset", nameof(ApplicationUser), user.Id);
        await signIn.RefreshSignInAsync(user);
        this.SetStatus("Scan the new code with your authenticator app to finish.");
        return RedirectToAction(nameof(Index));
    }
}
