using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Background;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>
/// Emails confirmed volunteers before their shift (48 hours and 2 hours by default). Each reminder is
/// claimed with a conditional UPDATE of its "sent" column in the same transaction that queues the email,
/// so a restart or a second instance never sends it twice.
/// </summary>
public sealed class ShiftReminderService(
    IServiceScopeFactory scopes,
    IOptions<EventsOptions> options,
    TimeProvider clock,
    ILogger<ShiftReminderService> logger) : PollingWorker(clock, logger)
{
    protected override double PollSeconds => options.Value.ReminderPollSeconds;

    /// <summary>Queues every reminder that is due now. Returns how many.</summary>
    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var first = now.AddHours(options.Value.FirstReminderHours);
        var second = now.AddHours(options.Value.SecondReminderHours);
        var queued = 0;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var emails = scope.ServiceProvider.GetRequiredService<EventEmails>();

        var due = await db.Signups.AsNoTracking()
            .Where(s => s.Status == SignupStatus.Confirmed && s.Shift!.Event!.Status == EventStatus.Published
                && s.Shift.StartUtc > now
                && ((s.FirstReminderSentUtc == null && s.Shift.StartUtc <= first) || (s.SecondReminderSentUtc == null && s.Shift.StartUtc <= second)))
            .OrderBy(s => s.Shift!.StartUtc)
            .Select(s => new { s.Id, s.ShiftId, s.Shift!.StartUtc, s.FirstReminderSentUtc, s.Volunteer!.Email, s.Volunteer.FullName })
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var signup in due)
        {
            if (signup.Email is null)
            {
                continue;
            }

            var isSecond = signup.StartUtc <= second;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Claim: only the first claimant changes the row; anyone else sees 0 rows and moves on. The claim
            // checks again that the sign-up is still confirmed for a published shift ahead: the volunteer may
            // have cancelled (or the event been cancelled) since the look-up above.
            var stillDue = db.Signups.Where(s => s.Id == signup.Id && s.Status == SignupStatus.Confirmed
                && s.Shift!.Event!.Status == EventStatus.Published && s.Shift.StartUtc > now);
            var claimed = isSecond
                ? await stillDue.Where(s => s.SecondReminderSentUtc == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.SecondReminderSentUtc, now).SetProperty(s => s.FirstReminderSentUtc, s => s.FirstReminderSentUtc ?? now), cancellationToken)
                : await stillDue.Where(s => s.FirstReminderSentUtc == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.FirstReminderSentUtc, now), cancellationToken);
            if (claimed == 1)
            {
                var shift = await ShiftSignups.MailInfo(db.Shifts.Where(s => s.Id == signup.ShiftId)).FirstAsync(cancellationToken);
                var hours = (signup.StartUtc - now).TotalHours;
                var when = hours >= 24 ? $"in {Math.Round(hours / 24)} day{(Math.Round(hours / 24) == 1 ? "" : "s")}" : $"in about {Math.Max(1, Math.Round(hours))} hour{(Math.Round(hours) <= 1 ? "" : "s")}";
                emails.Reminder(signup.Email, signup.FullName, shift, when);
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return queued;
    }
}
