using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>The Development demo data: every type, consistent seat counters, and seeded only once.</summary>
/// <remarks>
/// Runs alone: it starts its own app inside the test, and two apps starting at the same instant in one process
/// can race on Serilog's process-wide bootstrap logger (reported to the lead).
/// </remarks>
[Collection(RunsAlone.Name)]
public sealed class DemoEventsTests
{
    [Fact]
    public async Task Demo_events_cover_every_type_keep_counters_consistent_and_are_seeded_once()
    {
        using var factory = new PactFactory { EnvironmentName = "Development" }.With("Seed:DemoData", "true");
        _ = factory.Server;

        var events = await factory.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Shifts).ToListAsync());
        Assert.True(events.Count >= 100, $"{events.Count} demo events");
        Assert.Equal(EventTypes.All.Order(), events.Select(e => e.Type).Distinct().Order());
        Assert.All(events, e => Assert.True(e.IsDemo));
        // A title never repeats the type badge shown beside it ("Partner event: Food pantry" under "Partner event").
        Assert.All(events, e =>
        {
            var badge = EventTypes.Name(e.Type);
            Assert.False(e.Title.Equals(badge, StringComparison.OrdinalIgnoreCase) || e.Title.StartsWith(badge + ":", StringComparison.OrdinalIgnoreCase), e.Title);
        });
        Assert.Contains(events, e => e.Type == EventType.NationalNightOut && CentralTime.ToLocal(e.StartUtc).Month == 10);
        Assert.Contains(events, e => e.Type == EventType.FaithAndBlue && CentralTime.ToLocal(e.StartUtc).Month == 10);
        Assert.All(events.Where(e => e.Type == EventType.ParkAndWalk), e =>
        {
            var local = CentralTime.ToLocal(e.StartUtc);
            Assert.Equal(DayOfWeek.Tuesday, local.DayOfWeek);
            Assert.True(local.AddDays(7).Month != local.Month, "Park and Walk is on the last Tuesday");
        });
        Assert.Contains(events, e => e.Location.Contains("Eugene Woods Civic Center", StringComparison.Ordinal));
        Assert.Equal(5, events.Where(e => e.AreaId != null).Select(e => e.AreaId).Distinct().Count());

        var shifts = events.SelectMany(e => e.Shifts).ToList();
        var signups = await factory.WithDbAsync(db => db.Signups.AsNoTracking().ToListAsync());
        Assert.All(shifts, s =>
        {
            Assert.Equal(signups.Count(x => x.ShiftId == s.Id && Signup.HoldingSeat.Contains(x.Status)), s.Filled);
            Assert.Equal(signups.Count(x => x.ShiftId == s.Id && x.Status == SignupStatus.Waitlisted), s.WaitlistCount);
            Assert.True(s.Filled <= s.Capacity);
        });
        Assert.Contains(shifts, s => s.Filled == s.Capacity && s.WaitlistCount > 0);
        Assert.Contains(shifts, s => s.Filled > 0 && s.Filled < s.Capacity);
        Assert.Contains(signups, s => s.Status == SignupStatus.Attended && s.Hours > 0);

        // Someone to read the weekly digest and a prevention message: the demo resident follows Ward 2 from their account.
        var follows = await factory.WithDbAsync(db => db.AreaFollows.AsNoTracking().Include(f => f.Area).ToListAsync());
        Assert.Contains(follows, f => f.Email == "resident@demo.pact.local" && f.UserId != null && f.Area!.Name == "Ward 2");
        Assert.All(follows, f => Assert.NotNull(f.ConfirmedUtc));

        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoEventsSeeder>().SeedAsync();
        Assert.Equal(events.Count, await factory.WithDbAsync(db => db.Events.CountAsync()));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
