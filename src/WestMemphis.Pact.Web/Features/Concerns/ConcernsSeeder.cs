using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>
/// Demo data (Development with demo data on): concerns in every state across the wards, and two problems at
/// different SARA stages, one of them assessed effective. People and addresses are invented.
/// </summary>
public sealed class ConcernsSeeder(AppDbContext db, IOptions<SeedOptions> seed, IHostEnvironment environment, TimeProvider clock, ILogger<ConcernsSeeder> logger)
{
    private static readonly (ConcernCategory Category, string Location, string Description)[] Samples =
    [
        (ConcernCategory.TrafficAndSpeeding, "Broadway and S Missouri St", "Cars race down Broadway after school lets out."),
        (ConcernCategory.IllegalDumping, "900 block of S 16th St", "Tires and mattresses dumped behind the vacant lot."),
        (ConcernCategory.StreetLighting, "E Barton Ave and S 8th St", "Two street lights out for a month; the corner is dark."),
        (ConcernCategory.BlightOrAbandonedProperty, "700 block of S 8th St", "Abandoned house with broken windows; kids go in."),
        (ConcernCategory.Noise, "Ingram Blvd near the park", "Loud music from parked cars every weekend night."),
        (ConcernCategory.DrugActivity, "Corner store on W Polk Ave", "Hand-to-hand sales in the parking lot in the evening."),
        (ConcernCategory.Loitering, "Bus stop at N Avalon St", "Group gathers late at night and blocks the sidewalk."),
        (ConcernCategory.Animals, "200 block of Shelby Dr", "Loose dogs chasing children walking to school."),
    ];

