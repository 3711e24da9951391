using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Confirm the email address from the link we sent, or ask for the link again.</summary>
public sealed partial class AccountController
{
    /// <summary>
    /// Confirms the address. When this click is the one that confirms it, in the browser that registered the account
    /// (<see cref="RegistrationBrowser"/>), for a resident-only account without two-factor sign-in and nobody else signed
    /// in, it also signs the person in and goes on to where they were heading (the shift they chose). Otherwise the
    /// page offers the log-in for that shift (docs/security.md, "Confirmation link").
    /// </summary>
    [AllowAnonymous, HttpGet("ConfirmEmail")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code, string? returnUrl)
    {
        var token = AccountEmails.Decode(code);
        var user = string.IsNullOrEmpty(userId) || userId.Length > 450 ? null : await users.FindByIdAsync(userId);
        var firstTime = user is { EmailConfirmed: false };
        var confirmed = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        var next = LocalOrNull(returnUrl);
        if (!confirmed)
        {
            return View(new ConfirmEmailPage(false, null, null));
        }

        await audit.WriteAsync("EmailConfirmed", nameof(ApplicationUser), user!.Id, userId: user.Id);
        if (firstTime && User.Identity?.IsAuthenticated != true && RegistrationBrowser.Registered(HttpContext, user.Id)
            && await MaySignInByLinkAsync(user))
        {
            await signIn.SignInAsync(user, isPersistent: false);
            RegistrationBrowser.Forget(HttpContext);
            await audit.WriteAsync("Login", nameof(ApplicationUser), user.Id, "By the confirmation link", userId: user.Id, userName: user.UserName);
            if (next is not null)
            {
                this.SetStatus("Thank you: your email address is confirmed and you are logged in.");
                return LocalRedirect(next);
            }

            return View(new ConfirmEmailPage(true, null, null, SignedIn: true));
        }

        return View(new ConfirmEmailPage(true, next, await ShiftNameAsync(next)));
    }

    /// <summary>Only a plain resident account: no staff role, no two-factor sign-in, not disabled or locked out.</summary>
    private async Task<bool> MaySignInByLinkAsync(ApplicationUser user) =>
        !user.IsDisabled && !user.TwoFactorEnabled && !await users.IsLockedOutAsync(user)
        && (await users.GetRolesAsync(user)).All(r => r == Roles.Resident);

    [AllowAnonymous, HttpGet("ResendConfirmation")]
    public IActionResult ResendConfirmation() => View(new EmailForm());

    [AllowAnonymous, HttpPost("ResendConfirmation"), FormBudget]
    public async Task<IActionResult> ResendConfirmation(EmailForm form, [FromServices] IValidator<EmailForm> validator)
    {
        if (!await SendLinkAsync(form, validator, u => u is { EmailConfirmed: false, IsDisabled: false }, u => emails.QueueConfirmationAsync(u)))
        {
            return View(form);
        }

        this.SetStatus("If that address has an account waiting for confirmation, we have sent a new link.");
        return RedirectToAction(nameof(Login));
    }
}

/// <summary>The confirmation page: whether the link worked, where to log in to, the shift being signed up for, and whether the person is now signed in.</summary>
public sealed record ConfirmEmailPage(bool Confirmed, string? ReturnUrl, string? ForShift, bool SignedIn = false);
