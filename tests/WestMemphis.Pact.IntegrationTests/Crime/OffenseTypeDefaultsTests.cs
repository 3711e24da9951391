using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>
/// Which offense types a new portal publishes, and publishing or withdrawing a whole NIBRS offense group at once on
/// /crime/offense-types (one audited post, checked against every type's version, never for a privacy-locked group).
/// </summary>
public sealed class OffenseTypeDefaultsTests(PactFactory app) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_new_portal_publishes_the_default_set_and_never_a_sex_offense_or_trafficking_type()
    {
        var codes = await app.WithDbAsync(db => db.NibrsOffenseCodes.AsNoTracking().Select(c => new { c.Code, c.IsPublic, c.IsSensitive }).ToListAsync());
        var expected = new[] { "120", "13A", "13B", "13C", "220", "23A", "23B", "23C", "23D", "23E", "23F", "23G", "23H", "240", "290" };
        // Other tests of this class change groups other than these; the default set itself is left alone by them.
        Assert.All(expected, code => Assert.True(codes.Single(c => c.Code == code).IsPublic, code));
        Assert.All(codes.Where(c => c.IsSensitive || NibrsCatalog.SensitiveCodes.Contains(c.Code)), c => Assert.False(c.IsPublic, c.Code));

        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var types = await admin.GetPageAsync("/crime/offense-types");
        Assert.Equal("Public", types.Document.QuerySelector("#type-220 .public-state")!.TextContent.Trim());
        Assert.Equal("All public", types.Document.QuerySelector("#group-theft .group-row .public-state")!.TextContent.Trim());
        Assert.Equal("Never (privacy)", types.Document.QuerySelector("#group-sex-offenses .group-row .public-state")!.TextContent.Trim());
        Assert.Null(types.Document.QuerySelector("#group-sex-offenses form"));
        Assert.Null(types.Document.QuerySelector("#group-human-trafficking form"));
    }

    [Fact]
    public async Task A_whole_group_is_published_and_withdrawn_in_one_audited_post_and_a_stale_page_changes_nothing()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var types = await admin.GetPageAsync("/crime/offense-types");
        Assert.Contains("Publish the group", types.Document.QuerySelector("#group-gambling form button")!.TextContent);

        var published = await admin.SubmitAsync(types, formSelector: "#group-gambling form");
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Contains("Gambling offenses is now shown on the public crime summary (4 types published)", published.Document.QuerySelector(".status-region")!.TextContent);
        foreach (var code in new[] { "39A", "39B", "39C", "39D" })
        {
            Assert.Equal("Public", published.Document.QuerySelector($"#type-{code} .public-state")!.TextContent.Trim());
            Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Published" && e.RecordType == "NibrsOffenseCode" && e.RecordId == code)));
        }

        // The page loaded before the change still offers "Publish the group" with the old versions: refused, nothing changes.
        var stale = await admin.SubmitAsync(types, formSelector: "#group-gambling form");
        Assert.Contains("changed by someone else", stale.Document.QuerySelector("#error-summary")!.TextContent);

        var withdrawn = await admin.SubmitAsync(published, formSelector: "#group-gambling form");
        Assert.Contains("Gambling offenses is now staff-only (4 types withdrawn)", withdrawn.Document.QuerySelector(".status-region")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.NibrsOffenseCodes.AnyAsync(c => c.Code.StartsWith("39") && c.IsPublic)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Unpublished" && e.RecordType == "NibrsOffenseCode" && e.RecordId == "39D")));

        // A versionless post is refused as well.
        var versionless = await admin.SubmitAsync(withdrawn, new Dictionary<string, string?> { ["Versions"] = null }, "#group-gambling form");
        Assert.Contains("changed by someone else", versionless.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.NibrsOffenseCodes.AnyAsync(c => c.Code.StartsWith("39") && c.IsPublic)));
    }

    [Theory]
    [InlineData("sex-offenses", "11A")]
    [InlineData("human-trafficking", "64A")]
    public async Task A_forged_post_cannot_publish_a_locked_group_and_says_why(string group, string code)
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var types = await admin.GetPageAsync("/crime/offense-types");
        var token = types.Document.QuerySelector("#group-theft form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var versions = await app.WithDbAsync(async db => string.Join(',', (await db.NibrsOffenseCodes.Select(c => new { c.Code, c.Version }).ToListAsync())
            .Where(c => OffenseGroups.Of(c.Code).Key == group).Select(c => c.Code + ":" + c.Version)));

        var refused = await HtmlPage.FromAsync(await admin.PostAsync($"/crime/offense-types/groups/{group}/publish",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Publish", "true"), new("Versions", versions)])));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("never shown publicly", refused.Document.QuerySelector("#error-summary")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == code).Select(c => c.IsPublic).SingleAsync()));

        var unknown = await admin.PostAsync("/crime/offense-types/groups/no-such-group/publish",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Publish", "true"), new("Versions", "")]));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Officers_cannot_publish_a_group()
    {
        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        var types = await admin.GetPageAsync("/crime/offense-types");
        var token = types.Document.QuerySelector("#group-drugs form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (officer, _) = await app.SignedInAsync(Roles.Officer);
        var response = await officer.PostAsync("/crime/offense-types/groups/drugs/publish",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Publish", "true"), new("Versions", "")]));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.NibrsOffenseCodes.AnyAsync(c => c.Code.StartsWith("35") && c.IsPublic)));
    }
}

/// <summary>/crime when the department has withdrawn every type: it says so, instead of a table of zeros.</summary>
public sealed class PublicCrimeNothingPublishedTests(PactFactory app) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task With_nothing_published_the_public_page_says_so_and_shows_the_table_again_once_a_group_is_published()
    {
        await app.WithDbAsync(db => db.NibrsOffenseCodes.ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, false)));
        var anonymous = app.CreateBrowserClient();
        var empty = await anonymous.GetPageAsync("/crime");
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("The department has not chosen which offenses to publish yet", empty.Document.QuerySelector(".nothing-published")!.TextContent);
        Assert.Null(empty.Document.QuerySelector("table.public-crime"));

        var (admin, _) = await app.SignedInAsync(Roles.Admin);
        await admin.SubmitAsync(await admin.GetPageAsync("/crime/offense-types"), formSelector: "#group-theft form");
        var table = await anonymous.GetPageAsync("/crime");
        Assert.Null(table.Document.QuerySelector(".nothing-published"));
        Assert.NotNull(table.Document.QuerySelector("table.public-crime"));
    }
}
