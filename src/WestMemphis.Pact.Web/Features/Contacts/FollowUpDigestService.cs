using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Background;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Contacts;

public sealed class LiaisonOptions
{
    public const string Section = "Liaison";

    /// <summary>How often the digest worker looks for digests due; 0 turns it off.</summary>
    public int DigestPollSeconds { get; set; } = 3600;

    /// <summary>The weekday and Central-time hour from which each week's digest goes out.</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;
    public int DigestHour { get; set; } = 7;
}

/// <summary>
/// Emails each officer a weekly digest of their open follow-ups (overdue first) through the outbox, the same
/// pattern as the shift reminders: the claim (a <see cref="FollowUpDigest"/> row with a unique officer+week key)
/// and the email are saved in one transaction.
/// </summary>
public sealed class FollowUpDigestService(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<LiaisonOptions> options, TimeProvider clock,
    ILogger<FollowUpDigestService> logger) : PollingWorker(clock, logger)
{
    protected override double PollSeconds => options.Value.DigestPollSeconds;

    protected override bool PassAtStart => false;

    /// <summary>Queues this week's digest for every officer with open follow-ups who has not had it. Returns how many.</summary>
    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var local = CentralTime.ToLocal(now);
        var today = DateOnly.FromDateTime(local);
        var weekOf = today.AddDays(-(((int)today.DayOfWeek - (int)options.Value.DigestDay + 7) % 7));
        if (today == weekOf && local.Hour < options.Value.DigestHour)
        {
            return 0;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var links = scope.ServiceProvider.GetRequiredService<LinkBuilder>();
        var owners = await db.ContactLogs.AsNoTracking().Where(c => c.FollowUp != null && c.FollowUpClosedUtc == null && c.FollowUpOwnerId != null)
            .Select(c => c.FollowUpOwnerId!).Distinct()
            .Where(o => !db.FollowUpDigests.Any(d => d.OfficerId == o && d.WeekOf == weekOf))
            .Take(1000).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var ownerId in owners)
        {
            var officer = await db.Users.AsNoTracking().Where(u => u.Id == ownerId && !u.IsDisabled).Select(u => new { u.Email, u.FullName }).FirstOrDefaultAsync(cancellationToken);
            if (officer?.Email is null)
            {
                continue;
            }

            var items = await db.ContactLogs.AsNoTracking().Where(c => c.FollowUpOwnerId == ownerId && c.FollowUp != null && c.FollowUpClosedUtc == null)
                .OrderBy(c => c.FollowUpDue == null).ThenBy(c => c.FollowUpDue)
                .Select(c => new { c.Id, c.FollowUp, c.FollowUpDue, With = c.Congregation != null ? c.Congregation.Name : c.PartnerOrganization != null ? c.PartnerOrganization.Name : null })
                .Take(100).ToListAsync(cancellationToken);
            var overdue = items.Count(i => i.FollowUpDue < today);
            var body = new StringBuilder();
            body.Append(CultureInfo.InvariantCulture, $"Hello {officer.FullName},\n\nYou have {items.Count} open follow-up(s), {overdue} overdue:\n\n");
            foreach (var i in items)
            {
                var due = i.FollowUpDue is { } d ? (d < today ? "OVERDUE, was due " : "due ") + d.ToString("ddd, MMM d", CultureInfo.GetCultureInfo("en-US")) : "no due date";
                body.Append(CultureInfo.InvariantCulture, $"- {i.FollowUp}{(i.With is null ? "" : $" ({i.With})")}: {due}\n  {links.Absolute($"/liaison/contacts/{i.Id}")}\n");
            }

            body.Append(CultureInfo.InvariantCulture, $"\nClose them with their outcome at {links.Absolute("/liaison/followups")}.\n\nPACT West Memphis");
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.FollowUpDigests.Add(new FollowUpDigest { OfficerId = ownerId, WeekOf = weekOf, QueuedUtc = now, OpenFollowUps = items.Count, Overdue = overdue });
            outbox.Enqueue("FollowUpDigest", officer.Email, officer.FullName, $"Your follow-ups this week: {items.Count} open, {overdue} overdue", body.ToString());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                queued++;
            }
            catch (DbUpdateException)
            {
                // Another instance queued this officer's digest for the week first (unique officer+week).
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        if (queued > 0)
        {
            logger.LogInformation("Follow-up digests queued: {Count} for the week of {WeekOf}", queued, weekOf);
        }

        return queued;
    }
}
