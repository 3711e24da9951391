using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>/admin/areas, /admin/assignments, public /areas and the home page's "find your liaison officer" box.</summary>
public sealed class AreasAndAssignmentsTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task An_admin_adds_street_ranges_and_an_overlap_with_another_area_is_refused_naming_both()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var w1 = await factory.AreaIdAsync("W1");
        var w4 = await factory.AreaIdAsync("W4");

        var page = await admin.GetPageAsync($"/admin/areas/{w1}");
        var added = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["StreetName"] = "North Kentucky Street", ["FromNumber"] = "100", ["ToNumber"] = "999", ["Parity"] = "Odd" }, "#street-form");
        Assert.Contains("Added 100–999", added.StatusMessage);
        Assert.Contains("N KENTUCKY ST", added.Text);

        // The even side may go to another area; an overlapping odd number may not.
        var even = await admin.SubmitAsync(await admin.GetPageAsync($"/admin/areas/{w4}"),
            new Dictionary<string, string?> { ["StreetName"] = "N. Kentucky St", ["FromNumber"] = "100", ["ToNumber"] = "999", ["Parity"] = "Even" }, "#street-form");
        Assert.Contains("Added", even.StatusMessage);
        var before = await factory.WithDbAsync(db => db.StreetRanges.CountAsync());
        var clash = await admin.SubmitAsync(await admin.GetPageAsync($"/admin/areas/{w4}"),
            new Dictionary<string, string?> { ["StreetName"] = "n kentucky st", ["FromNumber"] = "501", ["ToNumber"] = "501", ["Parity"] = "Both" }, "#street-form");
        Assert.Equal(HttpStatusCode.OK, clash.Status);
        Assert.Contains(clash.Errors, e => e.Contains("overlaps 100–999", StringComparison.Ordinal) && e.Contains("Ward 1", StringComparison.Ordinal) && e.Contains("Ward 4", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.StreetRanges.CountAsync()));
        Assert.Equal("501", clash.FieldValue("FromNumber"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Simultaneous_saves_of_overlapping_street_ranges_in_different_areas_let_exactly_one_in(int admins)
    {
        var codes = new[] { "W1", "W2", "W3", "W4", "W5" };
        var street = $"Race {admins} {Guid.NewGuid().ToString("N")[..6]} Street";
        var clients = new List<(HttpClient Client, HtmlPage Page, string Area)>();
        for (var i = 0; i < admins; i++)
        {
            var (admin, _) = await factory.SignedInAsync(Roles.Admin);
            var area = await factory.AreaIdAsync(codes[i]);
            clients.Add((admin, await admin.GetPageAsync($"/admin/areas/{area}"), codes[i]));
        }

        // Every form is loaded first, then all are posted at once, each with a range overlapping all the others.
        var results = await Task.WhenAll(clients.Select((c, i) => c.Client.SubmitAsync(c.Page,
            new Dictionary<string, string?> { ["StreetName"] = street, ["FromNumber"] = (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ["ToNumber"] = "900", ["Parity"] = "Both" }, "#street-form")));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(results, r => r.StatusMessage?.Contains("Added", StringComparison.Ordinal) == true);
        var refused = results.Where(r => r.StatusMessage?.Contains("Added", StringComparison.Ordinal) != true).ToList();
        Assert.Equal(admins - 1, refused.Count);
        Assert.All(refused, r => Assert.Contains(r.Errors, e => e.Contains("overlaps", StringComparison.Ordinal) && e.Contains("Ward", StringComparison.Ordinal)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.StreetRanges.CountAsync(r => r.StreetName == street)));
    }

    [Theory]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[-90.18,35.15]}", "not a polygon")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.17,35.16],[-90.18,35.17]]]}", "does not close")]
    [InlineData("{\"type\":\"Polygon\"", "not valid JSON")]
    public async Task A_boundary_that_is_not_a_closed_polygon_is_refused_and_the_saved_one_kept(string geoJson, string message)
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var w5 = await factory.AreaIdAsync("W5");
        const string good = "{\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.17,35.16],[-90.19,35.14]]]}";
        var saved = await admin.SubmitAsync(await admin.GetPageAsync($"/admin/areas/{w5}"), new Dictionary<string, string?> { ["BoundaryGeoJson"] = good }, "#area-form");
        Assert.Equal("Area saved.", saved.StatusMessage);

        var refused = await admin.SubmitAsync(await admin.GetPageAsync($"/admin/areas/{w5}"), new Dictionary<string, string?> { ["BoundaryGeoJson"] = geoJson }, "#area-form");
        Assert.Contains(refused.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(good, await factory.WithDbAsync(db => db.Areas.Where(a => a.Id == w5).Select(a => a.BoundaryGeoJson).SingleAsync()));
    }

    [Fact]
    public async Task Assignments_keep_their_history_and_the_same_officer_twice_on_an_area_for_overlapping_dates_is_refused()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var officer = await factory.CreateUserAsync(LiaisonSteps.Unique("officer"), TestUsers.Password, Roles.Officer);
        var w3 = await factory.AreaIdAsync("W3");
        var fields = new Dictionary<string, string?> { ["OfficerId"] = officer.Id, ["AreaId"] = w3.ToString(System.Globalization.CultureInfo.InvariantCulture), ["StartDate"] = "2026-01-05", ["WeeklyHours"] = "12" };

        var assigned = await admin.SubmitAsync(await admin.GetPageAsync("/admin/assignments"), fields, "#assign-form");
        Assert.Contains("is assigned to Ward 3", assigned.StatusMessage);

        var twice = await admin.SubmitAsync(await admin.GetPageAsync("/admin/assignments"), new Dictionary<string, string?>(fields) { ["StartDate"] = "2026-03-01" }, "#assign-form");
        Assert.Contains(twice.Errors, e => e.Contains("already assigned to Ward 3", StringComparison.Ordinal));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LiaisonAssignments.CountAsync(a => a.OfficerId == officer.Id)));

        var id = await factory.WithDbAsync(db => db.LiaisonAssignments.Where(a => a.OfficerId == officer.Id).Select(a => a.Id).SingleAsync());
        var ended = await admin.SubmitAsync(await admin.GetPageAsync("/admin/assignments"), new Dictionary<string, string?> { ["EndDate"] = "2026-02-28" }, $"form[action='/admin/assignments/{id}/end']");
        Assert.Contains("ends on", ended.StatusMessage);

        // After the end, a new assignment from the next day is fine, and both rows stay.
        var again = await admin.SubmitAsync(await admin.GetPageAsync("/admin/assignments"), new Dictionary<string, string?>(fields) { ["StartDate"] = "2026-03-01" }, "#assign-form");
        Assert.Contains("is assigned", again.StatusMessage);
        var rows = await factory.WithDbAsync(db => db.LiaisonAssignments.Where(a => a.OfficerId == officer.Id).OrderBy(a => a.StartDate).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal(new DateOnly(2026, 2, 28), rows[0].EndDate);

        var residentOnly = await factory.CreateUserAsync(LiaisonSteps.Unique("resident"));
        var refused = await admin.SubmitAsync(await admin.GetPageAsync("/admin/assignments"), new Dictionary<string, string?>(fields) { ["OfficerId"] = residentOnly.Id, ["StartDate"] = "2027-01-01" }, "#assign-form");
        Assert.Contains(refused.Errors, e => e.Contains("Officer role", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resident_finds_their_liaison_officer_from_the_home_page_and_sees_no_private_contact_details()
    {
        await factory.AddStreetAsync("W2", "N Missouri St", 1000, 1999);
        await factory.AddStreetAsync("W5", "S Missouri St", 1000, 1999);
        var officer = await factory.CreateUserAsync(LiaisonSteps.Unique("finder-officer"), TestUsers.Password, Roles.Officer);
        await factory.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Id == officer.Id);
            u.FullName = "Officer Casey Finder";
            u.PhoneNumber = "901-555-0147";
            await db.SaveChangesAsync();
        });
        await factory.AssignAsync(officer.Id, "W2");
        var resident = factory.CreateBrowserClient();

        foreach (var typed in new[] { "1500 N Missouri St", "1500 north missouri street apt 4", "1500 N. Missouri" })
        {
            var home = await resident.GetPageAsync("/");
            var form = home.Document.QuerySelector("form[action='/areas/find']");
            Assert.NotNull(form);
            var found = await resident.GetPageAsync("/areas/find?address=" + Uri.EscapeDataString(typed));
            Assert.Equal(HttpStatusCode.OK, found.Status);
            Assert.Contains("Ward 2", found.Document.QuerySelector("#find-result")!.TextContent);
            Assert.Contains("Officer Casey Finder", found.Text);
            Assert.DoesNotContain("901-555-0147", found.Html);
            Assert.DoesNotContain(officer.Email!, found.Html);
            Assert.Contains("870-735-1210", found.Text);
        }

        var nowhere = await resident.GetPageAsync("/areas/find?address=" + Uri.EscapeDataString("99999 Nowhere Rd"));
        Assert.Contains("did not find", nowhere.Text);
        Assert.Contains("Ward 4", nowhere.Text);
        var ambiguous = await resident.GetPageAsync("/areas/find?address=1500+Missouri");
        Assert.Contains("more than one area", ambiguous.Text);
        foreach (var junk in BadInputKit.Values.Take(12))
        {
            var page = await resident.GetPageAsync("/areas/find?address=" + Uri.EscapeDataString(junk));
            Assert.True(page.Status == HttpStatusCode.OK, $"{(int)page.Status} for '{junk[..Math.Min(20, junk.Length)]}'");
            Assert.Null(page.Document.QuerySelector("main svg"));
        }

        var areas = await resident.GetPageAsync("/areas");
        Assert.Contains("Officer Casey Finder", areas.Text);
        Assert.DoesNotContain("901-555-0147", areas.Html);
    }
}
