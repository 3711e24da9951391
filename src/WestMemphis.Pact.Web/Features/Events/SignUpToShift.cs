using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>A volunteer (or staff for them) takes a seat on a shift, or a place on its waitlist when it is full.</summary>
public sealed partial class ShiftSignups
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
        if (SignupRules.EligibilityRefusal(terms, profile, byStaff, options.BackgroundCheckValidMonths) is { } ineligible)
        {
            return Refused(ineligible);
        }

        if (GuardianConsentRules.SignupRefusal(profile?.AgeGroup, profile?.GuardianConsent ?? GuardianConsentStatus.NotNeeded) is { } noConsent)
        {
            return Refused(noConsent);
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

            // Read again under the lock: a guardian who answered a moment ago decides what this sign-up becomes.
            var consent = await db.VolunteerProfiles.AsNoTracking().Where(p => p.UserId == volunteerId)
                .Select(p => new { p.AgeGroup, p.GuardianConsent }).FirstAsync(cancellationToken);
            if (GuardianConsentRules.SignupRefusal(consent.AgeGroup, consent.GuardianConsent) is { } lateNoConsent)
            {
                await transaction.RollbackAsync(cancellationToken);
                return Refused(lateNoConsent);
            }

            if (GuardianConsentRules.Admission(consent.AgeGroup, consent.GuardianConsent) == SignupAdmission.WaitsForConsent)
            {
                return await WaitForConsentAsync(shiftId, volunteerId, idempotencyKey, byStaff, volunteer.Email, volunteer.FullName, shift, transaction, cancellationToken);
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
        if (await InsertAsync(signup, transaction, cancellationToken) is { } already)
        {
            return already;
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
    /// Saves a new sign-up; null when it went in. The unique indexes refuse the same form twice at once, or a second
    /// sign-up to this shift from another tab: the transaction is rolled back and the sign-up already there is returned.
    /// </summary>
    private async Task<SignupResult?> InsertAsync(Signup signup, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        db.Signups.Add(signup);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex)
        {
            logger.LogInformation(ex, "Duplicate sign-up for shift {ShiftId} refused by the unique index", signup.ShiftId);
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var (volunteerId, idempotencyKey, shiftId) = (signup.VolunteerId, signup.IdempotencyKey, signup.ShiftId);
            var existing = await db.Signups.AsNoTracking()
                .Where(s => s.VolunteerId == volunteerId && (s.IdempotencyKey == idempotencyKey || (s.ShiftId == shiftId && s.Status != SignupStatus.Cancelled)))
                .Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken);
            return new SignupResult(SignupOutcome.AlreadyDone, existing);
        }
    }

    /// <summary>
    /// A minor whose guardian has not answered: the sign-up is kept, holding no seat and no waitlist place (the shift
    /// row is not written), until the guardian consents (<see cref="ConfirmWaitingAsync"/>) or declines.
    /// </summary>
    private async Task<SignupResult> WaitForConsentAsync(int shiftId, string volunteerId, string idempotencyKey, bool byStaff, string email, string? name,
        ShiftMailInfo shift, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var signup = new Signup
        {
            ShiftId = shiftId,
            VolunteerId = volunteerId,
            IdempotencyKey = idempotencyKey,
            Status = SignupStatus.AwaitingConsent,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            AddedByStaff = byStaff,
        };
        if (await InsertAsync(signup, transaction, cancellationToken) is { } already)
        {
            return already;
        }

        emails.AwaitingConsent(email, name, shift);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SignupResult(SignupOutcome.AwaitingConsent, signup.Id);
    }

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

public enum SignupOutcome
{
    Confirmed,
    Waitlisted,

    /// <summary>A minor's sign-up kept until their parent or guardian consents; it holds no seat.</summary>
    AwaitingConsent,

    /// <summary>The same form was submitted again (double click): nothing new was created.</summary>
    AlreadyDone,
    Refused,
    NotFound,
}

public sealed record SignupResult(SignupOutcome Outcome, long? SignupId = null, int? WaitlistPosition = null, string? Message = null);
