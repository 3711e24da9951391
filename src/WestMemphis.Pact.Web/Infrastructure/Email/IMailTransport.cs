using MimeKit;

namespace WestMemphis.Pact.Web.Infrastructure.Email;

/// <summary>Delivers one composed message: over SMTP, or to the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
