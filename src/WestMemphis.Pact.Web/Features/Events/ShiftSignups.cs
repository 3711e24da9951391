using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>
/// Sign-ups and cancellations. Capacity is enforced by the database, never by counting first: each
/// change begins with a conditional UPDATE of the shift row (a seat is taken only where
/// <c>Filled &lt; Capacity</c>), so the row is locked for the rest of the transaction and changes to one
/// shift happen one at a time on SQLite and SQL Server alike. See docs/decisions/0005-shift-capacity.md.
/// </summary>
public sealed partial class ShiftSignups
{
    // Fields, not primary-constructor parameters: SignUpToShift.cs and CancelSignup.cs are other parts of this class.
    private readonly AppDbContext db;
    private readonly EventEmails emails;
    private readonly TimeProvider clock;
    private readonly ILogger<ShiftSignups> logger;
    private readonly EventsOptions options;

    public ShiftSignups(AppDbContext db, EventEmails emails, TimeProvider clock, ILogger<ShiftSignups> logger, IOptions<EventsOptions> options)
    {
        this.db = db;
        this.emails = emails;
        this.clock = clock;
        this.logger = logger;
        this.options = options.Value;
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

    private async Task<bool> TakeSeatAsync(int shiftId, CancellationToken cancellationToken) =>
        await db.Shifts.Where(s => s.Id == shiftId && s.Filled < s.Capacity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Filled, s => s.Filled + 1), cancellationToken) == 1;

    public static IQueryable<ShiftMailInfo> MailInfo(IQueryable<Shift> shifts) => shifts.AsNoTracking().Select(s => new ShiftMailInfo(
        s.EventId, s.Event!.Title, s.Event.Location, s.Event.StartUtc, s.Event.EndUtc, s.Event.Status, s.Event.Description,
        s.Id, s.Role, s.StartUtc, s.EndUtc));
}
