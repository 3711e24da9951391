using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Email;

/// <summary>
/// Sends queued emails. Each message is claimed with one conditional UPDATE before it is sent, so two
/// instances (or two loops) never send the same message; a failed send is retried with exponential
/// back-off and, after <see cref="MailOptions.MaxAttempts"/>, marked failed for an admin to see.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);
    private readonly string _instance = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            logger.LogInformation("Outbox sender disabled in this instance");
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox sender loop failed; trying again later");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Sends every message that is due now. Returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var candidates = await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now
                    && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .OrderBy(m => m.Id)
                .Select(m => m.Id)
                .Take(20)
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                return sent;
            }

            foreach (var id in candidates)
            {
                if (await TrySendAsync(db, id, cancellationToken))
                {
                    sent++;
                }
            }
        }
    }

    private async Task<bool> TrySendAsync(AppDbContext db, long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + ClaimDuration;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, _instance).SetProperty(m => m.ClaimedUntilUtc, until), cancellationToken);
        if (claimed != 1)
        {
            return false;
        }

        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await transport.SendAsync(Compose(message), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = message.Attempts + 1;
            var failed = attempts >= options.Value.MaxAttempts;
            var next = now + TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));
            var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            await db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == _instance)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptUtc, next)
                    .SetProperty(m => m.Status, failed ? OutboxStatus.Failed : OutboxStatus.Pending)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
            logger.LogWarning(ex, "Sending outbox message {MessageId} failed (attempt {Attempt})", id, attempts);
            return false;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.Id == id && m.ClaimedBy == _instance)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentUtc, sentAt)
                .SetProperty(m => m.Attempts, message.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        logger.LogInformation("Sent outbox message {MessageId} ({Kind})", id, message.Kind);
        return true;
    }

    private MimeMessage Compose(OutboxMessage message) => Compose(message, options.Value);

    /// <summary>
    /// The message as it goes out. A mailing's stop address becomes the RFC 2369 <c>List-Unsubscribe</c> header and,
    /// with <c>List-Unsubscribe-Post</c>, the RFC 8058 one-click form: the mail provider POSTs
    /// <c>List-Unsubscribe=One-Click</c> to that address.
    /// </summary>
    public static MimeMessage Compose(OutboxMessage message, MailOptions mail)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = $"outbox-{message.Id}@pact.local",
            Date = new DateTimeOffset(message.CreatedUtc, TimeSpan.Zero),
        };
        mime.From.Add(new MailboxAddress(mail.FromName, mail.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.AttachmentContent is { Length: > 0 } content && message.AttachmentName is { } name)
        {
            body.Attachments.Add(name, content, ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream"));
        }

        mime.Body = body.ToMessageBody();
        if (message.UnsubscribeUrl is { Length: > 0 } stop)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{stop}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return mime;
    }
}
