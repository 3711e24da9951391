using System.Net;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>Navigation grows with the roles a person holds, and never offers a link that leads nowhere.</summary>
public sealed class NavigationTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Resident)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Admin)]
    public async Task Every_link_in_the_navigation_and_on_the_home_page_works(string? role)
    {
        var client = factory.CreateBrowserClient();
        if (role is not null)
        {
            var email = $"nav-{role}-{Guid.NewGuid():N}@example.com".ToLowerInvariant();
            await factory.CreateUserAsync(email, TestUsers.Password, role);
            await client.LoginAsync(email);
        }

        var home = await client.GetPageAsync("/");
        var links = home.Document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode} for {role ?? "anonymous"}");
        }
    }

    [Fact]
    public async Task Staff_menus_appear_only_for_their_roles()
    {
        async Task<(string Main, string? Staff)> NavFor(string role)
        {
            var email = $"menu-{role}-{Guid.NewGuid():N}@example.com".ToLowerInvariant();
            await factory.CreateUserAsync(email, TestUsers.Password, role);
            var client = factory.CreateBrowserClient();
            await client.LoginAsync(email);
            var page = await client.GetPageAsync("/");
            return (page.Document.QuerySelector("nav[aria-label='Main']")!.TextContent, page.Document.QuerySelector("nav[aria-label='Staff']")?.TextContent);
        }

        var resident = await NavFor(Roles.Resident);
        Assert.Contains("My PACT", resident.Main);
        Assert.Null(resident.Staff);
        var coordinator = await NavFor(Roles.Coordinator);
        Assert.Contains("Visits", coordinator.Staff);
        Assert.DoesNotContain("Admin", coordinator.Staff);
        Assert.DoesNotContain("Crime", coordinator.Staff);
        var officer = await NavFor(Roles.Officer);
        Assert.Contains("Crime", officer.Staff);
        Assert.DoesNotContain("Visits", officer.Staff);
        var admin = await NavFor(Roles.Admin);
        Assert.Contains("Admin", admin.Staff);
        Assert.Contains("Visits", admin.Staff);
    }
}
