using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Crime.DemoData;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// The officer's crime review: a list of cards on a phone (no sideways scrolling), the wide table on a desktop, flag
/// badges whose colour and words differ for up and down, and an area map that draws the wards from their boundaries.
/// </summary>
public sealed class CrimeReviewPhoneTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Source = "phone-review";

    /// <summary>Property crime far up in the last week (flagged up), crimes against persons far down (flagged down), and the wards drawn.</summary>
    private Task SeedAsync() => fixture.App.WithDbAsync(async db =>
    {
        if (await db.Incidents.AnyAsync(i => i.Source == Source))
        {
            return;
        }

        var wards = await db.Areas.ToListAsync();
        foreach (var ward in wards)
        {
            ward.BoundaryGeoJson ??= DemoWardBoundaries.For(ward.Code);
        }

        var w2 = wards.Single(w => w.Code == "W2").Id;
        var now = DateTime.UtcNow;
        for (var i = 0; i < 25; i++)
        {
            Add(db, "23F", OffenseCategory.Property, PartIClass.Property, now.AddDays(-2).AddMinutes(-i * 7), w2);
            Add(db, "13B", OffenseCategory.Persons, PartIClass.None, now.AddDays(-40).AddMinutes(-i * 7), w2);
        }

        await db.SaveChangesAsync();
    });

    private static void Add(WestMemphis.Pact.Data.AppDbContext db, string code, OffenseCategory category, PartIClass partI, DateTime when, int area)
    {
        var incident = new Incident
        {
            Source = Source, SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = when, HundredBlock = "1500 BLOCK N MISSOURI ST",
            AreaId = area, AreaPlacement = AreaPlacement.Address, HighestOffenseCode = code, OffenseCount = 1, UpdatedAtUtc = when,
        };
        incident.Offenses.Add(new IncidentOffense { OffenseKey = code, NibrsCode = code, Description = code, Category = category, UcrPart = 1, PartIClass = partI, OccurredAtUtc = when, AreaId = area });
        db.Incidents.Add(incident);
    }

    private async Task<IPage> ReviewAsync(int width)
    {
        await SeedAsync();
        var email = $"review-{width}-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Officer);
        var page = await fixture.NewPageAsync(width: width, height: width < 768 ? 844 : 900);
        await page.LoginAsync(email);
        await page.GotoAsync("/crime/review");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"pact-crime-review-{width}.png"), FullPage = true });
        return page;
    }

    [Fact]
    public async Task On_a_phone_the_review_is_a_list_of_cards_within_390_pixels_with_up_and_down_told_apart()
    {
        var page = await ReviewAsync(390);

        await Assertions.Expect(page.Locator(".comparison-cards")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".comparison-table")).ToBeHiddenAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "the review scrolls sideways at 390 px");

        var property = page.Locator(".comparison-card").Filter(new() { HasText = "property" }).First;
        await Assertions.Expect(property).ToContainTextAsync("up from none — 25 vs 0");
        await Assertions.Expect(property).ToContainTextAsync("unusually high, z = 10.0");
        var up = page.Locator(".comparison-cards .flag-up").First;
        var down = page.Locator(".comparison-cards .flag-down").First;
        await Assertions.Expect(up).ToContainTextAsync("Flagged up: unusually high");
        await Assertions.Expect(down).ToContainTextAsync("Flagged down: unusually low");
        Assert.NotEqual(await BackgroundAsync(up), await BackgroundAsync(down));

        await Assertions.Expect(page.Locator("#area-map")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#area-map path").CountAsync() >= 5, "the area map draws every ward");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_review_is_the_table_and_the_map_draws_the_wards()
    {
        var page = await ReviewAsync(1280);

        await Assertions.Expect(page.Locator(".comparison-table table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".comparison-cards")).ToBeHiddenAsync();
        var up = page.Locator(".comparison-table .flag-up").First;
        var down = page.Locator(".comparison-table .flag-down").First;
        await Assertions.Expect(up).ToContainTextAsync("Flagged up");
        await Assertions.Expect(down).ToContainTextAsync("Flagged down");
        Assert.NotEqual(await BackgroundAsync(up), await BackgroundAsync(down));

        var shapes = page.Locator("#area-map path");
        Assert.True(await shapes.CountAsync() >= 5, "the area map draws every ward");
        var box = await shapes.First.BoundingBoxAsync();
        Assert.True(box is { Width: > 20, Height: > 20 }, "a ward is drawn with a real size");
        Assert.Equal(0, await page.Locator(".map-missing").CountAsync());
        await page.AssertAccessibleAsync();
    }

    private static Task<string> BackgroundAsync(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
