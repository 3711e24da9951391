using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Background;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// Emails the requester two days (48 hours by default) before a scheduled appearance. As for shift reminders, each is
/// claimed with a conditional UPDATE of <see cref="Appearance.ReminderSentUtc"/> in the same transaction that queues
/// the email, so a restart or a second instance never sends it twice. Rescheduling clears the claim.
/// </summary>
public sealed class AppearanceReminderService(IServiceScopeFactory scopes, IOptions<PresentationsOptions> options, TimeProvider clock,
    ILogger<AppearanceReminderService> logger) : PollingWorker(clock, logger)
{
    protected override double PollSeconds => options.Value.ReminderPollSeconds;

    /// <summary>Queues every reminder due now. Returns how many.</summary>
    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddHours(options.Value.ReminderHours);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var emails = scope.ServiceProvider.GetRequiredService<PresentationEmails>();
        var due = await db.Appearances.AsNoTracking()
            .Where(a => a.Active && a.ReminderSentUtc == null && a.StartUtc > now && a.StartUtc <= horizon && a.Request!.Status == PresentationStatus.Scheduled)
            .OrderBy(a => a.StartUtc).Select(a => a.Id).Take(500).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var id in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Appearances.Where(a => a.Id == id && a.ReminderSentUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ReminderSentUtc, now), cancellationToken);
            if (claimed == 1)
            {
                var appearance = await db.Appearances.AsNoTracking().Include(a => a.Request).FirstAsync(a => a.Id == id, cancellationToken);
                emails.Reminder(appearance.Request!, appearance);
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return queued;
    }
}
