using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Background;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>
/// Reminds a volunteer, and the coordinators, that a cleared background check ends soon
/// (<see cref="BackgroundChecks.ReminderDue"/>): once per check. Each reminder is claimed with a conditional UPDATE of
/// the profile's reminder column in the same transaction that queues the emails, so two instances never both send it.
/// </summary>
public sealed class BackgroundCheckReminderService(
    IServiceScopeFactory scopes,
    IOptions<EventsOptions> options,
    TimeProvider clock,
    ILogger<BackgroundCheckReminderService> logger) : PollingWorker(clock, logger)
{
    protected override double PollSeconds => options.Value.ReminderPollSeconds;

    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var valid = Math.Max(1, options.Value.BackgroundCheckValidMonths);
        var days = Math.Max(0, options.Value.BackgroundCheckReminderDays);
        // Checks done before this moment end within the reminder window (or have ended); the rule decides exactly.
        var doneBefore = now.AddDays(days).AddMonths(-valid);
        var doneAfter = now.AddMonths(-valid);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var links = scope.ServiceProvider.GetRequiredService<LinkBuilder>();
        var candidates = await db.VolunteerProfiles.AsNoTracking()
            .Where(p => p.BackgroundCheck == BackgroundCheckStatus.Cleared && p.BackgroundCheckUtc != null
                && p.BackgroundCheckUtc <= doneBefore && p.BackgroundCheckUtc > doneAfter
                && (p.BackgroundCheckReminderUtc == null || p.BackgroundCheckReminderUtc < p.BackgroundCheckUtc))
            .Select(p => new { p.UserId, p.BackgroundCheckUtc, p.BackgroundCheckReminderUtc, p.User!.Email, p.User.FullName })
            .Take(500)
            .ToListAsync(cancellationToken);
        var due = candidates.Where(c => BackgroundChecks.ReminderDue(BackgroundCheckStatus.Cleared, c.BackgroundCheckUtc, c.BackgroundCheckReminderUtc, now, valid, days)).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var coordinators = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Coordinator)))
            .Select(u => new { u.Email, u.FullName }).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var person in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var checkedUtc = person.BackgroundCheckUtc;
            var claimed = await db.VolunteerProfiles
                .Where(p => p.UserId == person.UserId && p.BackgroundCheck == BackgroundCheckStatus.Cleared && p.BackgroundCheckUtc == checkedUtc
                    && (p.BackgroundCheckReminderUtc == null || p.BackgroundCheckReminderUtc < p.BackgroundCheckUtc))
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.BackgroundCheckReminderUtc, now), cancellationToken);
            if (claimed == 1)
            {
                var ends = CentralTime.FormatDate(BackgroundChecks.ExpiresUtc(BackgroundCheckStatus.Cleared, checkedUtc, valid)!.Value);
                if (person.Email is not null)
                {
                    outbox.Enqueue("BackgroundCheckExpiring", person.Email, person.FullName, $"Your volunteer background check ends on {ends}",
                        $"Hello {person.FullName},\n\nYour background check for PACT West Memphis, done on {CentralTime.FormatDate(checkedUtc!.Value)}, is valid until {ends}. "
                        + "Shifts that work with children need a current check. To renew it, call the Community Outreach Coordinator at 870-735-1210 or 901-205-8444; "
                        + $"your sign-ups stay as they are, and the coordinator records the new check.\n\nYour shifts and hours: {links.Absolute("/my")}\n\n"
                        + "You get this email because you volunteer with PACT West Memphis and your background check is on record.\n\n— PACT West Memphis");
                }

                foreach (var coordinator in coordinators)
                {
                    outbox.Enqueue("BackgroundCheckExpiringStaff", coordinator.Email!, coordinator.FullName, $"A volunteer's background check ends on {ends}",
                        $"Hello {coordinator.FullName},\n\nThe background check of {person.FullName} ends on {ends}. Their record: {links.Absolute($"/manage/volunteers/{Uri.EscapeDataString(person.UserId)}")}\n\n"
                        + $"Volunteers whose check ends soon: {links.Absolute("/manage/volunteers?check=expiring")}\n\n— PACT West Memphis");
                }

                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return queued;
    }
}
