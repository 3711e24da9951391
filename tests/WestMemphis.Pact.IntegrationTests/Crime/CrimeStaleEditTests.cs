using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>
/// Every crime staff edit form carries the version it was loaded with: a form saved by someone else meanwhile, or one
/// posted without its version, is refused with "changed by someone else" and nothing it sent is saved.
/// </summary>
public sealed class CrimeStaleEditTests(PactFactory app) : IClassFixture<PactFactory>
{
    private static string Unique(string prefix) => (prefix + Guid.NewGuid().ToString("N"))[..16];

    private Task<AreaSourceMapping> AreaMappingAsync(string ward) => app.WithDbAsync(async db =>
    {
        var m = new AreaSourceMapping { Source = Unique("s").ToLowerInvariant(), Field = AreaSourceFields.Beat, Value = Unique("B").ToUpperInvariant(), AreaId = await db.Areas.Where(a => a.Code == ward).Select(a => a.Id).SingleAsync() };
        db.AreaSourceMappings.Add(m);
        await db.SaveChangesAsync();
        return m;
    });

    private Task<OffenseDescriptionMapping> OffenseMappingAsync() => app.WithDbAsync(async db =>
    {
        var m = new OffenseDescriptionMapping { Source = Unique("s").ToLowerInvariant(), Description = Unique("DESC").ToUpperInvariant(), NibrsCode = "23H" };
        db.OffenseDescriptionMappings.Add(m);
        await db.SaveChangesAsync();
        return m;
    });

    private Task ChangedMeanwhileAsync<T>(Func<AppDbContext, IQueryable<T>> record) where T : class, IVersioned =>
        app.WithDbAsync(db => record(db).ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, Guid.NewGuid())));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stale_or_versionless_area_mapping_edit_is_refused_and_the_saved_mapping_kept(bool withoutVersion)
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var mapping = await AreaMappingAsync("W1");
        var edit = await admin.GetPageAsync($"/crime/area-mappings/{mapping.Id}");
        if (!withoutVersion)
        {
            await ChangedMeanwhileAsync(db => db.AreaSourceMappings.Where(m => m.Id == mapping.Id));
        }

        var w3 = (await app.AreaIdAsync("W3")).ToString(CultureInfo.InvariantCulture);
        var refused = await admin.SubmitAsync(edit, new Dictionary<string, string?> { ["AreaId"] = w3, ["Version"] = withoutVersion ? null : edit.Document.QuerySelector("#edit-area-mapping-form input[name=Version]")!.GetAttribute("value") },
            "#edit-area-mapping-form");
        Assert.Contains("changed by someone else", refused.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal(mapping.AreaId, await app.WithDbAsync(db => db.AreaSourceMappings.Where(m => m.Id == mapping.Id).Select(m => m.AreaId).SingleAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stale_or_versionless_area_mapping_delete_is_refused_and_the_mapping_kept(bool withoutVersion)
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var mapping = await AreaMappingAsync("W2");
        var edit = await admin.GetPageAsync($"/crime/area-mappings/{mapping.Id}");
        if (!withoutVersion)
        {
            await ChangedMeanwhileAsync(db => db.AreaSourceMappings.Where(m => m.Id == mapping.Id));
        }

        var refused = await admin.SubmitAsync(edit, withoutVersion ? new Dictionary<string, string?> { ["version"] = null } : null, "#delete-area-mapping-form");
        Assert.Contains("changed by someone else", refused.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.AreaSourceMappings.AnyAsync(m => m.Id == mapping.Id)));
    }

    [Fact]
    public async Task A_versionless_offense_mapping_edit_is_refused_and_the_saved_mapping_kept()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var mapping = await OffenseMappingAsync();
        var edit = await admin.GetPageAsync($"/crime/offense-mappings/{mapping.Id}");
        var refused = await admin.SubmitAsync(edit, new Dictionary<string, string?> { ["NibrsCode"] = "23C", ["Version"] = null }, "#edit-mapping-form");
        Assert.Contains("changed by someone else", refused.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("23H", await app.WithDbAsync(db => db.OffenseDescriptionMappings.Where(m => m.Id == mapping.Id).Select(m => m.NibrsCode).SingleAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stale_or_versionless_offense_mapping_delete_is_refused_and_the_mapping_kept(bool withoutVersion)
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var mapping = await OffenseMappingAsync();
        var edit = await admin.GetPageAsync($"/crime/offense-mappings/{mapping.Id}");
        if (!withoutVersion)
        {
            await ChangedMeanwhileAsync(db => db.OffenseDescriptionMappings.Where(m => m.Id == mapping.Id));
        }

        var refused = await admin.SubmitAsync(edit, withoutVersion ? new Dictionary<string, string?> { ["version"] = null } : null, "#delete-mapping-form");
        Assert.Contains("changed by someone else", refused.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.OffenseDescriptionMappings.AnyAsync(m => m.Id == mapping.Id)));
    }

    [Fact]
    public async Task A_versionless_offense_type_publish_is_refused_and_the_type_stays_staff_only()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var types = await admin.GetPageAsync("/crime/offense-types");
        // 35A: staff-only on a new portal (290, used before, is in the default public set now).
        var refused = await admin.SubmitAsync(types, new Dictionary<string, string?> { ["Version"] = null }, "#type-35A form");
        Assert.Contains("changed by someone else", refused.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == "35A").Select(c => c.IsPublic).SingleAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stale_or_versionless_action_item_outcome_is_refused_and_the_item_stays_open(bool withoutVersion)
    {
        var (officer, user) = await app.SignedInAsync(Roles.Officer);
        var meeting = await officer.SubmitAsync(await officer.GetPageAsync("/crime/reviews/new"), new Dictionary<string, string?> { ["Attendees"] = "Lt. Test" });
        var page = await officer.SubmitAsync(meeting, new Dictionary<string, string?> { ["What"] = "Walk the block", ["OwnerKind"] = "LiaisonOfficer", ["OwnerUserId"] = user.Id },
            formSelector: "#new-item-form");
        var itemId = await app.WithDbAsync(db => db.CrimeActionItems.Where(i => i.OwnerUserId == user.Id && i.What == "Walk the block").Select(i => i.Id).SingleAsync());
        if (!withoutVersion)
        {
            await ChangedMeanwhileAsync(db => db.CrimeActionItems.Where(i => i.Id == itemId));
        }

        var refused = await officer.SubmitAsync(page, new Dictionary<string, string?> { ["Status"] = "Done", ["Outcome"] = "Walked", ["Version"] = withoutVersion ? null : page.Document.QuerySelector("form.outcome-form input[name=Version]")!.GetAttribute("value") },
            formSelector: "form.outcome-form");
        Assert.Contains("changed by someone else", refused.StatusMessage);
        var item = await app.WithDbAsync(db => db.CrimeActionItems.AsNoTracking().SingleAsync(i => i.Id == itemId));
        Assert.Equal((ActionItemStatus.Open, (string?)null, (DateTime?)null), (item.Status, item.Outcome, item.ClosedUtc));
    }
}
