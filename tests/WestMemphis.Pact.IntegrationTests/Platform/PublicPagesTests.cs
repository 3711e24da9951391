using System.Net;
using System.Text.Json;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Platform;

public sealed class PublicPagesTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Home_page_names_the_unit_its_motto_and_both_phone_numbers()
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Police And Community Togetherness", page.Text);
        Assert.Contains("Making a Difference One Community at a Time", page.Text);
        Assert.Contains("870-735-1210", page.Text);
        Assert.Contains("901-205-8444", page.Text);
        Assert.Contains("911", page.Text);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.Document.QuerySelector("a.skip-link[href='#main']"));
    }

    [Theory]
    [InlineData("/about", "Clergy coordination and church visits")]
    [InlineData("/about", "Ward 3")]
    [InlineData("/accessibility", "2.1 level AA")]
    [InlineData("/privacy", "Social Security")]
    public async Task Information_pages_are_public(string url, string expected)
    {
        var page = await factory.CreateBrowserClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, page.Text);
    }

    [Fact]
    public async Task The_five_wards_are_seeded_with_focus_areas()
    {
        var areas = await factory.WithDbAsync(db => Task.FromResult(db.Areas.OrderBy(a => a.SortOrder).ToList()));

        Assert.Equal(["Ward 1", "Ward 2", "Ward 3", "Ward 4", "Ward 5"], areas.Select(a => a.Name));
        Assert.Contains(areas, a => a.IsFocusArea);
    }

    [Fact]
    public async Task Unknown_address_gets_a_friendly_404_not_a_login_prompt()
    {
        var page = await factory.CreateBrowserClient(followRedirects: false).GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text);
    }

    [Fact]
    public async Task Health_endpoint_reports_the_database_as_json()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("database", json.RootElement.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Front_end_assets_are_served_by_the_app_and_nothing_comes_from_another_site()
    {
        var client = factory.CreateBrowserClient();
        var page = await client.GetPageAsync("/");
        var assets = page.Document.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset);
            Assert.False(asset.StartsWith("//", StringComparison.Ordinal), asset);
            var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { "text/css", "text/javascript", "application/javascript" });
        }
    }

    [Fact]
    public async Task Anonymous_navigation_offers_log_in_and_register_but_no_staff_menus()
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/");
        var nav = page.Document.QuerySelector("nav")!.TextContent;

        Assert.Contains("Log in", nav);
        Assert.Contains("Register", nav);
        Assert.DoesNotContain("Manage", nav);
        Assert.DoesNotContain("Admin", nav);
        Assert.DoesNotContain("My PACT", nav);
    }
}

public sealed class PublicPageCacheTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Anonymous_public_pages_come_from_the_cache_until_an_event_changes()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/events");
        var second = await client.GetAsync("/events");
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // served from the output cache
        Assert.False(second.Headers.Contains("Set-Cookie"));

        await factory.WithDbAsync(async db =>
        {
            db.Events.Add(new WestMemphis.Pact.Domain.Event
            {
                Title = "Cache buster block party", Location = "Eugene Woods Civic Center", Type = WestMemphis.Pact.Domain.EventType.NationalNightOut,
                StartUtc = DateTime.UtcNow.AddDays(3), EndUtc = DateTime.UtcNow.AddDays(3).AddHours(2),
                Status = WestMemphis.Pact.Domain.EventStatus.Published, CreatedUtc = DateTime.UtcNow, PublishedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var third = await client.GetStringAsync("/events");
        Assert.Contains("Cache buster block party", third);
    }

    [Fact]
    public async Task Signed_in_visitors_never_get_the_anonymous_cached_page_nor_a_cached_page_not_marked_for_them()
    {
        var email = $"nocache-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        var anonymous = factory.CreateClient();
        var url = $"/events?visit={Guid.NewGuid():N}"; // a URL of this test's own: the other test counts on a cold /events
        await anonymous.GetAsync(url);
        Assert.NotNull((await anonymous.GetAsync(url)).Headers.Age);

        // Their own page (cached per session from the second view on: SignedInPageCacheTests), never the anonymous one.
        var mine = await client.GetAsync(url);
        Assert.Null(mine.Headers.Age);
        Assert.Contains(email, await mine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("no-store", mine.Headers.CacheControl!.ToString());

        // /about carries only the public policy: rendered for a signed-in visitor every time.
        await client.GetAsync("/about");
        var again = await client.GetAsync("/about");
        Assert.Null(again.Headers.Age);
        Assert.Contains("no-store", again.Headers.CacheControl!.ToString());
    }
}
