using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// Closing one's own account: a page that says what is deleted and what is kept (a GET, changes nothing), a POST that
/// asks for the password again, does the work (<see cref="AccountClosure"/>) and signs the person out, and a page
/// that confirms it. Staff accounts are refused: an admin closes those, so nobody loses the unit's records by accident.
/// </summary>
public sealed partial class MyController
{
    public const string StaffRefusal = "Staff accounts cannot be closed here. Ask an admin to close or disable your account.";

    [HttpGet("/my/data/close")]
    public async Task<IActionResult> CloseAccount([FromServices] UserManager<ApplicationUser> userManager, [FromServices] AccountClosure closure)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View("CloseAccount", new CloseAccountViewModel(await closure.IsStaffAsync(user)));
    }

    [HttpPost("/my/data/close")]
    public async Task<IActionResult> CloseAccount(CloseAccountForm form, [FromServices] IValidator<CloseAccountForm> validator,
        [FromServices] UserManager<ApplicationUser> userManager, [FromServices] PactSignInManager signIn, [FromServices] AccountClosure closure,
        CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await closure.IsStaffAsync(user))
        {
            return View("CloseAccount", new CloseAccountViewModel(IsStaff: true));
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("CloseAccount", new CloseAccountViewModel(IsStaff: false));
        }

        // Re-authentication counts towards the lock-out like a log-in, so this form cannot be used to guess a password.
        var check = await signIn.CheckPasswordSignInAsync(user, form.Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await signIn.DiscardLostUpdateAsync(db, user);
            ModelState.AddModelError(nameof(CloseAccountForm.Password), check.IsLockedOut
                ? "Too many wrong passwords. Your account is locked for a few minutes; nothing has been changed."
                : "That password is not right. Nothing has been changed.");
            return View("CloseAccount", new CloseAccountViewModel(IsStaff: false));
        }

        await closure.CloseAsync(user, cancellationToken);
        await signIn.SignOutAsync();
        return LocalRedirect("/my/data/closed");
    }

    [AllowAnonymous, HttpGet("/my/data/closed")]
    public IActionResult AccountClosed() => View("AccountClosed");
}

public sealed class CloseAccountForm
{
    public string? Password { get; set; }
}

public sealed class CloseAccountFormValidator : AbstractValidator<CloseAccountForm>
{
    public CloseAccountFormValidator() =>
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password to close your account.").MaximumLength(1024);
}

public sealed record CloseAccountViewModel(bool IsStaff)
{
    /// <summary>For the field's label and errors; a password is never shown back.</summary>
    public CloseAccountForm Form { get; } = new();
}
