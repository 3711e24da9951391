using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Account emails, queued in the outbox with the caller's next SaveChanges.</summary>
public sealed class AccountEmails(UserManager<ApplicationUser> users, Outbox outbox, LinkBuilder links)
{
    /// <summary>The confirmation link; <paramref name="returnUrl"/> (already checked to be local) rides along so the person ends where they were going.</summary>
    public async Task QueueConfirmationAsync(ApplicationUser user, string? returnUrl = null)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = links.Absolute($"/Account/ConfirmEmail?userId={Uri.EscapeDataString(user.Id)}&code={token}"
            + (string.IsNullOrEmpty(returnUrl) ? "" : "&returnUrl=" + Uri.EscapeDataString(returnUrl)));
        Queue("AccountConfirmation", user, "Confirm your PACT West Memphis account",
            $"Hello {user.FullName},\n\nPlease confirm your email address to finish creating your PACT West Memphis account:\n{link}\n\nIf you did not register, you can ignore this message.",
            link, "Confirm my email address");
    }

    public void QueueAlreadyRegistered(ApplicationUser user, string? returnUrl = null)
    {
        var login = links.Absolute("/Account/Login" + (string.IsNullOrEmpty(returnUrl) ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        var reset = links.Absolute("/Account/ForgotPassword");
        Queue("AccountAlreadyRegistered", user, "You already have a PACT West Memphis account",
            $"Hello {user.FullName},\n\nSomeone (perhaps you) tried to register with this email address, which already has an account.\nLog in: {login}\nForgot your password? {reset}\n\nIf it was not you, you can ignore this message.",
            login, "Log in");
    }

    public async Task QueuePasswordResetAsync(ApplicationUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = links.Absolute($"/Account/ResetPassword?email={Uri.EscapeDataString(user.Email!)}&code={token}");
        Queue("PasswordReset", user, "Reset your PACT West Memphis password",
            $"Hello {user.FullName},\n\nUse this link to choose a new password:\n{link}\n\nIf you did not ask for this, you can ignore this message; your password stays the same.",
            link, "Choose a new password");
    }

    /// <summary>
    /// An invitation from an admin: the link opens the choose-a-password page (a password-reset token, valid for a day);
    /// choosing a password there also confirms the address, since only its owner could follow the link.
    /// </summary>
    public async Task QueueInvitationAsync(ApplicationUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = links.Absolute($"/Account/ResetPassword?email={Uri.EscapeDataString(user.Email!)}&code={token}&welcome=true");
        Queue("AccountInvitation", user, "You are invited to PACT West Memphis",
            $"Hello {user.FullName},\n\nThe West Memphis Police Department's Community Engagement Unit has created a PACT West Memphis account for you. Choose your password to start:\n{link}\n\nThe link works for 24 hours. If it has expired, ask the unit to send the invitation again. If you were not expecting this, you can ignore this message.",
            link, "Choose my password");
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void Queue(string kind, ApplicationUser user, string subject, string text, string link, string linkText)
    {
        var enc = HtmlEncoder.Default;
        var html = $"<p>{enc.Encode(text.Split('\n')[0])}</p><p><a href=\"{enc.Encode(link)}\">{enc.Encode(linkText)}</a></p>"
            + "<p>PACT West Memphis — Making a Difference One Community at a Time</p>";
        outbox.Enqueue(kind, user.Email!, user.FullName, subject, text + "\n\n— PACT West Memphis\nMaking a Difference One Community at a Time", html);
    }
}
