using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Benchmarks;

/// <summary>
/// `dotnet WestMemphis.Pact.Benchmarks.dll --contentRoot PUBLISHED_APP seed-benchmark --events 2000 --signups 20000`: bulk data for the
/// load benchmarks in benchmarks/ (published events over two years, two shifts each, sign-ups spread over
/// invented volunteers). Not part of the app: it lives in this benchmark tool only.
/// With <c>PACT_BENCH_PASSWORD</c> (and <c>PACT_BENCH_TOTP_KEY</c>, base32) in the environment it also makes
/// the two accounts the signed-in benchmark logs in with through the real log-in form:
/// <c>bench-resident@example.invalid</c> (a resident with sign-ups) and <c>bench-coordinator@example.invalid</c>
/// (a coordinator with an authenticator app set up on that key, so the script computes the TOTP code like a
/// phone does), plus one upcoming event whose shift has a roster of 500 sign-ups, and <c>bench-officer@example.invalid</c>
/// (an officer on the same key: the crime import through the portal, benchmarks/crime-import-portal.sh). Nothing in the app creates or
/// exempts these accounts; they exist only in a database this command seeded.
/// </summary>
public sealed class BenchmarkSeeder(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<BenchmarkSeeder> logger)
{
    public const string ResidentEmail = "bench-resident@example.invalid";
    public const string CoordinatorEmail = "bench-coordinator@example.invalid";
    public const string OfficerEmail = "bench-officer@example.invalid";
    public const string RosterEventTitle = "Benchmark roster of 500";
    private const int SignupsPerVolunteer = 10;
    private const int RosterSize = 500;

    public async Task SeedAsync(int events, int signups, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var areas = await db.Areas.Select(a => a.Id).ToListAsync(cancellationToken);
        var volunteerCount = Math.Max(1, (signups + SignupsPerVolunteer - 1) / SignupsPerVolunteer);
        var volunteers = new List<string>(volunteerCount);
        for (var i = 0; i < volunteerCount; i++)
        {
            var email = $"bench-volunteer-{i}@example.invalid";
            var user = new ApplicationUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, FullName = $"Benchmark Volunteer {i}", CreatedUtc = now, SecurityStamp = Guid.NewGuid().ToString("N"),
                IsDemo = true,
            };
            db.Users.Add(user);
            volunteers.Add(user.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var types = Enum.GetValues<EventType>();
        var perEvent = Math.Max(1, signups / Math.Max(1, events));
        var made = 0;
        for (var batch = 0; batch < events; batch += 200)
        {
            for (var i = batch; i < Math.Min(events, batch + 200); i++)
            {
                var start = now.Date.AddDays(-365 + (i * 730 / Math.Max(1, events))).AddHours(14 + (i % 5));
                var e = new Event
                {
                    Title = string.Create(CultureInfo.InvariantCulture, $"Benchmark {types[i % types.Length]} {i}"),
                    Type = types[i % types.Length],
                    Description = "Generated for the load benchmark.",
                    Location = "Eugene Woods Civic Center",
                    AreaId = areas.Count == 0 ? null : areas[i % areas.Count],
                    StartUtc = start,
                    EndUtc = start.AddHours(3),
                    Status = start < now ? EventStatus.Completed : EventStatus.Published,
                    SeekingVolunteers = true,
                    CreatedUtc = now,
                    PublishedUtc = now,
                    IsDemo = true,
                };
                var first = new Shift { Role = "Set-up crew", StartUtc = start, EndUtc = start.AddHours(2), Capacity = 8 };
                var second = new Shift { Role = "Greeters", StartUtc = start.AddHours(1), EndUtc = start.AddHours(3), Capacity = 6 };
                e.Shifts = [first, second];
                for (var k = 0; k < perEvent && made < signups; k++, made++)
                {
                    var shift = k % 2 == 0 ? first : second;
                    var confirmed = shift.Filled < shift.Capacity;
                    if (confirmed)
                    {
                        shift.Filled++;
                    }
                    else
                    {
                        shift.WaitlistCount++;
                    }

                    shift.Signups.Add(new Signup
                    {
                        VolunteerId = volunteers[(i * perEvent + k) % volunteers.Count],
                        Status = confirmed ? SignupStatus.Confirmed : SignupStatus.Waitlisted,
                        CreatedUtc = now.AddMinutes(-k),
                        IdempotencyKey = Guid.NewGuid().ToString("N"),
                    });
                }

                db.Events.Add(e);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        logger.LogInformation("Benchmark data: {Events} events, {Signups} sign-ups, {Volunteers} volunteers", events, made, volunteerCount);

        var password = Environment.GetEnvironmentVariable("PACT_BENCH_PASSWORD");
        if (!string.IsNullOrEmpty(password))
        {
            await SeedSignedInAsync(password, Environment.GetEnvironmentVariable("PACT_BENCH_TOTP_KEY"), volunteers, now, cancellationToken);
        }
    }

    private async Task SeedSignedInAsync(string password, string? totpKey, List<string> volunteers, DateTime now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var resident = await CreateAsync(ResidentEmail, "Benchmark Resident", Roles.Resident, password);
        var coordinator = await CreateAsync(CoordinatorEmail, "Benchmark Coordinator", Roles.Coordinator, password);
        var officer = await CreateAsync(OfficerEmail, "Benchmark Officer", Roles.Officer, password);
        if (!string.IsNullOrWhiteSpace(totpKey))
        {
            foreach (var staff in new[] { coordinator, officer })
            {
                Check(await users.SetAuthenticationTokenAsync(staff, "[AspNetUserStore]", "AuthenticatorKey", totpKey), "authenticator key");
                Check(await users.SetTwoFactorEnabledAsync(staff, true), "two-factor");
            }
        }

        // The resident signs up for ten upcoming events, as a regular volunteer would.
        var upcoming = await db.Shifts.Where(s => s.StartUtc > now && s.Filled < s.Capacity)
            .OrderBy(s => s.StartUtc).Take(10).ToListAsync(cancellationToken);
        foreach (var shift in upcoming)
        {
            shift.Filled++;
            db.Signups.Add(new Signup
            {
                ShiftId = shift.Id, VolunteerId = resident.Id, Status = SignupStatus.Confirmed, CreatedUtc = now,
                IdempotencyKey = Guid.NewGuid().ToString("N"),
            });
        }

        var start = now.Date.AddDays(20).AddHours(15);
        var roster = new Shift { Role = "Clean-up crew", StartUtc = start, EndUtc = start.AddHours(3), Capacity = RosterSize, Filled = 0 };
        for (var i = 0; i < RosterSize && i < volunteers.Count; i++)
        {
            roster.Filled++;
            roster.Signups.Add(new Signup
            {
                VolunteerId = volunteers[i], Status = SignupStatus.Confirmed, CreatedUtc = now.AddSeconds(-i),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
            });
        }

        db.Events.Add(new Event
        {
            Title = RosterEventTitle, Type = EventType.EnvironmentalCleanup, Description = "Generated for the load benchmark.",
            Location = "Eugene Woods Civic Center", StartUtc = start, EndUtc = start.AddHours(3), Status = EventStatus.Published,
            SeekingVolunteers = true, CreatedUtc = now, PublishedUtc = now, IsDemo = true, Shifts = [roster],
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Benchmark accounts and a roster of {Size} sign-ups on shift {ShiftId}", roster.Filled, roster.Id);
    }

    private async Task<ApplicationUser> CreateAsync(string email, string name, string role, string password)
    {
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = name, CreatedUtc = clock.GetUtcNow().UtcDateTime, IsDemo = true,
        };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRoleAsync(user, role), role);
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