    public bool DemoEnabled => environment.IsDevelopment() && seed.Value.DemoData;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!DemoEnabled || await db.Concerns.AnyAsync(c => c.IsDemo, cancellationToken))
        {
            return;
        }

        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => a.Id).ToListAsync(cancellationToken);
        var officer = await Officers.Query(db).OrderBy(u => u.Email).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        if (areas.Count == 0 || officer is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var statuses = Enum.GetValues<ConcernStatus>();
        var concerns = new List<Concern>();
        for (var i = 0; i < areas.Count * statuses.Length; i++)
        {
            var (category, location, description) = Samples[i % Samples.Length];
            var status = statuses[i % statuses.Length];
            var created = now.AddDays(-(3 + (i * 5 % 90)));
            var concern = new Concern
            {
                ReferenceCode = ConcernRules.NewReferenceCode(),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
                Category = category,
                Location = location,
                AreaId = areas[i % areas.Count],
                AreaPlacedBy = ConcernAreaPlacement.Hand,
                Description = description + " (demo)",
                IsAnonymous = i % 3 == 0,
                ReporterName = i % 3 == 0 ? null : $"Demo Resident {i + 1}",
                ReporterEmail = i % 3 == 0 ? null : $"resident{i + 1}@example.com",
                Status = ConcernStatus.New,
                CreatedUtc = created,
                UpdatedUtc = created,
                IsDemo = true,
            };
            if (status != ConcernStatus.New)
            {
                concern.AssignedOfficerId = officer;
                ConcernRules.Move(concern, ConcernStatus.Acknowledged, null, created.AddDays(1));
                concern.Updates.Add(new ConcernUpdate { IsPublic = true, Body = "Thank you: an officer is looking into this.", AuthorName = "Demo Officer", CreatedUtc = created.AddDays(1) });
            }

            if (status is ConcernStatus.InProgress or ConcernStatus.Resolved or ConcernStatus.Closed)
            {
                ConcernRules.Move(concern, ConcernStatus.InProgress, null, created.AddDays(2));
                concern.Updates.Add(new ConcernUpdate { IsPublic = false, Body = "Called code enforcement; waiting on their visit.", AuthorName = "Demo Officer", CreatedUtc = created.AddDays(2) });
            }

            if (status is ConcernStatus.Resolved or ConcernStatus.Closed)
            {
                ConcernRules.Move(concern, status, status == ConcernStatus.Resolved ? "Fixed: the city acted on it." : "Closed: referred to the city, which owns the property.", created.AddDays(2 + (i % 20)));
            }

            concerns.Add(concern);
        }

        db.Concerns.AddRange(concerns);
        var assessed = new Problem
        {
            Title = "Dumping behind the S 16th St vacant lot",
            Summary = "Repeated illegal dumping reported by neighbors (demo).",
            AreaId = areas[0],
            Location = "900 block of S 16th St",
            Stage = ProblemStage.Closed,
            OwnerId = officer,
            Offender = "Contractors and residents avoiding landfill fees",
            OffenderHandler = "Code enforcement",
            VictimOrTarget = "The neighbors and the lot",
            VictimGuardian = "Neighborhood watch",
            Place = "Unlit, unfenced vacant lot",
            PlaceManager = "The lot's owner and the city",
            ResponsePlan = "Fence and light the lot, post signs, a cleanup with Keep West Memphis Beautiful.",
            ResponseCarriedOut = true,
            Effective = true,
            BeforeStart = DateOnly.FromDateTime(now.AddDays(-180)),
            BeforeEnd = DateOnly.FromDateTime(now.AddDays(-91)),
            AfterStart = DateOnly.FromDateTime(now.AddDays(-90)),
            AfterEnd = DateOnly.FromDateTime(now.AddDays(-1)),
            ConcernsBefore = 9,
            ConcernsAfter = 2,
            AssessmentNotes = "Dumping reports fell from 9 to 2 over equal 90-day periods.",
            AssessedUtc = now.AddDays(-1),
            OpenedUtc = now.AddDays(-200),
            ClosedUtc = now.AddDays(-1),
            UpdatedUtc = now.AddDays(-1),
            IsDemo = true,
            ActionItems =
            [
                new ProblemActionItem { What = "Ask the owner to fence the lot", Owner = "Liaison officer", Status = ActionItemStatus.Done, CreatedUtc = now.AddDays(-150), CompletedUtc = now.AddDays(-120) },
                new ProblemActionItem { What = "Cleanup day with volunteers", Owner = "Keep West Memphis Beautiful", Status = ActionItemStatus.Done, CreatedUtc = now.AddDays(-150), CompletedUtc = now.AddDays(-95) },
            ],
        };
        var response = new Problem
        {
            Title = "Speeding on Broadway after school",
            Summary = "Residents report racing at school let-out (demo).",
            AreaId = areas[Math.Min(1, areas.Count - 1)],
            Location = "Broadway between S Missouri St and S 8th St",
            Stage = ProblemStage.Response,
            OwnerId = officer,
            Offender = "Young drivers leaving school",
            Place = "Long straight stretch with no crossings",
            PlaceManager = "City street department",
            ResponsePlan = "Traffic unit enforcement at let-out; ask for a speed trailer.",
            OpenedUtc = now.AddDays(-40),
            UpdatedUtc = now.AddDays(-5),
            IsDemo = true,
            ActionItems =
            [
                new ProblemActionItem { What = "Traffic unit at let-out for two weeks", Owner = "Traffic unit", Due = DateOnly.FromDateTime(now.AddDays(10)), Status = ActionItemStatus.InProgress, CreatedUtc = now.AddDays(-20) },
                new ProblemActionItem { What = "Request a speed trailer", Owner = "Liaison officer", Due = DateOnly.FromDateTime(now.AddDays(20)), Status = ActionItemStatus.Open, CreatedUtc = now.AddDays(-20) },
            ],
        };
        db.Problems.AddRange(assessed, response);
        foreach (var c in concerns.Where(c => c.Category == ConcernCategory.IllegalDumping).Take(3))
        {
            c.Problem = assessed;
        }

        foreach (var c in concerns.Where(c => c.Category == ConcernCategory.TrafficAndSpeeding).Take(3))
        {
            c.Problem = response;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo concerns and 2 demo problems", concerns.Count);
    }
}
