using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Events;

public enum SignupOutcome
{
    Confirmed,
    Waitlisted,

    /// <summary>The same form was submitted again (double click): nothing new was created.</summary>
    AlreadyDone,
    Refused,
    NotFound,
}

public sealed record SignupResult(SignupOutcome Outcome, long? SignupId = null, int? WaitlistPosition = null, string? Message = null);

public enum CancelOutcome
{
    Cancelled,
    AlreadyCancelled,
    NotFound,

    /// <summary>The volunteer may not cancel now (the event is cancelled or over, or the shift has started).</summary>
    Refused,
}

public sealed record CancelResult(CancelOutcome Outcome, string? Message = null);

/// <summary>
/// Sign-ups and cancellations. Capacity is enforced by the database, never by counting first: each
/// change begins with a conditional UPDATE of the shift row (a seat is taken only where
/// <c>Filled &lt; Capacity</c>), so the row is locked for the rest of the transaction and changes to one
/// shift happen one at a time on SQLite and SQL Server alike. See docs/decisions/0005-shift-capacity.md.
/// </summary>
public sealed class ShiftSignups(AppDbContext db, EventEmails emails, TimeProvider clock, ILogger<ShiftSignups> logger)
{
    public async Task<SignupResult> SignUpAsync(int shiftId, string volunteerId, string idempotencyKey, bool byStaff = false,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await SameFormAsync(volunteerId, idempotencyKey, cancellationToken) is { } repeat)
        {
            return new SignupResult(SignupOutcome.AlreadyDone, repeat);
        }

        var shift = await MailInfo(db.Shifts.Where(s => s.Id == shiftId)).FirstOrDefaultAsync(cancellationToken);
        var rules = await db.Shifts.AsNoTracking().Where(s => s.Id == shiftId)
            .Select(s => new { s.MinimumAge, s.WorksWithChildren, s.Event!.SeekingVolunteers })
            .FirstOrDefaultAsync(cancellationToken);
        if (shift is null || rules is null || (shift.EventStatus != EventStatus.Published && !byStaff))
        {
            return new SignupResult(SignupOutcome.NotFound);
        }

        var terms = new ShiftTerms(shift.EventStatus, rules.SeekingVolunteers, shift.StartUtc, rules.MinimumAge, rules.WorksWithChildren);
        if (SignupRules.ClosedRefusal(terms, now, byStaff) is { } closed)
        {
            return Refused(closed);
        }

        var volunteer = await db.Users.AsNoTracking().Where(u => u.Id == volunteerId)
            .Select(u => new { u.Email, u.FullName }).FirstOrDefaultAsync(cancellationToken);
        if (volunteer?.Email is null)
        {
            return new SignupResult(SignupOutcome.NotFound);
        }

