using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>Liaison field work on a phone-sized screen, with axe-core on each page.</summary>
public sealed class LiaisonJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_an_officer_logs_a_church_visit_with_a_follow_up_and_closes_it_and_a_resident_finds_their_officer()
    {
        var email = LiaisonSteps.Unique("journey-officer");
        var officer = await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Officer);
        await fixture.App.AddStreetAsync("W2", "E Broadway Ave", 100, 1999);
        await fixture.App.AssignAsync(officer.Id, "W2");
        var church = await fixture.App.CongregationAsync($"Mount Zion {Guid.NewGuid():N}"[..20], "620 E Broadway Ave", "W2");

        var page = await fixture.NewPageAsync();
        await page.LoginAsync(email);
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync("/liaison");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Log a contact" }).First.ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Church visit" });
        await page.GetByLabel("Purpose").FillAsync("Faith & Blue planning");
        await page.GetByLabel("Congregation (optional)").FillAsync(church.Name);
        await page.GetByLabel("What needs to happen").FillAsync("Send the security checklist");
        await page.GetByLabel("Due").FillAsync(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Logged: Church visit, with a follow-up");
        await Assertions.Expect(page.GetByText("Send the security checklist")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByText("Close this follow-up").ClickAsync();
        await page.GetByLabel("Outcome").FillAsync("Emailed it to the pastor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close follow-up" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Follow-up closed.");
        await Assertions.Expect(page.GetByText("Emailed it to the pastor")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the contact page scrolls sideways on a phone ({width}px)");
        await page.Context.CloseAsync();

        var resident = await fixture.NewPageAsync(390, 844);
        await resident.GotoAsync("/");
        await resident.GetByLabel("Your street address").FillAsync("620 east broadway avenue apt 2");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Find my officer" }).ClickAsync();
        await Assertions.Expect(resident.Locator("#find-result")).ToContainTextAsync("Ward 2");
        await Assertions.Expect(resident.Locator("#find-result")).ToContainTextAsync(officer.FullName);
        await resident.AssertAccessibleAsync();
    }
}
