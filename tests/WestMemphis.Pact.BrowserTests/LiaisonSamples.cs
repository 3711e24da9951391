using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>Sample records for the liaison pages that take an id.</summary>
public static class LiaisonSamples
{
    public static async Task AddAsync(PactFactory app, Dictionary<string, string> samples)
    {
        var congregation = await app.CongregationAsync($"Sample Chapel {Guid.NewGuid():N}"[..22], "100 Sample St", "W2");
        var partner = await app.WithDbAsync(async db =>
        {
            var p = new PartnerOrganization { Name = $"Sample Partner {Guid.NewGuid():N}"[..24], Kind = PartnerKind.Nonprofit, Services = "Food boxes" };
            db.PartnerOrganizations.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var area = await app.AreaIdAsync("W2");
        samples["GET areas/{area}"] = "/areas/ward-2";
        samples["GET areas/{area}/follow"] = "/areas/ward-2/follow";
        // A pending follow of Ward 2 with one link secret: its confirm page asks to confirm, its stop page to stop.
        var followToken = WestMemphis.Pact.Web.Infrastructure.Security.FeedTokens.New();
        await app.WithDbAsync(async db =>
        {
            var follow = new WestMemphis.Pact.Domain.AreaFollow { AreaId = area, Email = $"sample-{Guid.NewGuid():N}@example.com", CreatedUtc = DateTime.UtcNow };
            follow.Links.Add(new WestMemphis.Pact.Domain.AreaFollowLink { TokenHash = WestMemphis.Pact.Web.Infrastructure.Security.FeedTokens.Hash(followToken), CreatedUtc = DateTime.UtcNow });
            db.AreaFollows.Add(follow);
            return await db.SaveChangesAsync();
        });
        samples["GET areas/follow/confirm/{token}"] = $"/areas/follow/confirm/{followToken}";
        samples["GET areas/follow/stop/{token}"] = $"/areas/follow/stop/{followToken}";
        samples["GET admin/areas/{id:int}"] = $"/admin/areas/{area}";
        samples["GET liaison/areas/{id:int}"] = $"/liaison/areas/{area}";
        samples["GET manage/congregations/{id:int}"] = $"/manage/congregations/{congregation.Id}";
        samples["GET manage/congregations/{id:int}/edit"] = $"/manage/congregations/{congregation.Id}/edit";
        samples["GET manage/congregations/{id:int}/assessments/new"] = $"/manage/congregations/{congregation.Id}/assessments/new";
        samples["GET manage/partners/{id:int}"] = $"/manage/partners/{partner}";
        samples["GET manage/partners/{id:int}/edit"] = $"/manage/partners/{partner}/edit";
        // Replaced by the signed-in officer's own log before the officer's pages are visited.
        samples["GET liaison/contacts/{id:int}"] = "/liaison/contacts/0";
        samples["GET liaison/contacts/{id:int}/edit"] = "/liaison/contacts/0/edit";
    }

    public static async Task AddOwnContactAsync(PactFactory app, string officerId, Dictionary<string, string> samples)
    {
        var id = await app.WithDbAsync(async db =>
        {
            var log = new ContactLog
            {
                OfficerId = officerId,
                WhenUtc = DateTime.UtcNow.AddDays(-10),
                Kind = ContactKind.ChurchVisit,
                Purpose = "Sample visit",
                Notes = "Sample notes",
                PositiveContacts = 3,
                FollowUp = "Sample follow-up",
                FollowUpOwnerId = officerId,
                FollowUpDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2),
                CongregationId = await db.Congregations.Select(c => (int?)c.Id).FirstOrDefaultAsync(),
                CreatedUtc = DateTime.UtcNow,
            };
            db.ContactLogs.Add(log);
            await db.SaveChangesAsync();
            return log.Id;
        });
        samples["GET liaison/contacts/{id:int}"] = $"/liaison/contacts/{id}";
        samples["GET liaison/contacts/{id:int}/edit"] = $"/liaison/contacts/{id}/edit";
        await RecordReleaseSamples.AddOwnContactAsync(app, id, samples);
    }
}
