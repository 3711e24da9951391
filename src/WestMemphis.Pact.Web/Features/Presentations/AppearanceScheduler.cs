using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.Web.Features.Presentations;

public enum ScheduleOutcome
{
    Scheduled,
    Changed,

    /// <summary>An officer or resource is already booked too close in time; the message names the clash.</summary>
    Conflict,

    /// <summary>The request was changed by someone else since the form was opened.</summary>
    ChangedBySomeoneElse,
    NotSchedulable,
    NotFound,

    /// <summary>Rusty (a mascot) is booked with no officer to handle him; nothing was booked.</summary>
    NeedsHandler,
}

public sealed record ScheduleResult(ScheduleOutcome Outcome, string? Message = null, IReadOnlyList<TimeSlot>? FreeOptions = null);

/// <summary>
/// Books officers and resources for an appearance without ever double-booking one. In one transaction: bump the
/// lock row of each resource (ascending id), then check for overlaps (with the travel buffer), then write. The
/// first statement is a write, so concurrent bookings of a shared resource run one after another on SQLite and
/// SQL Server alike, and the overlap check always sees the bookings committed before it. See
/// docs/decisions/0009-appearance-booking.md.
/// </summary>
public sealed class AppearanceScheduler(AppDbContext db, PresentationEmails emails, TimeProvider clock, IOptions<PresentationsOptions> options,
    ILogger<AppearanceScheduler> logger, Infrastructure.Security.AuditLog audit)
{
    public TimeSpan Buffer => options.Value.TravelBuffer;

    /// <summary>The resource rows of these officers, created the first time an officer is booked.</summary>
    public async Task<IReadOnlyList<int>> OfficerResourcesAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken)
    {
        if (officerIds.Count == 0)
        {
            return [];
        }

        var existing = await db.BookableResources.AsNoTracking().Where(r => r.UserId != null && officerIds.Contains(r.UserId))
            .Select(r => new { r.Id, r.UserId }).ToListAsync(cancellationToken);
        var missing = officerIds.Except(existing.Select(e => e.UserId!)).ToList();
        if (missing.Count > 0)
        {
            var officers = await db.Users.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
            foreach (var officer in officers)
            {
                db.BookableResources.Add(new BookableResource { Name = OfficerResourceName.For(officer.FullName, officer.Email, officer.Id), Kind = ResourceKind.Officer, UserId = officer.Id });
                // False when created at the same moment by another booking: the unique index keeps one row.
                await db.TrySaveChangesAsync(cancellationToken, orInsertedMeanwhile: true);
            }

            existing = await db.BookableResources.AsNoTracking().Where(r => r.UserId != null && officerIds.Contains(r.UserId))
                .Select(r => new { r.Id, r.UserId }).ToListAsync(cancellationToken);
        }

        return existing.Select(e => e.Id).ToList();
    }

    /// <summary>What these resources already have booked near <paramref name="slots"/> (other than <paramref name="exceptRequestId"/>).</summary>
    public async Task<List<ExistingBooking>> BookingsNearAsync(IReadOnlyCollection<int> resourceIds, IEnumerable<TimeSlot> slots, int? exceptRequestId, CancellationToken cancellationToken)
    {
        var list = slots.ToList();
        if (list.Count == 0 || resourceIds.Count == 0)
        {
            return [];
        }

        var from = list.Min(s => s.StartUtc) - Buffer;
        var to = list.Max(s => s.EndUtc) + Buffer;
        return await db.AppearanceBookings.AsNoTracking()
            .Where(b => resourceIds.Contains(b.ResourceId) && b.Appearance!.Active && b.Appearance.RequestId != exceptRequestId
                && b.Appearance.StartUtc < to && from < b.Appearance.EndUtc)
            .Select(b => new ExistingBooking(b.ResourceId, b.Resource!.Name, b.AppearanceId,
                b.Appearance!.Request!.School != null ? b.Appearance.Request.School.Name : b.Appearance.Request.OrganizationName ?? b.Appearance.Location,
                b.Appearance.StartUtc, b.Appearance.EndUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<ScheduleResult> ScheduleAsync(int requestId, Guid expectedVersion, TimeSlot slot, string location, IReadOnlyCollection<int> resourceIds,
        string? actorId, CancellationToken cancellationToken = default)
    {
        var ids = resourceIds.Distinct().Order().ToList();
        var request = await db.PresentationRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Status, r.Version }).FirstOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return new(ScheduleOutcome.NotFound);
        }

        if (!PresentationRequestStatusRules.CanMoveTo(request.Status, PresentationStatus.Scheduled))
        {
            return new(ScheduleOutcome.NotSchedulable, $"A request that is {Sentence.Inside(PresentationLabels.Name(request.Status))} cannot be scheduled.");
        }

        if (request.Version != expectedVersion)
        {
            return new(ScheduleOutcome.ChangedBySomeoneElse);
        }

        var kinds = await db.BookableResources.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => x.Kind).ToListAsync(cancellationToken);
        if (AppearanceBookingRules.NeedsHandler(kinds))
        {
            return new(ScheduleOutcome.NeedsHandler, AppearanceBookingRules.HandlerMissingMessage);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Lock each resource's row, always in ascending id order (so two bookings never wait on each other in a
        // circle). On SQLite the first write takes the database's write lock; on SQL Server each UPDATE holds an
        // exclusive row lock until commit. Anyone booking the same resource waits here until we are done.
        foreach (var id in ids)
        {
            var locked = await db.BookableResources.Where(r => r.Id == id && r.Active)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.LockCounter, r => r.LockCounter + 1), cancellationToken);
            if (locked != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new(ScheduleOutcome.Conflict, "One of the chosen officers or resources is no longer available for booking. Choose again.");
            }
        }

        var clashes = AppearanceBookingRules.ClashesWith(slot, await BookingsNearAsync(ids, [slot], requestId, cancellationToken), Buffer);
        if (clashes.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var options = await db.PresentationRequests.AsNoTracking().Where(r => r.Id == requestId).FirstAsync(cancellationToken);
            var free = AppearanceBookingRules.FreeOptions(options.Options(), await BookingsNearAsync(ids, options.Options(), requestId, cancellationToken), Buffer);
            logger.LogInformation("Booking for request {RequestId} refused: {Count} clashes", requestId, clashes.Count);
            return new(ScheduleOutcome.Conflict, ConflictMessage(clashes), free);
        }

        var r = await db.PresentationRequests.Include(x => x.Appearance).ThenInclude(a => a!.Bookings).FirstAsync(x => x.Id == requestId, cancellationToken);
        if (r.Version != expectedVersion || !PresentationRequestStatusRules.CanMoveTo(r.Status, PresentationStatus.Scheduled))
        {
            // Changed (declined, completed, rescheduled) since the check above: the save would fail on the version anyway.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new(ScheduleOutcome.ChangedBySomeoneElse);
        }

        db.ExpectVersion(r, expectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = r.Appearance is { Active: true } && r.Status == PresentationStatus.Scheduled;
        var appearance = r.Appearance ?? new Appearance { Location = location, CreatedUtc = now };
        appearance.StartUtc = slot.StartUtc;
        appearance.EndUtc = slot.EndUtc;
        appearance.Location = location;
        appearance.Active = true;
        appearance.ReminderSentUtc = null;
        appearance.Bookings.RemoveAll(b => !ids.Contains(b.ResourceId));
        foreach (var id in ids.Where(id => appearance.Bookings.All(b => b.ResourceId != id)))
        {
            appearance.Bookings.Add(new AppearanceBooking { ResourceId = id });
        }

        r.Appearance = appearance;
        var moved = PresentationRequestStatusRules.MoveTo(r, PresentationStatus.Scheduled, now);
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return new(ScheduleOutcome.ChangedBySomeoneElse);
        }

        var rusty = await db.BookableResources.AnyAsync(x => ids.Contains(x.Id) && x.Kind == ResourceKind.Mascot, cancellationToken);
        emails.Scheduled(r, appearance, rusty, changed);
        audit.Add("StatusChanged", nameof(PresentationRequest), requestId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            changed ? "Scheduled, time or team changed" : moved);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Request {RequestId} scheduled as appearance {AppearanceId} with {Count} resources by {ActorId}", requestId, appearance.Id, ids.Count, actorId);
        return new(changed ? ScheduleOutcome.Changed : ScheduleOutcome.Scheduled);
    }

    public static string ConflictMessage(IReadOnlyList<ExistingBooking> clashes) =>
        "Not booked: " + string.Join("; ", clashes.GroupBy(c => c.ResourceName).Select(g =>
            $"{g.Key} is already booked for {string.Join(" and ", g.Select(c => $"{c.What}, {CentralTime.FormatRange(c.StartUtc, c.EndUtc)}"))}")) +
        ". Appearances of the same officer or resource must be at least the travel time apart.";
}