        var profile = await db.VolunteerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == volunteerId, cancellationToken);
        if (SignupRules.EligibilityRefusal(terms, profile, byStaff) is { } ineligible)
        {
            return Refused(ineligible);
        }

        var refusal = await ConflictAsync(shiftId, volunteerId, shift.StartUtc, shift.EndUtc, cancellationToken);
        if (refusal is not null)
        {
            return await RefusedUnlessSameFormAsync(refusal, volunteerId, idempotencyKey, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (profile is not null)
        {
            // First statement, a write: it takes SQLite's write lock at once, and on SQL Server this person's
            // profile row lock, so one person's sign-ups happen one at a time and the overlap check below
            // sees any sign-up of theirs committed in another tab.
            await db.VolunteerProfiles.Where(p => p.UserId == volunteerId)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.UpdatedUtc, p => p.UpdatedUtc), cancellationToken);
            if (await ConflictAsync(shiftId, volunteerId, shift.StartUtc, shift.EndUtc, cancellationToken) is { } lateRefusal)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await RefusedUnlessSameFormAsync(lateRefusal, volunteerId, idempotencyKey, cancellationToken);
            }
        }

        // The conditional UPDATE takes the shift row's lock (the database's write lock on SQLite), so nobody
        // else changes this shift until we commit.
        var confirmed = await TakeSeatAsync(shiftId, cancellationToken);
        if (!confirmed)
        {
            await db.Shifts.Where(s => s.Id == shiftId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.WaitlistCount, s => s.WaitlistCount + 1), cancellationToken);
            // Holding the row now: if a seat was freed between the two statements (possible on SQL Server,
            // whose failed conditional UPDATE keeps no lock), take it instead of waiting behind nobody.
            if (await TakeSeatAsync(shiftId, cancellationToken))
            {
                await db.Shifts.Where(s => s.Id == shiftId)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.WaitlistCount, s => s.WaitlistCount - 1), cancellationToken);
                confirmed = true;
            }
        }

        var signup = new Signup
        {
            ShiftId = shiftId,
            VolunteerId = volunteerId,
            IdempotencyKey = idempotencyKey,
            Status = confirmed ? SignupStatus.Confirmed : SignupStatus.Waitlisted,
            // Arrival is when the database let this request in (it holds the shift's lock now), not when it reached the server.
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            AddedByStaff = byStaff,
        };
        db.Signups.Add(signup);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // The unique indexes: the same form twice at once, or already on this shift from another tab.
            logger.LogInformation(ex, "Duplicate sign-up for shift {ShiftId} refused by the unique index", shiftId);
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var existing = await db.Signups.AsNoTracking()
                .Where(s => s.VolunteerId == volunteerId && (s.IdempotencyKey == idempotencyKey || (s.ShiftId == shiftId && s.Status != SignupStatus.Cancelled)))
                .Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken);
            return new SignupResult(SignupOutcome.AlreadyDone, existing);
        }

        int? position = null;
        if (confirmed)
        {
            emails.SignupConfirmed(volunteer.Email, volunteer.FullName, shift, signup.Id);
        }
        else
        {
            position = (await db.WaitlistPositionsAsync([signup.Id], cancellationToken))[signup.Id];
            emails.Waitlisted(volunteer.Email, volunteer.FullName, shift, position.Value);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SignupResult(confirmed ? SignupOutcome.Confirmed : SignupOutcome.Waitlisted, signup.Id, position);
    }

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

        if (target.Status is not (SignupStatus.Confirmed or SignupStatus.Waitlisted))
        {
            return new CancelResult(CancelOutcome.AlreadyCancelled);
        }

        var shiftId = target.ShiftId;
        var now = clock.GetUtcNow().UtcDateTime;
        if (volunteerId is not null && SignupRules.VolunteerCancelRefusal(target.EventStatus, target.StartUtc, now) is { } refusal)
        {
            return new CancelResult(CancelOutcome.Refused, refusal);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // First statement writes the shift row (lock), and only if the sign-up still holds a seat.
        var freed = await db.Shifts
            .Where(s => s.Id == shiftId && db.Signups.Any(x => x.Id == signupId && x.Status == SignupStatus.Confirmed))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Filled, s => s.Filled - 1), cancellationToken);
        if (freed == 1)
        {
            await SetCancelledAsync(signupId, SignupStatus.Confirmed, now, cancellationToken);
            await PromoteNextAsync(shiftId, now, cancellationToken);
        }
        else
        {
            var left = await db.Shifts
                .Where(s => s.Id == shiftId && s.WaitlistCount > 0 && db.Signups.Any(x => x.Id == signupId && x.Status == SignupStatus.Waitlisted))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.WaitlistCount, s => s.WaitlistCount - 1), cancellationToken);
            if (left == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new CancelResult(CancelOutcome.AlreadyCancelled);
            }

            await SetCancelledAsync(signupId, SignupStatus.Waitlisted, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CancelResult(CancelOutcome.Cancelled);
    }

    /// <summary>After a capacity increase: fills free seats from the waitlist, oldest first.</summary>
    public async Task<int> FillFromWaitlistAsync(int shiftId, CancellationToken cancellationToken = default)
    {
        var promoted = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        while (await PromoteNextAsync(shiftId, now, cancellationToken))
        {
            promoted++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return promoted;
    }

    /// <summary>
    /// Takes a free seat for the oldest waitlisted sign-up, if there are both and the waitlist may move
    /// (checked by the database in the same UPDATE). Call inside a transaction.
    /// </summary>
    private async Task<bool> PromoteNextAsync(int shiftId, DateTime now, CancellationToken cancellationToken)
    {
        var seat = await db.Shifts.Where(s => s.Id == shiftId && s.Filled < s.Capacity && s.WaitlistCount > 0).Where(SignupRules.WaitlistMoves(now))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Filled, s => s.Filled + 1)
                .SetProperty(s => s.WaitlistCount, s => s.WaitlistCount - 1), cancellationToken);
        if (seat == 0)
        {
            return false;
        }

        var next = await db.Signups.AsNoTracking()
            .Where(s => s.ShiftId == shiftId && s.Status == SignupStatus.Waitlisted)
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Volunteer!.Email, s.Volunteer.FullName })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Shift {shiftId} counts a waitlist but has no waitlisted sign-up.");
        var changed = await db.Signups.Where(s => s.Id == next.Id && s.Status == SignupStatus.Waitlisted)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SignupStatus.Confirmed).SetProperty(s => s.PromotedUtc, now), cancellationToken);
        if (changed != 1)
        {
            throw new InvalidOperationException($"Sign-up {next.Id} changed while its shift was locked.");
        }

        var shift = await MailInfo(db.Shifts.Where(s => s.Id == shiftId)).FirstAsync(cancellationToken);
        if (next.Email is not null)
        {
            emails.Promoted(next.Email, next.FullName, shift, next.Id);
        }

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

    private async Task<bool> TakeSeatAsync(int shiftId, CancellationToken cancellationToken) =>
        await db.Shifts.Where(s => s.Id == shiftId && s.Filled < s.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Filled, s => s.Filled + 1), cancellationToken) == 1;

    /// <summary>Already on this shift, or on another shift at an overlapping time.</summary>
    private async Task<string?> ConflictAsync(int shiftId, string volunteerId, DateTime startUtc, DateTime endUtc, CancellationToken cancellationToken)
    {
        var clash = await db.Signups.AsNoTracking()
            .Where(SignupRules.ClashesWith(volunteerId, shiftId, startUtc, endUtc))
            .Select(s => new { s.ShiftId, s.Shift!.Role, Title = s.Shift.Event!.Title, s.Shift.StartUtc, s.Shift.EndUtc })
            .FirstOrDefaultAsync(cancellationToken);
        if (clash is null)
        {
            return null;
        }

        return clash.ShiftId == shiftId
            ? "You are already signed up for this shift."
            : $"This shift overlaps another shift you signed up for: {clash.Role} at {clash.Title}, {CentralTime.FormatRange(clash.StartUtc, clash.EndUtc)}. Cancel that one first if you would rather do this.";
    }

    public static IQueryable<ShiftMailInfo> MailInfo(IQueryable<Shift> shifts) => shifts.AsNoTracking().Select(s => new ShiftMailInfo(
        s.EventId, s.Event!.Title, s.Event.Location, s.Event.StartUtc, s.Event.EndUtc, s.Event.Status, s.Event.Description,
        s.Id, s.Role, s.StartUtc, s.EndUtc));

    private static SignupResult Refused(string message) => new(SignupOutcome.Refused, Message: message);

    /// <summary>The sign-up this same form (idempotency key) already made, if any.</summary>
    private Task<long?> SameFormAsync(string volunteerId, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Signups.AsNoTracking()
            .Where(s => s.VolunteerId == volunteerId && s.IdempotencyKey == idempotencyKey)
            .Select(s => (long?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A refusal, unless it was caused by this very form's double-click twin having committed a moment
    /// ago — then the sign-up is simply already done.
    /// </summary>
    private async Task<SignupResult> RefusedUnlessSameFormAsync(string refusal, string volunteerId, string idempotencyKey, CancellationToken cancellationToken) =>
        await SameFormAsync(volunteerId, idempotencyKey, cancellationToken) is { } twin
            ? new SignupResult(SignupOutcome.AlreadyDone, twin)
            : Refused(refusal);
}
