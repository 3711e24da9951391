using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>An admin draws an area's boundary on the map (no outside tiles) instead of typing GeoJSON.</summary>
public sealed class BoundaryEditorTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task An_admin_draws_moves_and_removes_corners_and_saves_a_valid_polygon(int width, int height)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var areaId = await fixture.App.WithDbAsync(async db =>
        {
            // A neighbour with a boundary, drawn in grey for reference, and the area being drawn.
            db.Areas.Add(new Area { Name = $"Neighbour {suffix}", Code = $"N{suffix}", BoundaryGeoJson = """{"type":"Polygon","coordinates":[[[-90.20,35.14],[-90.18,35.14],[-90.18,35.16],[-90.20,35.16],[-90.20,35.14]]]}""" });
            var area = new Area { Name = $"Drawn {suffix}", Code = $"D{suffix}" };
            db.Areas.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });
        var email = $"boundary-admin-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var page = await fixture.NewPageAsync(width, height);
        await page.LoginAsync(email);
        await page.GotoAsync($"/admin/areas/{areaId}");

        var map = page.Locator("#boundary-editor svg");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".boundary-other")).ToHaveCountAsync(await fixture.App.WithDbAsync(db => db.Areas.CountAsync(a => a.Id != areaId && a.BoundaryGeoJson != null)));
        var box = (await map.BoundingBoxAsync())!;
        foreach (var (x, y) in new[] { (0.2, 0.2), (0.8, 0.2), (0.8, 0.8), (0.2, 0.8) })
        {
            await map.ClickAsync(new() { Position = new() { X = (float)(box.Width * x), Y = (float)(box.Height * y) } });
        }

        await Assertions.Expect(page.Locator(".boundary-corner")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".boundary-summary")).ToHaveTextAsync("4 corners.");
        Assert.Equal(5, Ring(await page.Locator("#BoundaryGeoJson").InputValueAsync()).Count);

        // By keyboard: move a corner with the arrow keys, remove it with Delete, and Undo brings it back.
        var first = page.Locator(".boundary-corner").First;
        await first.FocusAsync();
        var before = Ring(await page.Locator("#BoundaryGeoJson").InputValueAsync())[0];
        await page.Keyboard.PressAsync("ArrowRight");
        var after = Ring(await page.Locator("#BoundaryGeoJson").InputValueAsync())[0];
        Assert.True(after[0] > before[0], "ArrowRight moves the corner east");
        await page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(page.Locator(".boundary-corner")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Assertions.Expect(page.Locator(".boundary-corner")).ToHaveCountAsync(4);
        await page.AssertAccessibleAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width);
        var shots = Environment.GetEnvironmentVariable("PACT_SHOTS") ?? Path.Combine(Path.GetTempPath(), "pact-shots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"boundary-editor-{width}.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Save area" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Area saved.");
        var saved = await fixture.App.WithDbAsync(db => db.Areas.Where(a => a.Id == areaId).Select(a => a.BoundaryGeoJson).SingleAsync());
        Assert.Null(AreaBoundary.Check(saved));
        Assert.Equal(5, Ring(saved!).Count);
        // Reopened, the editor draws the saved outline.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".boundary-corner")).ToHaveCountAsync(4);
    }

    private static List<double[]> Ring(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        return doc.RootElement.GetProperty("coordinates")[0].EnumerateArray()
            .Select(p => new[] { p[0].GetDouble(), p[1].GetDouble() }).ToList();
    }
}
