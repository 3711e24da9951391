using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>What a guardian's answer does to a minor's sign-ups (<see cref="GuardianConsentRules"/>), inside the caller's transaction.</summary>
public sealed partial class ShiftSignups
{
    /// <summary>
    /// Consent (or the person now being an adult): each waiting sign-up takes a seat where its shift still has room, by the
    /// same conditional UPDATE as a sign-up (ADR 0005), and is otherwise cancelled with the reason. The caller has begun
    /// the transaction (its first statement wrote the minor's profile row) and saves and commits. A minor has at most one
    /// sign-up per shift, so the seats asked for are independent of each other: they are taken in shift order, the one
    /// lock order every path that writes several shift rows follows. Confirmed volunteers get the usual confirmation email.
    /// </summary>
    public async Task<IReadOnlyList<GuardianSignupOutcome>> ConfirmWaitingAsync(string volunteerId, DateTime now, CancellationToken cancellationToken)
    {
        var waiting = await db.Signups.AsNoTracking().Where(s => s.VolunteerId == volunteerId && s.Status == SignupStatus.AwaitingConsent)
            .OrderBy(s => s.ShiftId)
            .Select(s => new { s.Id, s.ShiftId, s.Shift!.StartUtc, EventStatus = s.Shift.Event!.Status, s.Volunteer!.Email, s.Volunteer.FullName })
            .ToListAsync(cancellationToken);
        var outcomes = new List<GuardianSignupOutcome>();
        foreach (var w in waiting)
        {
            var outcome = GuardianConsentRules.OnConsent(w.EventStatus, w.StartUtc, now);
            if (outcome == WaitingOutcome.TakeSeat)
            {
                var seat = await db.Shifts.Where(s => s.Id == w.ShiftId && s.Filled < s.Capacity).Where(SignupRules.WaitlistMoves(now))
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Filled, s => s.Filled + 1), cancellationToken);
                if (seat == 1)
                {
                    var changed = await db.Signups.Where(s => s.Id == w.Id && s.Status == SignupStatus.AwaitingConsent)
                        .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.Confirmed), cancellationToken);
                    if (changed != 1)
                    {
                        throw new InvalidOperationException($"Sign-up {w.Id} changed while its volunteer's profile was locked.");
                    }
                }
                else
                {
                    outcome = WaitingOutcome.ShiftFull;
                }
            }

            if (outcome != WaitingOutcome.TakeSeat)
            {
                await db.Signups.Where(s => s.Id == w.Id && s.Status == SignupStatus.AwaitingConsent)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.Cancelled).SetProperty(s => s.CancelledUtc, now), cancellationToken);
            }

            var shift = await MailInfo(db.Shifts.Where(s => s.Id == w.ShiftId)).FirstAsync(cancellationToken);
            if (outcome == WaitingOutcome.TakeSeat && w.Email is not null)
            {
                emails.SignupConfirmed(w.Email, w.FullName, shift, w.Id);
            }

            outcomes.Add(new GuardianSignupOutcome(w.Id, shift, outcome));
        }

        return outcomes;
    }

    /// <summary>
    /// A decline or a withdrawal: every waiting sign-up, and every other one still to come whose shift has not started
    /// (<see cref="GuardianConsentRules.CancelledByRefusal"/>), is cancelled; freed seats go to the waitlist as on any
    /// cancellation. Inside the caller's transaction, in shift order.
    /// </summary>
    public async Task<IReadOnlyList<ShiftMailInfo>> CancelForGuardianAsync(string volunteerId, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.Signups.AsNoTracking()
            .Where(s => s.VolunteerId == volunteerId
                && (s.Status == SignupStatus.AwaitingConsent || s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted))
            .OrderBy(s => s.ShiftId)
            .Select(s => new { s.Id, s.ShiftId, s.Status, s.Shift!.StartUtc })
            .ToListAsync(cancellationToken);
        var cancelled = new List<ShiftMailInfo>();
        foreach (var s in open.Where(s => GuardianConsentRules.CancelledByRefusal(s.Status, s.StartUtc, now)))
        {
            if (await CancelInTransactionAsync(s.Id, s.ShiftId, s.Status, now, cancellationToken))
            {
                cancelled.Add(await MailInfo(db.Shifts.Where(x => x.Id == s.ShiftId)).FirstAsync(cancellationToken));
            }
        }

        return cancelled;
    }
}

/// <summary>One waiting sign-up after the guardian consented: its shift and what became of it.</summary>
public sealed record GuardianSignupOutcome(long SignupId, ShiftMailInfo Shift, WaitingOutcome Outcome);
