using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Email;

/// <summary>
/// Queues an email in the caller's DbContext. Nothing is sent here: the message is saved by the caller's
/// own SaveChanges, in the same transaction as the change that caused it, and sent by <see cref="OutboxSender"/>.
/// </summary>
public sealed class Outbox(AppDbContext db, TimeProvider clock)
{
    public OutboxMessage Enqueue(string kind, string toAddress, string? toName, string subject, string textBody, string? htmlBody = null, string? unsubscribeUrl = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Kind = kind,
            ToAddress = toAddress,
            ToName = toName,
            Subject = subject,
            TextBody = textBody,
            HtmlBody = htmlBody,
            UnsubscribeUrl = unsubscribeUrl,
            CreatedUtc = now,
            NextAttemptUtc = now,
            Status = OutboxStatus.Pending,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}
