using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>
/// `dotnet WestMemphis.Pact.Web.dll seed-benchmark --events 2000 --signups 20000`: bulk data for the
/// load benchmarks in benchmarks/ (published events over two years, two shifts each, sign-ups spread over
/// invented volunteers). Not used by the app itself.
/// </summary>
public sealed class BenchmarkSeeder(AppDbContext db, TimeProvider clock, ILogger<BenchmarkSeeder> logger)
{
    private const int SignupsPerVolunteer = 10;

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
    }
}
