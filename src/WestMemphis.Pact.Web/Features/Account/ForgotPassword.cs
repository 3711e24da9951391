using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Ask for a password reset link; the same answer whether or not the address has an account.</summary>
public sealed partial class AccountController
{
    [AllowAnonymous, HttpGet("ForgotPassword")]
    public IActionResult ForgotPassword() => View(new EmailForm());

    [AllowAnonymous, HttpPost("ForgotPassword"), FormBudget]
    public async Task<IActionResult> ForgotPassword(EmailForm form, [FromServices] IValidator<EmailForm> validator)
    {
        if (!await SendLinkAsync(form, validator, u => u is { EmailConfirmed: true, IsDisabled: false }, async user =>
            {
                await emails.QueuePasswordResetAsync(user);
                audit.Add("PasswordResetRequested", nameof(ApplicationUser), user.Id, userId: user.Id);
            }))
        {
            return View(form);
        }

        // The same answer whether or not the address has an account.
        return RedirectToAction(nameof(ForgotPasswordConfirmation));
    }

    [AllowAnonymous, HttpGet("ForgotPasswordConfirmation")]
    public IActionResult ForgotPasswordConfirmation() => View();
}
