using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Choose a new password from the emailed reset link.</summary>
public sealed partial class AccountController
{
    private const string ResetLinkNotValid = "This reset link is not valid or has expired. Ask for a new one.";

    [AllowAnonymous, HttpGet("ResetPassword")]
    public IActionResult ResetPassword(string? email, string? code) => View(new ResetPasswordForm { Email = email, Code = code });

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
        await audit.WriteAsync("PasswordReset", nameof(ApplicationUser), user.Id, userId: user.Id);
        this.SetStatus("Your password has been changed. You can log in now.");
        return RedirectToAction(nameof(Login));
    }
}

public sealed class ResetPasswordForm
{
    public string? Email { get; set; }
    public string? Code { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
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
