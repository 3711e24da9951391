using System.Globalization;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Set up two-factor sign-in: scan the key into an authenticator app, then confirm a code to turn it on.</summary>
public sealed partial class TwoFactorController
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

public sealed record TwoFactorSetupViewModel(
    bool Enabled, bool Required, bool IsStaff, int RecoveryCodesLeft, string? SharedKey, string? QrCodeDataUri, TwoFactorCodeForm Form);
