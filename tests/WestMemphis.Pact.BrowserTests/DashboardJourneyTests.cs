using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// The coordinator picks a period and an area on /dashboard, reads the figures the test arranged, downloads a table
/// as CSV and opens the printable report; axe finds nothing at desktop width or at 320 px.
/// </summary>
public sealed class DashboardJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_coordinator_picks_a_period_and_an_area_reads_the_figures_downloads_csv_and_prints_the_report()
    {
        // March 2025 in Ward 3: two cleanups held (one with a volunteer's 3.5 hours). Not counted: one in Ward 1, one in May, a draft.
        var (w3Id, w3Name) = await fixture.App.WithDbAsync(async db =>
        {
            var w3 = await db.Areas.SingleAsync(a => a.Code == "W3");
            var w1 = await db.Areas.SingleAsync(a => a.Code == "W1");
            var volunteer = new ApplicationUser { UserName = "dash-vol@example.com", Email = "dash-vol@example.com", NormalizedEmail = "DASH-VOL@EXAMPLE.COM", NormalizedUserName = "DASH-VOL@EXAMPLE.COM", FullName = "Dash Volunteer", CreatedUtc = DateTime.UtcNow };
            db.Users.Add(volunteer);
            Event Cleanup(int areaId, DateTime startUtc, EventStatus status = EventStatus.Completed) => new()
            {
                Title = "Dashboard cleanup " + Guid.NewGuid().ToString("N")[..6],
                Type = EventType.EnvironmentalCleanup,
                Location = "Broadway",
                AreaId = areaId,
                StartUtc = startUtc,
                EndUtc = startUtc.AddHours(4),
                Status = status,
                CreatedUtc = startUtc.AddDays(-30),
                PublishedUtc = startUtc.AddDays(-30),
            };
            var first = Cleanup(w3.Id, new DateTime(2025, 3, 8, 15, 0, 0, DateTimeKind.Utc));
            first.Shifts.Add(new Shift { Role = "Crew", Capacity = 5, Filled = 1, StartUtc = first.StartUtc, EndUtc = first.EndUtc });
            db.Events.AddRange(first, Cleanup(w3.Id, new DateTime(2025, 3, 22, 15, 0, 0, DateTimeKind.Utc)), Cleanup(w1.Id, new DateTime(2025, 3, 15, 15, 0, 0, DateTimeKind.Utc)),
                Cleanup(w3.Id, new DateTime(2025, 5, 10, 15, 0, 0, DateTimeKind.Utc)), Cleanup(w3.Id, new DateTime(2025, 3, 29, 15, 0, 0, DateTimeKind.Utc), EventStatus.Draft));
            await db.SaveChangesAsync();
            db.Signups.Add(new Signup
            {
                ShiftId = first.Shifts[0].Id,
                VolunteerId = volunteer.Id,
                Status = SignupStatus.Attended,
                CreatedUtc = first.StartUtc.AddDays(-3),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
                CheckedInUtc = first.StartUtc,
                CheckedOutUtc = first.StartUtc.AddHours(3.5),
                Hours = 3.5,
                HoursApproved = true,
            });
            await db.SaveChangesAsync();
            return (w3.Id, w3.Name);
        });

        var email = $"coordinator-{Guid.NewGuid():N}@example.com";
        await fixture.App.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var page = await fixture.NewPageAsync();
        page.Context.SetDefaultTimeout(60_000);
        await page.LoginAsync(email);
        await page.GotoAsync("/dashboard");
        await page.AssertAccessibleAsync();

        // The period by keyboard (type the dates, press Enter on "Show"), the area with a click.
        await page.GetByLabel("From").FillAsync("2025-03-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2025-03-31");
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = w3Name });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#period-summary")).ToContainTextAsync(w3Name);
        Assert.Contains($"area={w3Id}", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#fig-events-held")).ToHaveTextAsync("2");
        var volunteers = page.Locator("#table-volunteers");
        await Assertions.Expect(volunteers).ToContainTextAsync("3.5");
        await page.AssertAccessibleAsync();

        // CSV of the events table: the same figure.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download “Events held by type” as CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Environmental cleanup,2,", csv.Replace("\"", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

        // The printable report for the month, with the area.
        await page.GetByRole(AriaRole.Link, new() { Name = "Monthly report to print" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(w3Name);
        await Assertions.Expect(page.Locator("#report-summary")).ToContainTextAsync("held 2 events");
        await page.AssertAccessibleAsync();

        // At 320 px both pages still pass.
        await page.SetViewportSizeAsync(320, 800);
        await page.AssertAccessibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#fig-events-held")).ToHaveTextAsync("2");
        await page.AssertAccessibleAsync();
    }
}
