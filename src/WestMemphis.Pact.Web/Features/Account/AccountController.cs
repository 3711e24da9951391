using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

[Route("Account")]
public sealed class AccountController(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    PactSignInManager signIn,
    AccountEmails emails,
    AuditLog audit,
    TimeProvider clock,
    ILogger<AccountController> logger) : Controller
{
    // ---- Register and confirm ----

    [AllowAnonymous, HttpGet("Register")]
    public async Task<IActionResult> Register() => View(await WithAreasAsync(new RegisterForm()));

    [AllowAnonymous, HttpPost("Register"), FormBudget]
    public async Task<IActionResult> Register(RegisterForm form, [FromServices] IValidator<RegisterForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(await WithAreasAsync(form));
        }

        var email = form.Email!.Trim();
        var areaId = form.AreaId is { } id && await db.Areas.AnyAsync(a => a.Id == id) ? id : (int?)null;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same page as a new registration: whether an address has an account is not disclosed.
            emails.QueueAlreadyRegistered(existing);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
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
            return View(await WithAreasAsync(form));
        }

        await users.AddToRoleAsync(user, Roles.Resident);
        await emails.QueueConfirmationAsync(user);
        audit.Add("Registered", nameof(ApplicationUser), user.Id, userId: user.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        logger.LogInformation("Resident account {UserId} registered", user.Id);
        return RedirectToAction(nameof(RegisterConfirmation));
    }

    [AllowAnonymous, HttpGet("RegisterConfirmation")]
    public IActionResult RegisterConfirmation() => View();

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
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is { EmailConfirmed: false, IsDisabled: false })
        {
            await emails.QueueConfirmationAsync(user);
            await db.SaveChangesAsync();
        }

        this.SetStatus("If that address has an account waiting for confirmation, we have sent a new link.");
        return RedirectToAction(nameof(Login));
    }

    // ---- Log in and out ----

    [AllowAnonymous, HttpGet("Login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("Login"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is null)
        {
            signIn.CheckPasswordWithoutAccount(form.Password!);
            await audit.WriteAsync("LoginFailed", outcome: AuditOutcomes.Failure, details: "Unknown account");
            ModelState.AddModelError("", "That email address and password do not match an account.");
            return View(form);
        }

        var isStaff = await IsStaffAsync(user);
        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: form.RememberMe && !isStaff, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync("Login", nameof(ApplicationUser), user.Id, userId: user.Id, userName: user.UserName);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction("LoginWith2fa", "TwoFactor", new { returnUrl = SafeReturnUrl(form.ReturnUrl) });
        }

        var reason = result.IsLockedOut ? "Locked out" : result.IsNotAllowed ? "Not allowed" : "Wrong password";
        await signIn.DiscardLostUpdateAsync(db, user);
        await audit.WriteAsync("LoginFailed", nameof(ApplicationUser), user.Id, reason, AuditOutcomes.Failure, user.Id, user.UserName);
        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError("", result.IsNotAllowed && !user.IsDisabled && !user.EmailConfirmed
            ? "Please confirm your email address first. We can send the link again."
            : "That email address and password do not match an account.");
        ViewData["OfferResend"] = result.IsNotAllowed && !user.EmailConfirmed;
        return View(form);
    }

    [HttpPost("Logout")]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            // A new security stamp ends this user's other sessions too.
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync("Logout", nameof(ApplicationUser), user.Id);
        }

        await signIn.SignOutAsync();
        this.SetStatus("You have been logged out.");
        return Redirect("/");
    }

    /// <summary>The "stay signed in" button of the idle warning: any authenticated request slides the session.</summary>
    [HttpPost("KeepAlive")]
    public IActionResult KeepAlive() => NoContent();

    [AllowAnonymous, HttpGet("Lockout")]
    public IActionResult Lockout() => View();

    [AllowAnonymous, HttpGet("AccessDenied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    // ---- Forgotten password ----

    [AllowAnonymous, HttpGet("ForgotPassword")]
    public IActionResult ForgotPassword() => View(new EmailForm());

    [AllowAnonymous, HttpPost("ForgotPassword"), FormBudget]
    public async Task<IActionResult> ForgotPassword(EmailForm form, [FromServices] IValidator<EmailForm> validator)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is { EmailConfirmed: true, IsDisabled: false })
        {
            await emails.QueuePasswordResetAsync(user);
            audit.Add("PasswordResetRequested", nameof(ApplicationUser), user.Id, userId: user.Id);
            await db.SaveChangesAsync();
        }

        // The same answer whether or not the address has an account.
        return RedirectToAction(nameof(ForgotPasswordConfirmation));
    }

    [AllowAnonymous, HttpGet("ForgotPasswordConfirmation")]
    public IActionResult ForgotPasswordConfirmation() => View();

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
            ModelState.AddModelError("", "This reset link is not valid or has expired. Ask for a new one.");
            return View(form);
        }

        var result = await users.ResetPasswordAsync(user, token, form.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : nameof(ResetPasswordForm.Password),
                    error.Code == "InvalidToken" ? "This reset link is not valid or has expired. Ask for a new one." : error.Description);
            }

            return View(form);
        }

        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync("PasswordReset", nameof(ApplicationUser), user.Id, userId: user.Id);
        this.SetStatus("Your password has been changed. You can log in now.");
        return RedirectToAction(nameof(Login));
    }

    // ---- Profile and password (signed in) ----

    [HttpGet("Manage")]
    public async Task<IActionResult> Manage()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await WithAreasAsync(new ProfileForm { FullName = user.FullName, PhoneNumber = user.PhoneNumber, AreaId = user.AreaId }));
    }

    [HttpPost("Manage")]
    public async Task<IActionResult> Manage(ProfileForm form, [FromServices] IValidator<ProfileForm> validator)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(await WithAreasAsync(form));
        }

        user.FullName = form.FullName!.Trim();
        user.PhoneNumber = FormRules.Clean(form.PhoneNumber);
        user.AreaId = form.AreaId is { } id && await db.Areas.AnyAsync(a => a.Id == id) ? id : null;
        audit.Add("ProfileUpdated", nameof(ApplicationUser), user.Id);
        await users.UpdateAsync(user);
        this.SetStatus("Your profile has been saved.");
        return RedirectToAction(nameof(Manage));
    }

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

    private async Task<bool> IsStaffAsync(ApplicationUser user) =>
        (await users.GetRolesAsync(user)).Any(Roles.IsStaffRole);

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    private async Task<T> WithAreasAsync<T>(T form)
    {
        ViewData["Areas"] = await db.AreaSelectListAsync(HttpContext.RequestAborted);
        return form;
    }
}
