using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// A resident closes their own account. What only served them is deleted: the volunteer profile (phone, age group,
/// guardian, waiver, background check, calendar feed), follows, private status links, two-factor keys and recovery
/// codes, external logins, tokens, roles and claims, and the copies of emails sent to them. Sign-ups that have not
/// happened yet, and every waitlist place, are cancelled through the usual cancellation (<see cref="ShiftSignups.CancelAsync"/>),
/// so a freed seat goes to the next person on the waitlist. What the program's figures and the city's records schedule
/// need is kept but detached: the account row stays (sign-ups point at it) with a placeholder address, no name,
/// phone or password, disabled and locked out for good, with a new security stamp so every session ends; attended
/// sign-ups and their hours stay as they are; concerns and visit requests keep everything but the reporter's or
/// requester's own name, email and phone. The old email address is free to register again.
/// </summary>
public sealed class AccountClosure(AppDbContext db, UserManager<ApplicationUser> users, ShiftSignups signups, AuditLog audit, TimeProvider clock)
{
    public const string ClosedName = "Closed account";

    public async Task<AccountClosureResult> CloseAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var oldEmail = user.Email;
        var emailConfirmed = user.EmailConfirmed;
        var followAddress = emailConfirmed && oldEmail is not null ? Areas.AreaFollows.Normalize(oldEmail) : null;

        // First the seats, each in the cancellation's own transaction (it locks the shift and promotes the waitlist).
        var cancelled = await CancelOpenSignupsAsync(userId, cancellationToken);

        var placeholder = $"closed-{Guid.NewGuid():N}@invalid";
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var requestIds = await db.PresentationRequests
                .Where(r => r.UserId == userId || (emailConfirmed && oldEmail != null && r.RequesterEmail == oldEmail))
                .Select(r => r.Id).ToListAsync(cancellationToken);
            var concernIds = await db.Concerns.Where(c => c.ReporterUserId == userId).Select(c => c.Id).ToListAsync(cancellationToken);

            await db.StatusLinks.Where(l => (l.PresentationRequestId != null && requestIds.Contains(l.PresentationRequestId.Value))
                || (l.ConcernId != null && concernIds.Contains(l.ConcernId.Value))).ExecuteDeleteAsync(cancellationToken);
            await db.EventFollows.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            // Area digests: the account's, and any follow of its confirmed address (the links go with them, by cascade).
            await db.AreaFollows.Where(f => f.UserId == userId || (followAddress != null && f.Email == followAddress)).ExecuteDeleteAsync(cancellationToken);
            await db.VolunteerProfiles.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            if (oldEmail is not null)
            {
                await db.OutboxMessages.Where(m => m.ToAddress == oldEmail).ExecuteDeleteAsync(cancellationToken);
            }

            await db.UserLogins.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.UserTokens.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.UserClaims.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.UserRoles.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);

            // Tracked changes, so the audit trail records which fields changed (names only, never values).
            foreach (var concern in await db.Concerns.Where(c => concernIds.Contains(c.Id)).ToListAsync(cancellationToken))
            {
                concern.ReporterName = null;
                concern.ReporterEmail = null;
                concern.ReporterPhone = null;
                concern.ReporterUserId = null;
            }

            foreach (var request in await db.PresentationRequests.Where(r => requestIds.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                // The place's own details (address, greeter, on-site phone) describe the venue and stay for the visit.
                request.RequesterName = ClosedName;
                request.RequesterEmail = placeholder;
                request.RequesterPhone = null;
                request.UserId = null;
            }

            user.Email = placeholder;
            user.NormalizedEmail = placeholder.ToUpperInvariant();
            user.UserName = placeholder;
            user.NormalizedUserName = placeholder.ToUpperInvariant();
            user.EmailConfirmed = false;
            user.PasswordHash = null;
            user.PhoneNumber = null;
            user.PhoneNumberConfirmed = false;
            user.FullName = ClosedName;
            user.AreaId = null;
            user.TwoFactorEnabled = false;
            user.IsDisabled = true;
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            user.AccessFailedCount = 0;
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.ConcurrencyStamp = Guid.NewGuid().ToString();

            var entry = audit.Add("AccountClosed", nameof(ApplicationUser), userId,
                $"cancelled {cancelled} sign-ups; detached {concernIds.Count} concerns and {requestIds.Count} requests", userId: userId);
            entry.UserName = null;
            entry.IpAddress = null;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // A sign-up made in another tab between the cancellations and the lock-out loses its seat too.
        cancelled += await CancelOpenSignupsAsync(userId, cancellationToken);
        return new AccountClosureResult(cancelled);
    }

    /// <summary>Whether the account holds a staff role: staff accounts are closed by an admin, never here.</summary>
    public async Task<bool> IsStaffAsync(ApplicationUser user) => (await users.GetRolesAsync(user)).Any(Roles.IsStaffRole);

    private async Task<int> CancelOpenSignupsAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Signups.AsNoTracking()
            .Where(s => s.VolunteerId == userId
                && (s.Status == SignupStatus.Waitlisted || s.Status == SignupStatus.AwaitingConsent || (s.Status == SignupStatus.Confirmed && s.Shift!.EndUtc > now)))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var cancelled = 0;
        foreach (var id in open)
        {
            // As staff (no volunteer id): the volunteer's own time limits do not keep a closed account on a roster.
            if ((await signups.CancelAsync(id, volunteerId: null, cancellationToken)).Outcome == CancelOutcome.Cancelled)
            {
                cancelled++;
            }
        }

        return cancelled;
    }
}

public sealed record AccountClosureResult(int SignupsCancelled);
