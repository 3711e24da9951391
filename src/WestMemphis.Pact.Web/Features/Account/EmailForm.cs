using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

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

public sealed partial class AccountController
{
    /// <summary>
    /// Queues a link to the account of the typed address when that account is <paramref name="wanted"/>; nothing
    /// otherwise, and the caller answers the same either way. False when the address itself is not valid.
    /// </summary>
    private async Task<bool> SendLinkAsync(EmailForm form, IValidator<EmailForm> validator, Func<ApplicationUser, bool> wanted, Func<ApplicationUser, Task> queue)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return false;
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is not null && wanted(user))
        {
            await queue(user);
            await db.SaveChangesAsync();
        }

        return true;
    }
}
