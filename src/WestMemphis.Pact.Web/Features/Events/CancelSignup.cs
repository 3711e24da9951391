using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>A sign-up is cancelled; the freed seat goes to the oldest on the waitlist.</summary>
public sealed partial class ShiftSignups
{
    /// <summary>
    /// Cancels a sign-up (the volunteer's own when <paramref name="volunteerId"/> is given, any for staff).
    /// A volunteer may cancel only while <see cref="SignupRules.VolunteerCancelRefusal"/> allows it. A freed
    /// seat goes to the oldest waitlisted sign-up in the same transaction, who is emailed, but only while
    /// the waitlist may move (<see cref="SignupRules.WaitlistMoves(DateTime)"/>).
    /// </summary>
    public async Task<CancelResult> CancelAsync(long signupId, string? volunteerId, CancellationToken cancellationToken = default)
    {
        var target = await db.Signups.AsNoTracking()
            .Where(s => s.Id == signupId && (volunteerId == null || s.VolunteerId == volunteerId))
            .Select(s => new { s.ShiftId, s.Status, s.Shift!.StartUtc, EventStatus = s.Shift.Event!.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return new CancelResult(CancelOutcome.NotFound);
        }

        if (target.Status is not (SignupStatus.Confirmed or SignupStatus.Waitlisted or SignupStatus.AwaitingConsent))
        {
            return new CancelResult(CancelOutcome.AlreadyCancelled);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (volunteerId is not null && SignupRules.VolunteerCancelRefusal(target.EventStatus, target.StartUtc, now) is { } refusal)
        {
            return new CancelResult(CancelOutcome.Refused, refusal);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await CancelInTransactionAsync(signupId, target.ShiftId, target.Status, now, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return new CancelResult(CancelOutcome.AlreadyCancelled);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CancelResult(CancelOutcome.Cancelled);
    }

    /// <summary>
    /// Cancels one sign-up inside the caller's transaction: a seat is freed and goes to the waitlist, a waitlist place
    /// is given up, a sign-up waiting for a guardian's consent (which holds neither) just ends. False when it was no
    /// longer active. <paramref name="seenStatus"/> is the status read before the transaction: a sign-up seen waiting is
    /// tried as waiting first (it may have been confirmed meanwhile, and is then cancelled as a seat).
    /// </summary>
    private async Task<bool> CancelInTransactionAsync(long signupId, int shiftId, SignupStatus seenStatus, DateTime now, CancellationToken cancellationToken)
    {
        // A sign-up waiting for consent holds no seat and no waitlist place: the shift row is not touched.
        if (seenStatus == SignupStatus.AwaitingConsent && await db.Signups.Where(s => s.Id == signupId && s.Status == SignupStatus.AwaitingConsent)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.Cancelled).SetProperty(s => s.CancelledUtc, now), cancellationToken) == 1)
        {
            return true;
        }

        // First statement writes the shift row (lock), and only if the sign-up still holds a seat.
        var freed = await db.Shifts
            .Where(s => s.Id == shiftId && db.Signups.Any(x => x.Id == signupId && x.Status == SignupStatus.Confirmed))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Filled, s => s.Filled - 1), cancellationToken);
        if (freed == 1)
        {
            await SetCancelledAsync(signupId, SignupStatus.Confirmed, now, cancellationToken);
            await PromoteNextAsync(shiftId, now, cancellationToken);
            return true;
        }

        var left = await db.Shifts
            .Where(s => s.Id == shiftId && s.WaitlistCount > 0 && db.Signups.Any(x => x.Id == signupId && x.Status == SignupStatus.Waitlisted))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.WaitlistCount, s => s.WaitlistCount - 1), cancellationToken);
        if (left == 0)
        {
            return false;
        }

        await SetCancelledAsync(signupId, SignupStatus.Waitlisted, now, cancellationToken);
        return true;
    }

    private async Task SetCancelledAsync(long signupId, SignupStatus from, DateTime now, CancellationToken cancellationToken)
    {
        var changed = await db.Signups.Where(s => s.Id == signupId && s.Status == from)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.Cancelled).SetProperty(s => s.CancelledUtc, now), cancellationToken);
        if (changed != 1)
        {
            throw new InvalidOperationException($"Sign-up {signupId} changed while its shift was locked.");
        }
    }
}

public enum CancelOutcome
{
    Cancelled,
    AlreadyCancelled,
    NotFound,

    /// <summary>The volunteer may not cancel now (the event is cancelled or over, or the shift has started).</summary>
    Refused,
}

public sealed record CancelResult(CancelOutcome Outcome, string? Message = null);
