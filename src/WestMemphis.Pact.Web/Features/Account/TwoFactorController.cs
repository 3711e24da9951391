using System.Globalization;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP) and recovery codes. Required for staff; any
/// resident may turn it on.
/// </summary>
[Route("Account")]
public sealed class TwoFactorController(
    UserManager<ApplicationUser> users,
    PactSignInManager signIn,
    AppDbContext db,
    AuditLog audit) : Controller
{
    private const string Issuer = "PACT West Memphis";

    [HttpGet("TwoFactor")]
    public async Task<IActionResult> Index(bool required = false)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await SetupModelAsync(user, required, new TwoFactorCodeForm()));
    }

    [HttpPost("TwoFactor/Enable")]
    public async Task<IActionResult> Enable(TwoFactorCodeForm form, [FromServices] IValidator<TwoFactorCodeForm> validator)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if ((await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            var code = TwoFactorCodeFormValidator.Normalize(form.Code!);
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
            if (valid)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
                await audit.WriteAsync("TwoFactorEnabled", nameof(ApplicationUser), user.Id);
                await signIn.RefreshSignInAsync(user);
                return View("RecoveryCodes", codes);
            }

            ModelState.AddModelError(nameof(TwoFactorCodeForm.Code), "That code is not right. Check the time on your phone and try the newest code.");
        }

        return View(nameof(Index), await SetupModelAsync(user, required: false, form));
    }

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

    // ---- The second step of signing in ----

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

    private async Task<TwoFactorSetupViewModel> SetupModelAsync(ApplicationUser user, bool required, TwoFactorCodeForm form)
    {
        var isStaff = (await users.GetRolesAsync(user)).Any(Roles.IsStaffRole);
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorSetupViewModel(true, required, isStaff, await users.CountRecoveryCodesAsync(user), null, null, form);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;

            // A new key renews the security stamp; keep this session valid.
            await signIn.RefreshSignInAsync(user);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new TwoFactorSetupViewModel(false, required, isStaff, 0, Group(key), "data:image/png;base64," + Convert.ToBase64String(png), form);
    }

    private static string Group(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(CultureInfo.InvariantCulture, $"{key.Substring(i, Math.Min(4, key.Length - i)).ToLowerInvariant()} ");
        }

        return result.ToString().TrimEnd();
    }
}
