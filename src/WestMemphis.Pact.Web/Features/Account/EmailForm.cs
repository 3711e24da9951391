using FluentValidation;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Just an email address: asking for the confirmation link again (ConfirmEmail.cs) or a password reset (ForgotPassword.cs).</summary>
public sealed class EmailForm
{
    public string? Email { get; set; }
}

public sealed class EmailFormValidator : AbstractValidator<EmailForm>
{
    public EmailFormValidator() => RuleFor(f => f.Email).EmailRules();
}
