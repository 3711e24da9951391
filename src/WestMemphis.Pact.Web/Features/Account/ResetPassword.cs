using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Choose a new password from the emailed reset link, or a first one from an admin's invitation.</summary>
public sealed partial class AccountController
{
    private const string ResetLinkNotValid = "This reset link is not valid or has expired. Ask for a new one.";

    [AllowAnonymous, HttpGet("ResetPassword")]
    public IActionResult ResetPassword(string? email, string? code, bool welcome = false) =>
        View(new ResetPasswordForm { Email = email, Code = code, Welcome = welcome });

    [AllowAnonymous, HttpPost("ResetPassword"), FormBudget]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        var token = AccountEmails.Decode(form.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError("", ResetLinkNotValid);
            return View(form);
        }

        var result = await users.ResetPasswordAsync(user, token, form.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : nameof(ResetPasswordForm.Password),
                    error.Code == "InvalidToken" ? ResetLinkNotValid : error.Description);
            }

            return View(form);
        }

        await users.ResetAccessFailedCountAsync(user);
        var firstPassword = !user.EmailConfirmed;
        if (firstPassword)
        {
            // The link reached its owner's mailbox: an invited account's address is confirmed by using it.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await audit.WriteAsync(firstPassword ? "PasswordChosen" : "PasswordReset", nameof(ApplicationUser), user.Id, userId: user.Id);
        this.SetStatus(firstPassword ? "Your password is set and your account is ready. Log in to start." : "Your password has been changed. You can log in now.");
        return RedirectToAction(nameof(Login));
    }
}

public sealed class ResetPasswordForm
{
    public string? Email { get; set; }
    public string? Code { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }

    /// <summary>True when the page was opened from an invitation: it greets the person instead of speaking of a reset.</summary>
    public bool Welcome { get; set; }
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Email).EmailRules();
        RuleFor(f => f.Code).NotEmpty().WithMessage("This reset link is incomplete. Ask for a new one.").MaximumLength(2000);
        RuleFor(f => f.Password).PasswordRules();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
    }
}
