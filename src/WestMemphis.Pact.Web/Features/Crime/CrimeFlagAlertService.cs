using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Background;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Crime;

public sealed class CrimeAlertOptions
{
    public const string Section = "CrimeAlerts";

    /// <summary>How often the worker reads the review's flags; 0 turns it off.</summary>
    public int PollSeconds { get; set; } = 3600;
}

/// <summary>
/// Officers hear of a rise first (docs/decisions/0023): each pass reads the review's by-area comparison for every
/// category (<see cref="CrimeReviewQueries.ByAreaAsync"/>, last 28 days against the 28 before, the same figures and
/// flags as /crime/review) and emails the area's current liaison officers and the coordinators about each new rise
/// flag, once per flag (<see cref="FlagAlertRules"/>, a <see cref="CrimeFlagAlert"/> row saved with the emails). Staff
/// only: these are the review's own counts, not the public summary's. Logs carry ids and counts only.
/// </summary>
public sealed class CrimeFlagAlertService(IServiceScopeFactory scopes, IOptions<CrimeAlertOptions> options, TimeProvider clock,
    ILogger<CrimeFlagAlertService> logger) : PollingWorker(clock, logger)
{
    public const string Kind = "CrimeFlagAlert";

    protected override double PollSeconds => options.Value.PollSeconds;

    protected override bool PassAtStart => false;

    /// <summary>Emails every new rise flag and closes the alerts of flags that cleared. Returns how many flags were alerted.</summary>
    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queries = scope.ServiceProvider.GetRequiredService<CrimeReviewQueries>();
        var now = Clock.GetUtcNow();
        var (end, period) = Review(now);
        var readings = new List<FlagReading>();
        foreach (var category in ReviewCategories.All)
        {
            readings.AddRange((await queries.ByAreaAsync(period, category, cancellationToken))
                .Where(a => a.AreaId is not null).Select(a => new FlagReading(a.AreaId!.Value, category, a.Change)));
        }

        var alerts = await db.CrimeFlagAlerts.AsNoTracking()
            .Select(a => new FlagAlertState(a.Id, a.AreaId, a.Category, a.Episode, a.ClearedUtc == null)).ToListAsync(cancellationToken);
        var (fresh, close) = FlagAlertRules.Decide(readings, alerts);
        var nowUtc = now.UtcDateTime;
        if (close.Count > 0)
        {
            await db.CrimeFlagAlerts.Where(a => close.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.ClearedUtc, nowUtc), cancellationToken);
        }

        var sent = 0;
        foreach (var (reading, episode) in fresh)
        {
            if (await AlertAsync(scope.ServiceProvider, reading, episode, end, period, now, cancellationToken) is not null)
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// The open alert of an area and category, made now when the review flags a rise there and the worker has not
    /// alerted it yet (its emails go out as the worker's would, once): so a flagged line of /crime/review always opens
    /// its flag's page. Null when the line is not a rise flag of the current review.
    /// </summary>
    public async Task<int?> OpenAlertAsync(IServiceProvider services, int areaId, ReviewCategory category, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var existing = await OpenIdAsync(db, areaId, category, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = Clock.GetUtcNow();
        var (end, period) = Review(now);
        var queries = services.GetRequiredService<CrimeReviewQueries>();
        var change = (await queries.ByAreaAsync(period, category, cancellationToken)).FirstOrDefault(a => a.AreaId == areaId)?.Change;
        var alerts = await db.CrimeFlagAlerts.AsNoTracking().Where(a => a.AreaId == areaId && a.Category == category)
            .Select(a => new FlagAlertState(a.Id, a.AreaId, a.Category, a.Episode, a.ClearedUtc == null)).ToListAsync(cancellationToken);
        if (change is null || FlagAlertRules.Decide([new FlagReading(areaId, category, change)], alerts).New is not [var (reading, episode)])
        {
            return null;
        }

        // A second click or another instance may have made it meanwhile: then that one is the flag's.
        return await AlertAsync(services, reading, episode, end, period, now, cancellationToken) ?? await OpenIdAsync(db, areaId, category, cancellationToken);
    }

    private static Task<int?> OpenIdAsync(AppDbContext db, int areaId, ReviewCategory category, CancellationToken cancellationToken) =>
        db.CrimeFlagAlerts.AsNoTracking().Where(a => a.AreaId == areaId && a.Category == category && a.ClearedUtc == null)
            .OrderByDescending(a => a.Episode).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    private static (DateOnly End, ReviewPeriod Period) Review(DateTimeOffset now)
    {
        var end = ReviewPeriods.DefaultEnd(now, CrimeReviewQueries.Zone);
        return (end, ReviewPeriods.For(end).First(p => p.Kind == ReviewPeriodKind.Last28Days));
    }

    /// <summary>Records one flag's alert with its emails, in one transaction; the alert's id, or null when another instance alerted it first.</summary>
    private async Task<int?> AlertAsync(IServiceProvider services, FlagReading reading, int episode, DateOnly end, ReviewPeriod period, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var outbox = services.GetRequiredService<Outbox>();
        var links = services.GetRequiredService<LinkBuilder>();
        var nowUtc = now.UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CrimeReviewQueries.Zone).DateTime);
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == reading.AreaId).Select(a => a.Name).FirstAsync(cancellationToken);
        var coordinatorRole = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var coordinators = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == coordinatorRole))
            .Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(cancellationToken);
        var officers = await db.LiaisonAssignments.AsNoTracking().Where(LiaisonAssignment.CurrentOn(today)).Where(x => x.AreaId == reading.AreaId)
            .Where(x => !x.Officer!.IsDisabled && x.Officer.Email != null)
            .Select(x => new { x.Officer!.Id, x.Officer.Email, x.Officer.FullName }).ToListAsync(cancellationToken);
        var recipients = officers.Concat(coordinators).DistinctBy(r => r.Id).ToList();
        var label = ReviewCategories.Label(reading.Category);
        var c = reading.Change;
        var alert = new CrimeFlagAlert
        {
            AreaId = reading.AreaId, Category = reading.Category, Episode = episode, ReviewEnd = end, Current = c.Current, Previous = c.Previous, SentUtc = nowUtc,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CrimeFlagAlerts.Add(alert);
        try
        {
            // Saved first for its id: the email links to the flag's page.
            await db.SaveChangesAsync(cancellationToken);
            var body = new StringBuilder();
            body.Append(CultureInfo.InvariantCulture, $"The crime review flags {label} in {area} as unusually high.\n\n");
            body.Append(CultureInfo.InvariantCulture, $"Last 28 days ({period.Current.Start:MMM d} to {period.Current.End:MMM d}): {c.Current}\n");
            body.Append(CultureInfo.InvariantCulture, $"Prior 28 days ({period.Previous.Start:MMM d} to {period.Previous.End:MMM d}): {c.Previous}\n");
            body.Append(CultureInfo.InvariantCulture, $"Change: {ComparisonWords.Change(c)}; {ComparisonWords.Z(c)}\n\n");
            body.Append(CultureInfo.InvariantCulture, $"The flag's page (prevention message, Park and Walk, what was done): {links.Absolute(CrimeLinks.Flag(alert.Id))}\n");
            body.Append(CultureInfo.InvariantCulture, $"The review: {links.Absolute(CrimeLinks.Review(end, reading.AreaId, reading.Category))}\n");
            body.Append(CultureInfo.InvariantCulture, $"The incidents: {links.Absolute(CrimeLinks.Incidents(period.Current, reading.AreaId, reading.Category))}\n\n");
            body.Append("You get this once per flag because you are a liaison officer of the area or a coordinator; it is not sent again while the flag stays on.\n\nPACT West Memphis");
            foreach (var r in recipients)
            {
                outbox.Enqueue(Kind, r.Email!, r.FullName, $"Flagged: {label} up in {area}", body.ToString());
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Crime flag alert {AlertId} for area {AreaId}, category {Category}, episode {Episode}: {Recipients} recipients", alert.Id, reading.AreaId, reading.Category, episode, recipients.Count);
            return alert.Id;
        }
        catch (DbUpdateException)
        {
            // Another instance alerted this flag first (unique area, category and episode).
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
