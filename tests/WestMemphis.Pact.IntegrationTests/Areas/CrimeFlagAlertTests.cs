using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.Crime;

namespace WestMemphis.Pact.IntegrationTests.Areas;

/// <summary>Officers hear of a rise first: a flag of the review is emailed to the area's liaison officers and the coordinators once.</summary>
public sealed class CrimeFlagAlertTests(DigestMondayFactory app) : IClassFixture<DigestMondayFactory>
{
    [Fact]
    public async Task A_rise_flag_is_emailed_to_the_areas_officer_and_the_coordinator_once_and_again_only_after_it_cleared()
    {
        var officer = await app.CreateUserAsync(LiaisonSteps.Unique("flag-officer"), TestUsers.Password, Roles.Officer);
        var otherOfficer = await app.CreateUserAsync(LiaisonSteps.Unique("other-officer"), TestUsers.Password, Roles.Officer);
        var coordinator = await app.CreateUserAsync(LiaisonSteps.Unique("flag-coordinator"), TestUsers.Password, Roles.Coordinator);
        await app.AssignAsync(officer.Id, "W2", new DateOnly(2026, 1, 1));
        await app.AssignAsync(otherOfficer.Id, "W1", new DateOnly(2026, 1, 1));
        // The review on Mon 30 Nov ends Sun 29 Nov: last 28 days 2–29 Nov, prior 28 days 5 Oct–1 Nov.
        var incidents = await SeedAsync("W2", new DateTime(2026, 11, 20, 18, 0, 0, DateTimeKind.Utc), 30);
        await SeedAsync("W2", new DateTime(2026, 10, 20, 18, 0, 0, DateTimeKind.Utc), 5);
        var alerts = app.Services.GetRequiredService<CrimeFlagAlertService>();

        var flags = await alerts.SendDueAsync();
        Assert.True(flags >= 1);
        var toOfficer = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == CrimeFlagAlertService.Kind && m.ToAddress == officer.Email).ToListAsync());
        var property = Assert.Single(toOfficer, m => m.Subject == "Flagged: Crimes against property up in Ward 2");
        Assert.Contains("Last 28 days (Nov 2 to Nov 29): 30", property.TextBody);
        Assert.Contains("Prior 28 days (Oct 5 to Nov 1): 5", property.TextBody);
        Assert.Contains("unusually high", property.TextBody);
        Assert.Contains("/crime/review?end=", property.TextBody);
        Assert.Contains("/crime/incidents?from=", property.TextBody);
        Assert.Equal(flags, toOfficer.Count);
        Assert.Equal(flags, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == CrimeFlagAlertService.Kind && m.ToAddress == coordinator.Email)));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == CrimeFlagAlertService.Kind && m.ToAddress == otherOfficer.Email)));

        // The next run, the flag still on: nothing again.
        Assert.Equal(0, await alerts.SendDueAsync());

        // The flag clears (the rise is gone from the data), then comes back: a new flag, sent again.
        await app.WithDbAsync(db => db.IncidentOffenses.Where(o => incidents.Contains(o.IncidentId)).ExecuteDeleteAsync());
        Assert.Equal(0, await alerts.SendDueAsync());
        Assert.True(await app.WithDbAsync(db => db.CrimeFlagAlerts.AllAsync(a => a.ClearedUtc != null)));
        await SeedAsync("W2", new DateTime(2026, 11, 21, 18, 0, 0, DateTimeKind.Utc), 30);
        Assert.Equal(flags, await alerts.SendDueAsync());
        Assert.Equal(2, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == officer.Email && m.Subject == "Flagged: Crimes against property up in Ward 2")));
    }

    private Task<List<long>> SeedAsync(string code, DateTime when, int count) =>
        app.WithDbAsync(async db =>
        {
            var area = await db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
            var added = new List<Incident>();
            for (var i = 0; i < count; i++)
            {
                var incident = new Incident
                {
                    Source = "flag-test", SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = when, Address = "1523 N Missouri St",
                    HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area, OffenseCount = 1, UpdatedAtUtc = when,
                };
                incident.Offenses.Add(new IncidentOffense { OffenseKey = "220", NibrsCode = "220", Description = "Burglary", Category = OffenseCategory.Property, PartIClass = PartIClass.None, OccurredAtUtc = when, AreaId = area });
                db.Incidents.Add(incident);
                added.Add(incident);
            }

            await db.SaveChangesAsync();
            return added.Select(i => i.Id).ToList();
        });
}
