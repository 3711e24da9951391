using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>
/// A past review meeting of the focus areas (Development with Seed:DemoData only), two weeks ago, with its figures
/// frozen from the demo incidents and open, in-progress and done action items. Runs after the demo incidents; once.
/// </summary>
public sealed class DemoCrimeReviewSeeder(AppDbContext db, CrimeReviewQueries queries, IOptions<SeedOptions> seed, IHostEnvironment environment,
    TimeProvider clock, ILogger<DemoCrimeReviewSeeder> logger)
{
    public bool Enabled => environment.IsDevelopment() && seed.Value.DemoData;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return;
        }

        await SeedWardBoundariesAsync(cancellationToken);
        await SeedFollowerAsync(cancellationToken);
        if (await db.CrimeReviews.AnyAsync(cancellationToken))
        {
            return;
        }

        var focus = await db.Areas.Where(a => a.IsFocusArea).OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Name }).Take(2).ToListAsync(cancellationToken);
        var officer = await db.Users.Where(u => u.IsDemo && u.Email!.StartsWith("officer")).OrderBy(u => u.Email).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        var admin = officer ?? await db.Users.OrderBy(u => u.Email).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        if (focus.Count == 0 || admin is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CrimeReviewQueries.Zone).DateTime);
        var meetingDate = today.AddDays(-14);
        var periodEnd = meetingDate.AddDays(-1);
        var areas = new List<SnapshotArea>();
        foreach (var area in focus)
        {
            var figures = await queries.FiguresAsync(periodEnd, area.Id, cancellationToken);
            areas.Add(new SnapshotArea(area.Name, figures.Lines.Select(l => new SnapshotLine(l.Label, l.ByPeriod.Select(c => c.Current).ToList(), l.ByPeriod.Select(c => c.Previous).ToList())).ToList()));
        }

        var periods = ReviewPeriods.For(periodEnd);
        var meeting = new CrimeReview
        {
            MeetingDate = meetingDate,
            PeriodEnd = periodEnd,
            AreasKey = CrimeReview.KeyFor(focus.Select(a => a.Id)),
            Areas = focus.Select(a => new CrimeReviewArea { AreaId = a.Id }).ToList(),
            Attendees = "Lt. Dana Whitfield (uniform patrol, demo), Det. Marcus Greer (CID, demo), Sgt. Lena Ortiz (narcotics, demo), liaison officers, Code Enforcement (demo)",
            ProblemsDiscussed = "Rising thefts from vehicles around the apartment complexes off N Missouri St; complaints of open-air drug sales near the corner store on E Barton Ave.",
            Notes = "Demo meeting. Property crime up over the last 28 days in the focus area; patrol to add directed patrols in the evening hours shown by the day × hour table.",
            SnapshotJson = new ReviewSnapshot(periodEnd, periods.Select(p => $"{p.Label} ({p.Current}) vs {Sentence.Inside(p.PreviousLabel)} ({p.Previous})").ToList(), areas).ToJson(),
            CreatedById = admin,
            CreatedUtc = now.UtcDateTime.AddDays(-14),
        };
        var created = now.UtcDateTime.AddDays(-14);
        meeting.ActionItems.AddRange(
        [
            new CrimeActionItem { What = "Meet the apartment managers on N Missouri St about lighting and cameras in the parking lots.", OwnerKind = officer is null ? ActionOwnerKind.UniformPatrol : ActionOwnerKind.LiaisonOfficer, OwnerUserId = officer, DueDate = today.AddDays(7), Status = ActionItemStatus.Open, CreatedUtc = created },
            new CrimeActionItem { What = "Directed patrols Thursday to Saturday, 6 PM to midnight, around the hot blocks.", OwnerKind = ActionOwnerKind.UniformPatrol, DueDate = today.AddDays(-2), Status = ActionItemStatus.InProgress, CreatedUtc = created },
            new CrimeActionItem { What = "Board up and post the vacant house on E Barton Ave.", OwnerKind = ActionOwnerKind.CodeEnforcement, DueDate = today.AddDays(-7), Status = ActionItemStatus.Done, Outcome = "Boarded and posted; owner cited.", ClosedUtc = now.UtcDateTime.AddDays(-5), CreatedUtc = created },
            new CrimeActionItem { What = "Ask Keep West Memphis Beautiful for a cleanup of the lot behind the corner store.", OwnerKind = ActionOwnerKind.PartnerAgency, PartnerName = "Keep West Memphis Beautiful", DueDate = today.AddDays(21), Status = ActionItemStatus.Open, CreatedUtc = created },
        ]);
        foreach (var item in meeting.ActionItems)
        {
            item.RaisedInReview = meeting;
            item.CurrentReview = meeting;
        }

        db.CrimeReviews.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo crime review meeting seeded with {Count} action items", meeting.ActionItems.Count);
    }

    /// <summary>The demo wards' invented boundaries (<see cref="DemoData.DemoWardBoundaries"/>), for the review's area map;
    /// only where an area has none, so a boundary an admin drew is kept.</summary>
    private async Task SeedWardBoundariesAsync(CancellationToken cancellationToken)
    {
        var wards = await db.Areas.Where(a => a.BoundaryGeoJson == null).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var ward in wards)
        {
            if (DemoData.DemoWardBoundaries.For(ward.Code) is { } boundary)
            {
                ward.BoundaryGeoJson = boundary;
                changed++;
            }
        }

        if (changed > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Demo ward boundaries added to {Count} areas", changed);
        }
    }

    /// <summary>
    /// The demo resident follows Ward 2 (confirmed, as a signed-in follow): Ward 2 is the focus area where the demo's thefts
    /// from vehicles rise, so its flag's prevention message has someone to reach (docs/decisions/0027).
    /// </summary>
    private async Task SeedFollowerAsync(CancellationToken cancellationToken)
    {
        var resident = await db.Users.Where(u => u.IsDemo && u.Email == "resident@demo.pact.local" && u.EmailConfirmed).Select(u => new { u.Id, u.Email }).FirstOrDefaultAsync(cancellationToken);
        var ward2 = await db.Areas.Where(a => a.Code == "W2").Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (resident is null || ward2 is null || await db.AreaFollows.AnyAsync(f => f.AreaId == ward2 && f.UserId == resident.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.AreaFollows.Add(new AreaFollow { AreaId = ward2.Value, Email = resident.Email!, UserId = resident.Id, CreatedUtc = now, ConfirmedUtc = now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
