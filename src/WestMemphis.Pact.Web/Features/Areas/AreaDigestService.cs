using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Dashboard;
using WestMemphis.Pact.Domain.Digest;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Background;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Areas;

public sealed class AreaDigestOptions
{
    public const string Section = "AreaDigest";

    /// <summary>How often the worker looks for digests due; 0 turns it off.</summary>
    public int PollSeconds { get; set; } = 3600;

    /// <summary>The weekday and Central-time hour from which each week's digest goes out.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;
    public int Hour { get; set; } = 8;

    /// <summary>How far ahead the digest lists events and shifts.</summary>
    public int EventDays { get; set; } = 28;

    /// <summary>Follows claimed and queued in one transaction (docs/performance.md, "Area digest").</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// The pause between two batches, real time: SQLite has one writer at a time and a waiting writer looks again every
    /// 150 ms, so without it the pass would keep the write lock nearly all the time and a sign-up could wait seconds.
    /// </summary>
    public int BatchPauseMilliseconds { get; set; } = 200;
}

/// <summary>
/// The weekly area digest (docs/decisions/0023): once a week, every confirmed <see cref="AreaFollow"/> gets its area's
/// digest through the outbox. The claim is the follow's own row: <see cref="AreaFollow.LastDigestWeekOf"/> is moved to
/// this week by a conditional update in the same transaction as the queued email, so two instances never both send a
/// follow's week, and a follow confirmed later in the week still gets it. The pass works in batches
/// (<see cref="AreaDigestOptions.BatchSize"/> follows claimed and queued per transaction, each claim still its own
/// conditional update, the mails composed before the transaction opens, a pause between batches), so it never holds the
/// database's write lock for long nor keeps other writers out, and a failed batch leaves its follows unclaimed. What the digest says is
/// <see cref="AreaDigestRules"/>: figures only as the public pages show them. Each run also deletes pending follows
/// that were never confirmed. Logs carry ids and counts only.
/// </summary>
public sealed class AreaDigestService(IServiceScopeFactory scopes, IOptions<AreaDigestOptions> options, IOptions<PublicCrimeOptions> crimeOptions,
    TimeProvider clock, ILogger<AreaDigestService> logger) : PollingWorker(clock, logger)
{
    public const string Kind = "AreaDigest";

    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    protected override double PollSeconds => options.Value.PollSeconds;

    protected override bool PassAtStart => false;

    public override async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expired = now.AddDays(-AreaFollows.PendingDays);
        var deleted = await db.AreaFollows.Where(f => f.ConfirmedUtc == null && f.CreatedUtc < expired).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Unconfirmed area follows deleted: {Count}", deleted);
        }

        if (AreaDigestRules.DueWeek(CentralTime.ToLocal(now), settings.Day, settings.Hour) is not { } weekOf)
        {
            return 0;
        }

        var follows = scope.ServiceProvider.GetRequiredService<AreaFollows>();
        var links = scope.ServiceProvider.GetRequiredService<LinkBuilder>();
        var bodies = new Dictionary<int, AreaDigestContent>();
        var started = Stopwatch.GetTimestamp();
        var queued = 0;
        var batchSize = Math.Max(1, settings.BatchSize);
        var first = true;
        while (true)
        {
            if (!first && settings.BatchPauseMilliseconds > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(settings.BatchPauseMilliseconds), cancellationToken);
            }

            first = false;
            var due = await follows.Confirmed(db.AreaFollows.AsNoTracking().Where(f => f.LastDigestWeekOf == null || f.LastDigestWeekOf < weekOf))
                .Take(batchSize).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            foreach (var areaId in due.Select(f => f.AreaId).Distinct().Where(a => !bodies.ContainsKey(a)).ToList())
            {
                bodies[areaId] = await ComposeAsync(db, links, areaId, cancellationToken);
            }

            // One transaction per batch, holding only the claims and the inserts: each claim is a conditional update of
            // the follow's own row, so another instance's batch over the same follows claims none of them twice.
            var batchQueued = 0;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var follow in due)
                {
                    var content = bodies[follow.AreaId];
                    // An account's digest goes to its current, confirmed address; a disabled or unconfirmed account gets none this week.
                    var to = follow.To;
                    var claimed = await db.AreaFollows
                        .Where(f => f.Id == follow.FollowId && f.ConfirmedUtc != null && (f.LastDigestWeekOf == null || f.LastDigestWeekOf < weekOf))
                        .ExecuteUpdateAsync(s => s.SetProperty(f => f.LastDigestWeekOf, weekOf), cancellationToken);
                    if (claimed == 0 || to is null)
                    {
                        // Another instance sent it first, or there is nowhere to send it this week (the claim stands).
                        continue;
                    }

                    follows.EnqueueToFollower(Kind, follow, to, content.Subject, content.Body, stopPage => Footer(content.AreaName, stopPage));
                    batchQueued++;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            queued += batchQueued;
        }

        if (queued > 0)
        {
            logger.LogInformation("Area digests queued: {Count} for the week of {WeekOf} in {ElapsedMs} ms", queued, weekOf,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return queued;
    }

    private static string Footer(string areaName, string stopPage) =>
        $"\n\nWhy you get this: you asked for the weekly PACT digest for {areaName} and confirmed your address.\n"
        + $"Stop it in one click: {stopPage}\n\nPACT West Memphis — Police And Community Togetherness";

    /// <summary>What one area's digest says this week (the same for every follower, but for the stop link).</summary>
    public async Task<AreaDigestContent> ComposeAsync(AppDbContext db, LinkBuilder links, int areaId, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var today = CentralTimeZone.Today(Clock);
        var area = await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => new { a.Id, a.Name, a.Code }).FirstAsync(cancellationToken);
        var areaIds = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => a.Id).ToListAsync(cancellationToken);
        var areaRow = areaIds.IndexOf(areaId);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Your weekly PACT digest for {area.Name}\n\n");

        // Crime: the area's row of the public summary, latest closed month against the months before.
        text.Append("CRIME FIGURES (from the public crime summary)\n");
        var crime = crimeOptions.Value;
        var closed = PublicCrimeRules.ClosedMonths(today, crime).Take(AreaDigestRules.PriorMonths + 1).ToList();
        var months = new List<DigestCrimeMonth>();
        var nothingPublished = false;
        foreach (var month in closed)
        {
            var (table, none) = await PublicCrimeController.TableAsync(db, month, crime, cancellationToken);
            nothingPublished |= none;
            var row = table.Rows[areaRow];
            months.Add(new DigestCrimeMonth(month, row.Cells, row.Total));
        }

        if (nothingPublished)
        {
            text.Append("The department publishes no crime figures at the moment.\n");
        }
        else
        {
            foreach (var line in AreaDigestRules.CrimeLines(months))
            {
                text.Append(line).Append('\n');
            }

            text.Append(CultureInfo.InvariantCulture,
                $"The summary counts whole months only and withholds the latest {crime.WithheldDays} days and small counts. More: {links.Absolute("/crime")}\n");
        }

        // Concerns: the area page's last whole month, as it shows it.
        text.Append("\nCONCERNS RAISED AND WHAT BECAME OF THEM\n");
        var lastMonth = ReportPeriod.LastFullMonth(today).From;
        var concernMonths = Enumerable.Range(0, 12).Select(i => lastMonth.AddMonths(i - 11)).ToList();
        var start = CentralTimeZone.StartOfDayUtc(concernMonths[0], CentralTime.Zone);
        var end = CentralTimeZone.StartOfDayUtc(lastMonth.AddMonths(1), CentralTime.Zone);
        var concerns = await db.Concerns.AsNoTracking()
            .Where(c => c.CreatedUtc >= start && c.CreatedUtc < end || c.ResolvedUtc >= start && c.ResolvedUtc < end)
            .Select(c => new ConcernFact(c.AreaId, c.Category, c.CreatedUtc, c.ResolvedUtc, c.ProblemId)).ToListAsync(cancellationToken);
        var said = ConcernMonths.Build(areaId, areaIds, concernMonths, concerns, crime.MinimumCell)[0];
        foreach (var line in AreaDigestRules.ConcernLines(said.Month, said.Categories, said.Total, said.Resolved))
        {
            text.Append(line).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"What was done about them, month by month: {links.Absolute($"/areas/{area.Code.ToLowerInvariant()}")}\n");

        // Events and shifts still needing volunteers, in the coming weeks.
        text.Append("\nCOMING UP\n");
        var until = now.AddDays(options.Value.EventDays);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.AreaId == areaId && e.Status == EventStatus.Published && e.StartUtc >= now && e.StartUtc < until)
            .OrderBy(e => e.StartUtc).ThenBy(e => e.Id).Take(20)
            .Select(e => new { e.Id, e.Title, e.StartUtc, e.EndUtc, Open = e.Shifts.Where(s => s.Filled < s.Capacity && s.StartUtc >= now).OrderBy(s => s.StartUtc).Select(s => new { s.Role, s.StartUtc, Left = s.Capacity - s.Filled }).ToList() })
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"No events are planned in {area.Name} in the next {options.Value.EventDays} days. All events: {links.Absolute("/events")}\n");
        }

        foreach (var e in events)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {e.Title}, {CentralTime.FormatRange(e.StartUtc, e.EndUtc)}: {links.Absolute(Slug.EventPath(e.Id, e.Title))}\n");
            foreach (var s in e.Open)
            {
                text.Append(CultureInfo.InvariantCulture, $"  Volunteers needed: {s.Role}, {CentralTime.Format(s.StartUtc)} ({s.Left.ToString("N0", Us)} {(s.Left == 1 ? "place" : "places")} left)\n");
            }
        }

        // The area's liaison officers, by name as on the public area page.
        var officers = await db.LiaisonAssignments.AsNoTracking().Where(LiaisonAssignment.CurrentOn(today)).Where(x => x.AreaId == areaId)
            .Select(x => x.Officer!.FullName).Distinct().ToListAsync(cancellationToken);
        officers.Sort(StringComparer.Ordinal);
        text.Append("\nYOUR LIAISON OFFICERS\n");
        text.Append(officers.Count == 0 ? "Not assigned at the moment. Call the unit and we will put you in touch." : string.Join(", ", officers));
        text.Append("\nReach them through the unit: 870-735-1210 or 901-205-8444. For emergencies call 911.");
        return new AreaDigestContent(area.Name, $"This week in {area.Name}: PACT digest", text.ToString());
    }
}

public sealed record AreaDigestContent(string AreaName, string Subject, string Body);
