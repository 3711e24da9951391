using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Database;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>
/// A year of clearly-marked demo events (Development with Seed:DemoData only): every type in the five
/// wards, seasonal programs in their months, shifts full, partly full and with waitlists, and invented
/// volunteers with hours. Skipped when any event exists, so it runs once.
/// </summary>
public sealed class DemoEventsSeeder(AppDbContext db, IOptions<SeedOptions> seed, IHostEnvironment environment, TimeProvider clock, ILogger<DemoEventsSeeder> logger)
{
    private const string CivicCenter = "Eugene Woods Civic Center, 1200 S Avalon St";
    private const string Kwmb = "Keep West Memphis Beautiful";

    private static readonly string[] FirstNames = ["Alexis", "Brandon", "Carmen", "Darnell", "Evelyn", "Frankie", "Gloria", "Hector", "Imani", "Jerome",
        "Keisha", "Luis", "Marisol", "Nathan", "Odessa", "Percy", "Quinn", "Rosalind", "Sterling", "Tamika", "Ulysses", "Vanessa", "Wendell", "Yolanda", "Zeke"];

    private static readonly string[] LastNames = ["Abernathy", "Beasley", "Crenshaw", "Dupree", "Ellison", "Fairchild", "Goodwin", "Holloway", "Ivory", "Jernigan",
        "Kimbrough", "Lacewell", "Merriweather", "Northcutt", "Overton", "Pettigrew", "Rountree", "Satterfield", "Thornberry", "Whitlock"];

    private static readonly string[] Venues = ["West Memphis Public Library, 213 N Avalon St", "Tilden Rodgers Sports Complex", "Hope Park pavilion",
        "Meadows Park", "Bragg Elementary gym", "Broadway Street shops", "Ingram Boulevard community room", "Riverside church fellowship hall"];

