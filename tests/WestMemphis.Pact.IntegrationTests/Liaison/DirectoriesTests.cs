using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>The congregations and partners directories.</summary>
public sealed class DirectoriesTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_coordinator_adds_a_congregation_whose_area_comes_from_its_address_then_clergy_and_an_assessment()
    {
        await factory.AddStreetAsync("W3", "S 8th St", 100, 1999);
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var created = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/congregations/new"), new Dictionary<string, string?>
        {
            ["Name"] = "Iglesia Nueva Vida",
            ["Denomination"] = "Baptist",
            ["Address"] = "318 South Eighth Street",
            ["Website"] = "https://example.org",
        });
        Assert.Contains("filled from the address", created.StatusMessage);
        Assert.Contains("Ward 3", created.Text);

        var clergy = await coordinator.SubmitAsync(created, new Dictionary<string, string?> { ["Name"] = "Pastor Ana Ruiz", ["Phone"] = "870-555-0123", ["PreferredContact"] = "Text" }, "#clergy-form");
        Assert.Equal("Clergy contact added.", clergy.StatusMessage);
        Assert.Contains("Pastor Ana Ruiz", clergy.Text);

        var id = await factory.WithDbAsync(db => db.Congregations.Where(c => c.Name == "Iglesia Nueva Vida").Select(c => c.Id).SingleAsync());
        var assessed = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/congregations/{id}/assessments/new"),
            new Dictionary<string, string?> { ["Attendance"] = "120", ["Cameras"] = "true", ["Recommendations"] = "Light the parking lot" });
        Assert.Equal("Security assessment saved.", assessed.StatusMessage);
        Assert.Contains("Light the parking lot", assessed.Text);

        var bad = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/congregations/new"), new Dictionary<string, string?>
        {
            ["Name"] = "X",
            ["Address"] = "1 Main",
            ["Website"] = "javascript:alert(1)",
        });
        Assert.Contains(bad.Errors, e => e.Contains("https://", StringComparison.Ordinal));

        var csv = await coordinator.GetStringAsync("/manage/congregations.csv");
        Assert.Contains("Iglesia Nueva Vida,Baptist,318 South Eighth Street,Ward 3", csv);
        // Residents never see the directory.
        var (resident, _) = await factory.SignedInAsync(Roles.Resident);
        var denied = await resident.GetPageAsync($"/manage/congregations/{id}");
        Assert.DoesNotContain("Pastor Ana Ruiz", denied.Text);
    }

    [Fact]
    public async Task An_officer_adds_a_partner_with_areas_served_and_edits_it()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.Officer);
        var w2 = (await factory.AreaIdAsync("W2")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await officer.GetPageAsync("/manage/partners/new");
        var form = page.Document.QuerySelector("main form[method=post]") as AngleSharp.Html.Dom.IHtmlFormElement;
        var fields = HtmlClient.FormFields(form!);
        fields.RemoveAll(f => f.Key is "Name" or "Kind");
        fields.AddRange([new("Name", "Eastside Watch"), new("Kind", nameof(PartnerKind.WatchGroup)), new("AreaIds", w2)]);
        var response = await officer.PostAsync("/manage/partners/new", new FormUrlEncodedContent(fields));
        var saved = await HtmlPage.FromAsync(response);
        Assert.Equal("Partner saved.", saved.StatusMessage);
        Assert.Contains("Ward 2", saved.Text);
        Assert.Contains("Watch group", saved.Text);

        var id = await factory.WithDbAsync(db => db.PartnerOrganizations.Where(p => p.Name == "Eastside Watch").Select(p => p.Id).SingleAsync());
        var edited = await officer.SubmitAsync(await officer.GetPageAsync($"/manage/partners/{id}/edit"), new Dictionary<string, string?> { ["Services"] = "Porch-light campaign" });
        Assert.Equal("Partner saved.", edited.StatusMessage);
        Assert.Equal(1, await factory.WithDbAsync(db => db.PartnerAreas.CountAsync(a => a.PartnerOrganizationId == id)));
        Assert.Contains("Eastside Watch,Watch group", await officer.GetStringAsync("/manage/partners.csv"));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetPageAsync("/manage/partners?kind=99&q=%00")).Status);
    }
}
