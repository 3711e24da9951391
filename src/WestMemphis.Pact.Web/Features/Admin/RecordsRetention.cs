using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain.Records;
using WestMemphis.Pact.Web.Features.Concerns;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Admin;

/// <summary>How many records of a kind the next run would change, and how many more it would but a hold keeps.</summary>
public sealed record RetentionDue(RetentionRule Rule, int Due, int Held);

/// <summary>
/// The retention purge: for each rule, finds the expired records that are not yet anonymised (or deleted) and not
/// held, and changes them in batches with set-based updates (never loading a whole table, never one audit row per
/// record). Records the dashboard counts (concerns, contact logs, problems, requests) are anonymised, never deleted,
/// so past figures stay the same.
/// </summary>
public sealed class RecordsRetention(AppDbContext db, IOptions<RetentionOptions> options, TimeProvider clock, AuditLog audit, ConcernPhotoStore photos,
    ILogger<RecordsRetention> logger)
{
    /// <summary>What an anonymised free-text field reads afterwards.</summary>
    public const string Removed = "[removed under the records retention schedule]";

    /// <summary>The requester name and email an anonymised request keeps (both columns are required).</summary>
    public const string RemovedName = "Removed (retention)";
    public const string RemovedEmail = "removed@retention.invalid";

    public IReadOnlyList<RetentionRule> Rules => options.Value.EffectiveRules();

    /// <summary>What the next run would change per rule, with held records apart.</summary>
    public async Task<IReadOnlyList<RetentionDue>> PreviewAsync(CancellationToken cancellationToken)
    {
        var holds = await ActiveHoldsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = new List<RetentionDue>();
        foreach (var rule in Rules)
        {
            if (RetentionRules.CutoffUtc(rule, now) is not { } cutoff)
            {
                result.Add(new RetentionDue(rule, 0, 0));
                continue;
            }

            var (due, held) = rule.Kind switch
            {
                RecordKind.Concern => await CountAsync(ExpiredConcerns(cutoff), holds.ConcernHeld(), cancellationToken),
                RecordKind.ContactLog => await CountAsync(ExpiredContactLogs(cutoff), holds.ContactLogHeld(), cancellationToken),
                RecordKind.Problem => await CountAsync(ExpiredProblems(cutoff), holds.ProblemHeld(), cancellationToken),
                RecordKind.PresentationRequest => await CountAsync(ExpiredRequests(cutoff), holds.RequestHeld(), cancellationToken),
                RecordKind.OutboxMessage => await CountAsync(ExpiredOutbox(cutoff), holds.OutboxHeld(), cancellationToken),
                RecordKind.ImportRejectedRow => await CountAsync(ExpiredRejectedRows(cutoff), holds.RejectedRowHeld(), cancellationToken),
                _ => await CountAsync(ExpiredIncidents(cutoff), holds.IncidentHeld(), cancellationToken),
            };
            result.Add(new RetentionDue(rule, due, held));
        }

        return result;
    }

    /// <summary>
    /// Claims today's run (a <see cref="RetentionRun"/> row with the day's unique key, inserted before any work) and,
    /// when the claim holds, applies every rule and writes one audit row with the counts. Returns null when another
    /// run (this instance or another) already has the day.
    /// </summary>
    public async Task<RetentionRun?> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dayKey = CentralTimeZone.DayOf(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (await db.RetentionRuns.AnyAsync(r => r.DayKey == dayKey, cancellationToken))
        {
            return null;
        }

        var run = new RetentionRun { DayKey = dayKey, StartedUtc = now };
        db.RetentionRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The other instance inserted the day's row first: it does the run.
            db.ChangeTracker.Clear();
            return null;
        }

        var holds = await ActiveHoldsAsync(cancellationToken);
        var batch = Math.Clamp(options.Value.BatchSize, 1, 5000);
        var parts = new List<string>();
        foreach (var rule in Rules)
        {
            if (RetentionRules.CutoffUtc(rule, now) is not { } cutoff)
            {
                parts.Add($"{rule.Kind}: off");
                continue;
            }

            var (changed, held) = rule.Kind switch
            {
                RecordKind.Concern => await AnonymiseConcernsAsync(cutoff, holds, batch, cancellationToken),
                RecordKind.ContactLog => await InBatchesAsync(ExpiredContactLogs(cutoff), holds.ContactLogHeld(), l => l.Id, batch,
                    ids => db.ContactLogs.Where(l => ids.Contains(l.Id)).ExecuteUpdateAsync(u => u
                        .SetProperty(l => l.Purpose, Removed).SetProperty(l => l.Notes, (string?)null)
                        .SetProperty(l => l.FollowUp, (string?)null).SetProperty(l => l.FollowUpOutcome, (string?)null)
                        .SetProperty(l => l.Version, Guid.NewGuid()), cancellationToken), cancellationToken),
                RecordKind.Problem => await InBatchesAsync(ExpiredProblems(cutoff), holds.ProblemHeld(), p => p.Id, batch,
                    ids => db.Problems.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(u => u
                        .SetProperty(p => p.Offender, (string?)null).SetProperty(p => p.OffenderHandler, (string?)null)
                        .SetProperty(p => p.VictimOrTarget, (string?)null).SetProperty(p => p.VictimGuardian, (string?)null)
                        .SetProperty(p => p.PlaceManager, (string?)null).SetProperty(p => p.AnalysisNotes, (string?)null)
                        .SetProperty(p => p.Version, Guid.NewGuid()), cancellationToken), cancellationToken),
                RecordKind.PresentationRequest => await AnonymiseRequestsAsync(cutoff, holds, batch, cancellationToken),
                RecordKind.OutboxMessage => await InBatchesAsync(ExpiredOutbox(cutoff), holds.OutboxHeld(), m => m.Id, batch,
                    ids => db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken),
                RecordKind.ImportRejectedRow => await InBatchesAsync(ExpiredRejectedRows(cutoff), holds.RejectedRowHeld(), r => r.Id, batch,
                    ids => db.ImportRejectedRows.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken),
                _ => await InBatchesAsync(ExpiredIncidents(cutoff), holds.IncidentHeld(), i => i.Id, batch,
                    ids => db.Incidents.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken),
            };
            var verb = rule.Action == RetentionAction.Delete ? "deleted" : "anonymised";
            parts.Add($"{rule.Kind}: {changed} {verb}, {held} held");
        }

        run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        run.Details = string.Join("; ", parts);
        audit.Add("RetentionRun", nameof(RetentionRun), run.Id.ToString(CultureInfo.InvariantCulture), run.Details, userName: "retention run");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Retention run {Day}: {Details}", dayKey, run.Details);
        return run;
    }

    private async Task<LegalHolds> ActiveHoldsAsync(CancellationToken cancellationToken) =>
        new(await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedUtc == null).ToListAsync(cancellationToken));

    // Each query finds expired records that still carry what the rule removes, so a second run finds nothing.
    private IQueryable<Concern> ExpiredConcerns(DateTime cutoff) => db.Concerns.Where(c =>
        (c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.Closed) && (c.ResolvedUtc ?? c.UpdatedUtc) < cutoff
        && (c.Description != Removed || c.ReporterName != null || c.ReporterEmail != null || c.ReporterPhone != null
            || c.ReporterUserId != null || c.PhotoStoredName != null));

    private IQueryable<ContactLog> ExpiredContactLogs(DateTime cutoff) => db.ContactLogs.Where(l =>
        l.WhenUtc < cutoff && (l.Purpose != Removed || l.Notes != null || l.FollowUp != null || l.FollowUpOutcome != null));

    private IQueryable<Problem> ExpiredProblems(DateTime cutoff) => db.Problems.Where(p =>
        p.Stage == ProblemStage.Closed && (p.ClosedUtc ?? p.UpdatedUtc) < cutoff
        && (p.Offender != null || p.OffenderHandler != null || p.VictimOrTarget != null || p.VictimGuardian != null
            || p.PlaceManager != null || p.AnalysisNotes != null));

    private IQueryable<PresentationRequest> ExpiredRequests(DateTime cutoff) => db.PresentationRequests.Where(r =>
        (r.Status == PresentationStatus.Completed || r.Status == PresentationStatus.Declined || r.Status == PresentationStatus.Cancelled)
        && r.UpdatedUtc < cutoff
        && (r.RequesterName != RemovedName || r.RequesterEmail != RemovedEmail || r.RequesterPhone != null || r.UserId != null
            || r.OnSitePhone != null || r.Greeter != null));

    // Pending messages are never removed: the sender still owes them.
    private IQueryable<OutboxMessage> ExpiredOutbox(DateTime cutoff) => db.OutboxMessages.Where(m =>
        m.Status != OutboxStatus.Pending && m.CreatedUtc < cutoff);

    private IQueryable<Incident> ExpiredIncidents(DateTime cutoff) => db.Incidents.Where(i => i.OccurredAtUtc < cutoff);

    private IQueryable<ImportRejectedRow> ExpiredRejectedRows(DateTime cutoff) => db.ImportRejectedRows.Where(r => r.ImportBatch!.UploadedAtUtc < cutoff);

    private static async Task<(int Due, int Held)> CountAsync<T>(IQueryable<T> expired, Expression<Func<T, bool>> held, CancellationToken cancellationToken) =>
        (await expired.Where(LegalHolds.Not(held)).CountAsync(cancellationToken), await expired.Where(held).CountAsync(cancellationToken));

    /// <summary>Takes the next batch of ids, changes them with one statement, and repeats until none are left.</summary>
    private async Task<(int Changed, int Held)> InBatchesAsync<T, TKey>(IQueryable<T> expired, Expression<Func<T, bool>> held,
        Expression<Func<T, TKey>> key, int batch, Func<List<TKey>, Task<int>> change, CancellationToken cancellationToken)
    {
        var changed = 0;
        var unheld = expired.Where(LegalHolds.Not(held));
        while (true)
        {
            var ids = await unheld.OrderBy(key).Select(key).Take(batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var n = await change(ids);
            changed += n;
            if (n == 0)
            {
                break;
            }
        }

        return (changed, await expired.Where(held).CountAsync(cancellationToken));
    }

    private async Task<(int Changed, int Held)> AnonymiseConcernsAsync(DateTime cutoff, LegalHolds holds, int batch, CancellationToken cancellationToken)
    {
        var changed = 0;
        var unheld = ExpiredConcerns(cutoff).Where(LegalHolds.Not(holds.ConcernHeld()));
        while (true)
        {
            var rows = await unheld.OrderBy(c => c.Id).Select(c => new { c.Id, c.PhotoStoredName }).Take(batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            var ids = rows.Select(r => r.Id).ToList();
            int n;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                // The reporter's private status links go with the reporter: the concern no longer names anyone to show them to.
                await db.StatusLinks.Where(l => l.ConcernId != null && ids.Contains(l.ConcernId.Value)).ExecuteDeleteAsync(cancellationToken);
                n = await db.Concerns.Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(u => u
                    .SetProperty(c => c.Description, Removed).SetProperty(c => c.WhenItHappens, (string?)null)
                    .SetProperty(c => c.ReporterName, (string?)null).SetProperty(c => c.ReporterEmail, (string?)null)
                    .SetProperty(c => c.ReporterPhone, (string?)null).SetProperty(c => c.ReporterUserId, (string?)null)
                    .SetProperty(c => c.PhotoStoredName, (string?)null).SetProperty(c => c.PhotoContentType, (string?)null)
                    .SetProperty(c => c.Version, Guid.NewGuid()), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            // Files go after the commit: a failed delete leaves an orphan file, never a row pointing at nothing.
            foreach (var name in rows.Select(r => r.PhotoStoredName).OfType<string>())
            {
                try
                {
                    photos.Delete(name);
                }
                catch (IOException ex)
                {
                    logger.LogWarning(ex, "Could not delete an expired concern photo");
                }
            }

            changed += n;
            if (n == 0)
            {
                break;
            }
        }

        return (changed, await ExpiredConcerns(cutoff).Where(holds.ConcernHeld()).CountAsync(cancellationToken));
    }

    private async Task<(int Changed, int Held)> AnonymiseRequestsAsync(DateTime cutoff, LegalHolds holds, int batch, CancellationToken cancellationToken) =>
        await InBatchesAsync(ExpiredRequests(cutoff), holds.RequestHeld(), r => r.Id, batch, async ids =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.StatusLinks.Where(l => l.PresentationRequestId != null && ids.Contains(l.PresentationRequestId.Value)).ExecuteDeleteAsync(cancellationToken);
            var n = await db.PresentationRequests.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.RequesterName, RemovedName).SetProperty(r => r.RequesterEmail, RemovedEmail)
                .SetProperty(r => r.RequesterPhone, (string?)null).SetProperty(r => r.UserId, (string?)null)
                .SetProperty(r => r.OnSitePhone, (string?)null).SetProperty(r => r.Greeter, (string?)null)
                .SetProperty(r => r.Version, Guid.NewGuid()), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return n;
        }, cancellationToken);
}
