using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Change one's password while signed in; other devices are signed out, this one stays in.</summary>
public sealed partial class AccountController
{
    [HttpGet("ChangePassword")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("ChangePassword")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(new ChangePasswordForm());
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(ChangePasswordForm.CurrentPassword) : nameof(ChangePasswordForm.NewPassword),
                    error.Code == "PasswordMismatch" ? "Your current password is not right." : error.Description);
            }

            return View(new ChangePasswordForm());
        }

        // ChangePassword renewed the security stamp (ending other sessions); keep this one signed in.
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync("PasswordChanged", nameof(ApplicationUser), user.Id);
        this.SetStatus("Your password has been changed. Other devices have been signed out.");
        return RedirectToAction(nameof(Manage));
    }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password.").MaximumLength(1024);
        RuleFor(f => f.NewPassword).PasswordRules();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("The two passwords do not match.");
    }
}
