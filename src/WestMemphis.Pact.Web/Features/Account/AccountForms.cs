using FluentValidation;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Account;

// The account use cases' form models and their rules. Identity re-checks passwords (length,
// common-password list) on the server; these rules give the person a clear message first.

public sealed class RegisterForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? PhoneNumber { get; set; }
    public int? AreaId { get; set; }
    public bool IsThirteenOrOlder { get; set; }
}

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter your name.").MaximumLength(100).WithMessage("Your name must be 100 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters we cannot accept.");
        RuleFor(f => f.Email).EmailRules();
        RuleFor(f => f.Password).PasswordRules();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
        RuleFor(f => f.PhoneNumber).PhoneRules();
        RuleFor(f => f.IsThirteenOrOlder).Equal(true)
            .WithMessage("You must be 13 or older to create an account. A parent or guardian can register instead.");
    }
}

public sealed class LoginForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address.").MaximumLength(256).WithMessage("That email address is too long.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(1024).WithMessage("That password is too long.");
    }
}

public sealed class EmailForm
{
    public string? Email { get; set; }
}

public sealed class EmailFormValidator : AbstractValidator<EmailForm>
{
    public EmailFormValidator() => RuleFor(f => f.Email).EmailRules();
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

public sealed class ProfileForm
{
    public string? FullName { get; set; }
    public string? PhoneNumber { get; set; }
    public int? AreaId { get; set; }
}

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter your name.").MaximumLength(100).WithMessage("Your name must be 100 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters we cannot accept.");
        RuleFor(f => f.PhoneNumber).PhoneRules();
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
