using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>The bad-input kit on every liaison, directory, area and assignment form.</summary>
public sealed class LiaisonBadInputTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Contact_form_survives_bad_input()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        await BadInputKit.RunAsync(officer, "/liaison/contacts/new", new Dictionary<string, string?>
        {
            ["Kind"] = nameof(ContactKind.CommunityContact),
            ["Purpose"] = "Porch talk",
        }, () => factory.WithDbAsync(db => db.ContactLogs.CountAsync(c => c.OfficerId == user.Id)), "#contact-form");
        var logs = await factory.WithDbAsync(db => db.ContactLogs.Where(c => c.OfficerId == user.Id).ToListAsync());
        Assert.All(logs, l => Assert.True(l.WhenUtc <= DateTime.UtcNow.AddMinutes(5) && !l.Purpose.Contains('\0', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Close_follow_up_form_survives_bad_input()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.ContactLogs.Add(new ContactLog { OfficerId = user.Id, WhenUtc = DateTime.UtcNow.AddDays(-1), Purpose = "Visit", FollowUp = $"Call back {i}", FollowUpOwnerId = user.Id, CreatedUtc = DateTime.UtcNow });
            }

            await db.SaveChangesAsync();
        });
        // Each accepted value closes one follow-up; the next try takes the next open one from the list.
        await BadInputKit.RunAsync(officer, "/liaison/followups", new Dictionary<string, string?> { ["Outcome"] = "Done" },
            () => factory.WithDbAsync(db => db.ContactLogs.CountAsync(c => c.OfficerId == user.Id && c.FollowUpClosedUtc != null)), "main form[action$='/close']", ["Version"]);
    }

    [Fact]
    public async Task Area_street_and_assignment_forms_survive_bad_input()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var w1 = await factory.AreaIdAsync("W1");
        await BadInputKit.RunAsync(admin, $"/admin/areas/{w1}", new Dictionary<string, string?> { ["Name"] = "Ward 1", ["Code"] = "W1" }, formSelector: "#area-form", skipFields: ["Version"]);
        var area = await factory.WithDbAsync(db => db.Areas.SingleAsync(a => a.Id == w1));
        Assert.Equal("W1", area.Code);

        await BadInputKit.RunAsync(admin, $"/admin/areas/{w1}", new Dictionary<string, string?> { ["StreetName"] = "Bad Input Ln", ["FromNumber"] = "1", ["ToNumber"] = "2" },
            () => factory.WithDbAsync(db => db.StreetRanges.CountAsync()), "#street-form");

        var officer = await factory.CreateUserAsync(LiaisonSteps.Unique("officer"), TestUsers.Password, Roles.Officer);
        await BadInputKit.RunAsync(admin, "/admin/assignments", new Dictionary<string, string?>
        {
            ["OfficerId"] = officer.Id,
            ["AreaId"] = w1.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["StartDate"] = "2026-01-01",
            ["WeeklyHours"] = "10",
        }, () => factory.WithDbAsync(db => db.LiaisonAssignments.CountAsync()), "#assign-form");
    }

    [Fact]
    public async Task Directory_forms_survive_bad_input()
    {
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        await BadInputKit.RunAsync(coordinator, "/manage/congregations/new", new Dictionary<string, string?> { ["Name"] = "Bad Input Chapel", ["Address"] = "1 Main St" },
            () => factory.WithDbAsync(db => db.Congregations.CountAsync()));
        var id = await factory.WithDbAsync(db => db.Congregations.Select(c => c.Id).FirstAsync());
        await BadInputKit.RunAsync(coordinator, $"/manage/congregations/{id}", new Dictionary<string, string?> { ["Name"] = "Pastor Valid" },
            () => factory.WithDbAsync(db => db.Clergy.CountAsync()), "#clergy-form");
        await BadInputKit.RunAsync(coordinator, $"/manage/congregations/{id}/assessments/new", new Dictionary<string, string?> { ["Date"] = "2026-01-05" },
            () => factory.WithDbAsync(db => db.SecurityAssessments.CountAsync()));
        await BadInputKit.RunAsync(coordinator, "/manage/partners/new", new Dictionary<string, string?> { ["Name"] = "Bad Input Partners", ["Kind"] = nameof(PartnerKind.Nonprofit) },
            () => factory.WithDbAsync(db => db.PartnerOrganizations.CountAsync()));
    }
}
