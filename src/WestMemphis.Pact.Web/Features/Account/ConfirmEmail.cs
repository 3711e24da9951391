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
    [AllowAnonymous, HttpGet("ConfirmEmail")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var token = AccountEmails.Decode(code);
        var user = string.IsNullOrEmpty(userId) || userId.Length > 450 ? null : await users.FindByIdAsync(userId);
        var confirmed = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (confirmed)
        {
            await audit.WriteAsync("EmailConfirmed", nameof(ApplicationUser), user!.Id, userId: user.Id);
        }

        return View(confirmed);
    }

    [AllowAnonymous, HttpGet("ResendConfirmation")]
    public IActionResult ResendConfirmation() => View(new EmailForm());

    [AllowAnonymous, HttpPost("ResendConfirmation"), FormBudget]
    public async Task<IActionResult> ResendConfirmation(EmailForm form, [FromServices] IValidator<EmailForm> validator)
    {
        if (!await SendLinkAsync(form, validator, u => u is { EmailConfirmed: false, IsDisabled: false }, emails.QueueConfirmationAsync))
        {
            return View(form);
        }

        this.SetStatus("If that address has an account waiting for confirmation, we have sent a new link.");
        return RedirectToAction(nameof(Login));
    }
}
