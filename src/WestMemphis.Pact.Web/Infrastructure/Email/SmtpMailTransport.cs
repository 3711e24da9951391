using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WestMemphis.Pact.Web.Infrastructure.Email;

public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        var security = mail.SmtpSecurity switch
        {
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            "None" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        using var client = new SmtpClient();
        await client.ConnectAsync(mail.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set."), mail.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(mail.SmtpUserName))
        {
            await client.AuthenticateAsync(mail.SmtpUserName, mail.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