    public bool Enabled => environment.IsDevelopment() && seed.Value.DemoData;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled || await db.Events.AnyAsync(cancellationToken))
        {
            return;
        }

        var started = DateTime.UtcNow;
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(2026);
        var areas = await db.Areas.OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        if (areas.Count == 0)
        {
            return;
        }

        var volunteers = await CreateVolunteersAsync(areas, random, now, cancellationToken);
        var today = DateOnly.FromDateTime(CentralTime.ToLocal(now));
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-3);
        var events = new List<Event>();
        // Three months back (completed, with hours) to eleven ahead (so next October's seasonal programs show).
        for (var m = 0; m < 15; m++)
        {
            var month = first.AddMonths(m);
            var ward = areas[m % areas.Count];
            events.Add(Make($"Evening walk in {ward.Name}", EventType.ParkAndWalk, LastWeekday(month, DayOfWeek.Tuesday), new(18, 0), new(19, 0), ward,
                "Officers and neighbors walk the ward together, stop to talk, and note anything that needs fixing. Monthly, on the last Tuesday.",
                Venues[m % Venues.Length], shifts: [("Walk-along neighbor", 10, 13, false)]));
            events.Add(Make("Saturday coffee on Broadway", EventType.CoffeeWithACop, NthWeekday(month, DayOfWeek.Saturday, 2), new(9, 0), new(10, 30), areas[(m + 2) % areas.Count],
                "No speeches, no agenda: coffee and conversation with the officers who serve your neighborhood.", "Broadway Street coffee shop"));
            events.Add(Make($"{areas[(m + 1) % areas.Count].Name} Neighborhood Association meeting", EventType.NeighborhoodAssociationMeeting,
                NthWeekday(month, DayOfWeek.Thursday, 1), new(18, 30), new(20, 0), areas[(m + 1) % areas.Count],
                "Monthly meeting with your liaison officer: updates, concerns and plans.", Venues[(m + 3) % Venues.Length]));
            events.Add(Make("Family Fun Day", EventType.CommunityEvent, NthWeekday(month, DayOfWeek.Saturday, 3), new(11, 0), new(14, 0), areas[(m + 3) % areas.Count],
                "Games, food trucks and safety demonstrations for the whole family.", Venues[(m + 2) % Venues.Length],
                shifts: [("Set-up crew", 6, 16, false), ("Games table", 8, 13, true), ("Clean-up crew", 6, 16, false)]));
            events.Add(Make("Crime prevention at home", EventType.SpeakingEngagement, NthWeekday(month, DayOfWeek.Wednesday, 2), new(12, 0), new(13, 0), areas[(m + 4) % areas.Count],
                "An officer talks about locks, lighting and neighbors watching out for each other.", Venues[(m + 5) % Venues.Length]));
            events.Add(Make("Porch-light giveaway", EventType.DepartmentProject, NthWeekday(month, DayOfWeek.Saturday, 4), new(9, 0), new(12, 0), areas[(m + 1) % areas.Count],
                "Free LED porch lights for homes in the ward, installed by volunteers.", Venues[(m + 6) % Venues.Length],
                shifts: [("Installers", 8, 18, false), ("Sign-in table", 3, 16, false)]));
            events.Add(Make("Food pantry distribution", EventType.PartnerEvent, NthWeekday(month, DayOfWeek.Friday, 2), new(15, 0), new(18, 0), areas[(m + 2) % areas.Count],
                "With local congregations and the Mid-South Food Bank.", Venues[7], partners: "Mid-South Food Bank; Riverside congregations",
                shifts: [("Loading and carrying", 10, 16, false)]));

            if (month.Month is 1 or 4 or 7 or 10)
            {
                events.Add(Make("Citywide town hall meeting", EventType.TownHallMeeting, NthWeekday(month, DayOfWeek.Monday, 3), new(18, 0), new(20, 0), null,
                    "The Chief, the Community Engagement Unit and city departments answer your questions.", CivicCenter,
                    shifts: [("Greeters and sign-in", 4, 16, false)]));
            }

            if (month.Month is 2 or 3)
            {
                for (var week = 1; week <= 4; week++)
                {
                    events.Add(Make($"Citizens Police Academy, session {(month.Month - 2) * 4 + week}", EventType.CitizensPoliceAcademySession,
                        NthWeekday(month, DayOfWeek.Tuesday, week), new(18, 0), new(21, 0), null,
                        "Eight evenings inside the West Memphis Police Department: patrol, investigations, 911, traffic and K-9.", CivicCenter));
                }
            }

            if (month.Month is 4 or 10)
            {
                var spring = month.Month == 4;
                events.Add(Make(spring ? "Spring cleanup with Keep West Memphis Beautiful" : "Fall cleanup with Keep West Memphis Beautiful", EventType.EnvironmentalCleanup,
                    NthWeekday(month, DayOfWeek.Saturday, spring ? 2 : 4), new(8, 0), new(12, 0), areas[spring ? 1 : 4],
                    "Gloves, bags and grabbers provided. Meet at the civic center for sign-in and site assignments.", CivicCenter, partners: Kwmb, seasonal: true,
                    shifts: [("Registration table", 4, 16, false), ("Litter crew", 30, 13, false), ("Tire and large-item crew", 10, 18, false)]));
            }

            if (month.Month == 10)
            {
                events.Add(Make("National Night Out block parties", EventType.NationalNightOut, NthWeekday(month, DayOfWeek.Tuesday, 1), new(17, 0), new(20, 0), null,
                    "Block parties across the city: meet your officers, firefighters and neighbors. Rusty the Crime Dog visits.", CivicCenter, seasonal: true,
                    shifts: [("Block party set-up", 12, 16, false), ("Kids' zone with Rusty", 6, 18, true), ("Food table", 8, 13, false)]));
                events.Add(Make("Faith & Blue weekend service day", EventType.FaithAndBlue, NthWeekday(month, DayOfWeek.Saturday, 2), new(10, 0), new(14, 0), areas[2],
                    "Congregations and officers serve together: prayer walk, cookout and a youth basketball game.", Venues[7], partners: "West Memphis congregations", seasonal: true,
                    shifts: [("Cookout crew", 10, 16, false), ("Youth game helpers", 6, 18, true)]));
            }
        }

        foreach (var e in events)
        {
            e.Status = e.EndUtc < now ? EventStatus.Completed : EventStatus.Published;
            e.PublishedUtc = e.StartUtc.AddDays(-30);
            e.CreatedUtc = e.StartUtc.AddDays(-35);
            if (e.IsSeasonal && e.StartUtc > now.AddDays(120))
            {
                e.SeekingVolunteers = false;
                e.SeasonNote = $"returns in {CentralTime.ToLocal(e.StartUtc):MMMM}; volunteer sign-up opens two months before";
            }
        }

        // One cancelled event, to show how it looks.
        var cancelled = events.FirstOrDefault(e => e.Type == EventType.CoffeeWithACop && e.StartUtc > now.AddDays(7));
        if (cancelled is not null)
        {
            cancelled.Status = EventStatus.Cancelled;
            cancelled.CancellationReason = "The venue is closed for repairs that week. See you next month!";
            cancelled.CancelledUtc = now;
        }

        db.Events.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);

        var signups = 0;
        foreach (var e in events.Where(e => e.Status != EventStatus.Cancelled && e.SeekingVolunteers))
        {
            // The minor still waiting for a guardian's consent holds no seat: only their waiting sign-ups, added below.
            var pool = volunteers.Where(v => v.Profile.GuardianConsent != GuardianConsentStatus.Waiting).OrderBy(_ => random.Next()).ToList();
            var next = 0;
            foreach (var shift in e.Shifts)
            {
                var past = e.EndUtc < now;
                // Full with a waitlist, full, partly full or empty, in roughly equal measure.
                var mode = random.Next(4);
                var confirmed = mode switch { 0 or 1 => shift.Capacity, 2 => shift.Capacity / 2, _ => random.Next(0, 2) };
                var waitlisted = mode == 0 && !past ? random.Next(1, 4) : 0;
                for (var i = 0; i < confirmed + waitlisted && next < pool.Count; i++)
                {
                    var person = pool[next++];
                    if (shift.WorksWithChildren && person.Profile.BackgroundCheck != BackgroundCheckStatus.Cleared)
                    {
                        i--;
                        continue;
                    }

                    var isConfirmed = i < confirmed;
                    var status = !isConfirmed ? SignupStatus.Waitlisted : past ? (random.Next(10) == 0 ? SignupStatus.NoShow : SignupStatus.Attended) : SignupStatus.Confirmed;
                    var hours = status == SignupStatus.Attended ? Math.Round((shift.EndUtc - shift.StartUtc).TotalHours * 4) / 4 : (double?)null;
                    db.Signups.Add(new Signup
                    {
                        ShiftId = shift.Id,
                        VolunteerId = person.UserId,
                        IdempotencyKey = "demo-" + Guid.NewGuid().ToString("N"),
                        Status = status,
                        CreatedUtc = e.PublishedUtc!.Value.AddHours(i + 1),
                        CheckedInUtc = status == SignupStatus.Attended ? shift.StartUtc : null,
                        CheckedOutUtc = status == SignupStatus.Attended ? shift.EndUtc : null,
                        Hours = hours,
                        HoursApproved = status == SignupStatus.Attended,
                    });
                    if (isConfirmed)
                    {
                        shift.Filled++;
                    }
                    else
                    {
                        shift.WaitlistCount++;
                    }

                    signups++;
                }
            }

            if (e.Type == EventType.EnvironmentalCleanup && e.Status == EventStatus.Completed)
            {
                e.CleanupResult = new CleanupResult
                {
                    Sites = 6,
                    Volunteers = e.Shifts.Sum(s => s.Filled),
                    VolunteerHours = e.Shifts.Sum(s => s.Filled) * 4,
                    Bags = 212,
                    Tires = 37,
                    LargeItems = 14,
                    EstimatedPounds = 5400,
                    Notes = "Demo data: Broadway and 7th Street lots cleared; two couches and a water heater hauled.",
                    RecordedUtc = e.EndUtc.AddDays(1),
                };
            }
        }

        // One minor whose guardian has not answered yet: two upcoming sign-ups wait for the consent, holding no seat.
        if (volunteers.FirstOrDefault(v => v.Profile.GuardianConsent == GuardianConsentStatus.Waiting) is { UserId: { } waitingMinor })
        {
            // On two different days, so the two never overlap.
            var open = events.Where(e => e.Status == EventStatus.Published && e.SeekingVolunteers && e.StartUtc > now.AddDays(2))
                .OrderBy(e => e.StartUtc).GroupBy(e => e.StartUtc.Date).Select(g => g.First())
                .Select(e => e.Shifts.FirstOrDefault(s => s.MinimumAge <= 16 && !s.WorksWithChildren))
                .OfType<Shift>().Take(2).ToList();
            foreach (var shift in open)
            {
                db.Signups.Add(new Signup
                {
                    ShiftId = shift.Id,
                    VolunteerId = waitingMinor,
                    IdempotencyKey = "demo-" + Guid.NewGuid().ToString("N"),
                    Status = SignupStatus.AwaitingConsent,
                    CreatedUtc = now.AddDays(-2),
                });
                signups++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo events seeded: {Events} events, {Signups} sign-ups, {Volunteers} volunteers in {Ms} ms",
            events.Count, signups, volunteers.Count, (int)(DateTime.UtcNow - started).TotalMilliseconds);

        Event Make(string title, EventType type, DateOnly date, TimeOnly start, TimeOnly end, Area? area, string description, string location,
            string? partners = null, bool seasonal = false, (string Role, int Capacity, int MinAge, bool Children)[]? shifts = null)
        {
            var startUtc = CentralTimeInput.ToUtc(date, start)!.Value;
            var endUtc = CentralTimeInput.ToUtc(date, end)!.Value;
            return new Event
            {
                Title = title,
                Type = type,
                Description = description + " (Demo data.)",
                Location = location,
                AreaId = area?.Id,
                StartUtc = startUtc,
                EndUtc = endUtc,
                IsSeasonal = seasonal,
                SeekingVolunteers = shifts is { Length: > 0 },
                Partners = partners,
                IsDemo = true,
                Shifts = (shifts ?? []).Select(s => new Shift
                {
                    Role = s.Role,
                    Capacity = s.Capacity,
                    MinimumAge = s.MinAge,
                    WorksWithChildren = s.Children,
                    StartUtc = startUtc,
                    EndUtc = endUtc,
                }).ToList(),
            };
        }
    }

    private async Task<List<(string UserId, VolunteerProfile Profile)>> CreateVolunteersAsync(List<Area> areas, Random random, DateTime now, CancellationToken cancellationToken)
    {
        var residentRole = await db.Roles.Where(r => r.Name == Roles.Resident).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var result = new List<(string, VolunteerProfile)>();
        for (var i = 0; i < 60; i++)
        {
            var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[(i * 7) % LastNames.Length]}";
            var email = $"volunteer{i + 1:00}@demo.pact.local";
            // No password: invented people who cannot log in. Their hours and sign-ups fill the rosters.
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                FullName = name + " (demo)",
                IsDemo = true,
                CreatedUtc = now.AddDays(-400 + i),
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                AreaId = areas[i % areas.Count].Id,
            };
            db.Users.Add(user);
            if (residentRole is not null)
            {
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = residentRole });
            }

            var profile = new VolunteerProfile
            {
                UserId = user.Id,
                Phone = $"870-555-{100 + i:0000}",
                AreaId = areas[i % areas.Count].Id,
                WaiverVersion = "2026-1",
                WaiverAcceptedUtc = now.AddDays(-300),
                AgeGroup = i % 9 == 0 ? AgeGroup.SixteenToSeventeen : AgeGroup.Adult,
                BackgroundCheck = i % 3 == 0 ? BackgroundCheckStatus.Cleared : i % 3 == 1 ? BackgroundCheckStatus.NotStarted : BackgroundCheckStatus.Pending,
                BackgroundCheckUtc = i % 3 == 0 ? now.AddDays(-200) : null,
                Interests = (i % 4) switch { 0 => "Cleanups", 1 => "Youth events", 2 => "Set-up and logistics", _ => "Anything that helps" },
                CreatedUtc = now.AddDays(-300),
                UpdatedUtc = now.AddDays(-300),
            };
            if (i % 9 == 0)
            {
                // Minors: their guardian was asked by email and consented through the link, except the last one, still waiting.
                profile.GuardianName = "Parent of " + name;
                profile.GuardianEmail = $"parent.of.volunteer{i + 1:00}@demo.pact.local";
                var waiting = i == 54;
                profile.GuardianConsent = waiting ? GuardianConsentStatus.Waiting : GuardianConsentStatus.Given;
                profile.GuardianRequestedUtc = waiting ? now.AddDays(-2) : now.AddDays(-300);
                profile.GuardianConsentUtc = waiting ? null : now.AddDays(-299);
                profile.GuardianAnsweredUtc = profile.GuardianConsentUtc;
                profile.GuardianSignature = waiting ? null : "Parent of " + name;
                // The secret of the demo link is thrown away: "Send again" on /manage/volunteers mails a working one.
                profile.GuardianLinkHash = FeedTokens.Hash(FeedTokens.New());
            }

            db.VolunteerProfiles.Add(profile);
            result.Add((user.Id, profile));
        }

        var resident = await db.Users.FirstOrDefaultAsync(u => u.Email == "resident@demo.pact.local", cancellationToken);
        if (resident is not null && !await db.VolunteerProfiles.AnyAsync(p => p.UserId == resident.Id, cancellationToken))
        {
            db.VolunteerProfiles.Add(new VolunteerProfile
            {
                UserId = resident.Id,
                Phone = "870-555-0199",
                AreaId = areas[0].Id,
                WaiverVersion = "2026-1",
                WaiverAcceptedUtc = now,
                AgeGroup = AgeGroup.Adult,
                BackgroundCheck = BackgroundCheckStatus.Cleared,
                BackgroundCheckUtc = now,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        _ = random;
        return result;
    }

    private static DateOnly NthWeekday(DateOnly month, DayOfWeek day, int n)
    {
        var d = new DateOnly(month.Year, month.Month, 1);
        while (d.DayOfWeek != day)
        {
            d = d.AddDays(1);
        }

        return d.AddDays(7 * (n - 1));
    }

    private static DateOnly LastWeekday(DateOnly month, DayOfWeek day)
    {
        var d = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
        while (d.DayOfWeek != day)
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
