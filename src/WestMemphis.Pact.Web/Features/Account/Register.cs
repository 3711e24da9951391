using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Create a resident account; the same answer whether or not the address already has one.</summary>
public sealed partial class AccountController
{
    [AllowAnonymous, HttpGet("Register")]
    public async Task<IActionResult> Register(string? returnUrl) =>
        View(new RegisterPage(new RegisterForm { ReturnUrl = LocalOrNull(returnUrl) }, await AreasAsync(), await ShiftNameAsync(returnUrl)));

    [AllowAnonymous, HttpPost("Register"), FormBudget]
    public async Task<IActionResult> Register(RegisterForm form, [FromServices] IValidator<RegisterForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(new RegisterPage(form, await AreasAsync(), await ShiftNameAsync(form.ReturnUrl)));
        }

        // The shift (or page) the person was heading for travels in the confirmation email's link.
        var returnUrl = LocalOrNull(form.ReturnUrl);
        var email = form.Email!.Trim();
        var areaId = form.AreaId is { } id && await db.Areas.AnyAsync(a => a.Id == id) ? id : (int?)null;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same page as a new registration: whether an address has an account is not disclosed.
            emails.QueueAlreadyRegistered(existing, returnUrl);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            RegistrationBrowser.Remember(HttpContext, null);
            return RedirectToAction(nameof(RegisterConfirmation));
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            FullName = form.FullName!.Trim(),
            PhoneNumber = FormRules.Clean(form.PhoneNumber),
            AreaId = areaId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(RegisterForm.Password) : "", error.Description);
            }

            await transaction.RollbackAsync();
            return View(new RegisterPage(form, await AreasAsync(), await ShiftNameAsync(form.ReturnUrl)));
        }

        await users.AddToRoleAsync(user, Roles.Resident);
        await emails.QueueConfirmationAsync(user, returnUrl);
        audit.Add("Registered", nameof(ApplicationUser), user.Id, userId: user.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("Resident account {UserId} registered", user.Id);
        RegistrationBrowser.Remember(HttpContext, user.Id);
        return RedirectToAction(nameof(RegisterConfirmation));
    }

    [AllowAnonymous, HttpGet("RegisterConfirmation")]
    public IActionResult RegisterConfirmation() => View();
}

/// <summary>The registration page: the form, the area choices and the shift the person is signing up for (if any).</summary>
public sealed record RegisterPage(RegisterForm Form, IReadOnlyList<SelectListItem> Areas, string? ForShift = null);

public sealed class RegisterForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? PhoneNumber { get; set; }
    public int? AreaId { get; set; }
    public bool IsThirteenOrOlder { get; set; }

    /// <summary>Where to go after confirming and logging in (a local address only; anything else is dropped).</summary>
    public string? ReturnUrl { get; set; }
}

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter your name.").MaximumLength(FieldLengths.ApplicationUser.FullName).WithMessage($"Your name must be {FieldLengths.ApplicationUser.FullName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters we cannot accept.");
        RuleFor(f => f.Email).EmailRules();
        RuleFor(f => f.Password).PasswordRules();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
        RuleFor(f => f.PhoneNumber).PhoneRules();
        RuleFor(f => f.IsThirteenOrOlder).Equal(true)
            .WithMessage("You must be 13 or older to create an account. A parent or guardian can register instead.");
    }
}
