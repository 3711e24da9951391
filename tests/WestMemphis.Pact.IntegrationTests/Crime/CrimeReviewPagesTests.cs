using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>The review, the audited incident detail, the public summary's privacy and the meetings' carry-over, through HTTP.</summary>
public sealed class CrimeReviewPagesTests(PactFactory app) : IClassFixture<PactFactory>
{
    private Task<long> OffenseAsync(string code, OffenseCategory category, PartIClass partI, DateTime occurredUtc, string ward, bool domestic = false, string address = "1523 N Missouri St") =>
        app.WithDbAsync(async db =>
        {
            var area = await db.Areas.Where(a => a.Code == ward).Select(a => a.Id).SingleAsync();
            var incident = new Incident
            {
                Source = "test", SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = occurredUtc, Address = address,
                HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area, IsDomestic = domestic, OffenseCount = 1, UpdatedAtUtc = occurredUtc,
            };
            incident.Offenses.Add(new IncidentOffense { OffenseKey = code, NibrsCode = code, Description = "test " + code, Category = category, PartIClass = partI, OccurredAtUtc = occurredUtc, AreaId = area });
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
            return incident.Id;
        });

    [Fact]
    public async Task Review_table_matches_a_hand_computed_table_and_incident_views_are_audited()
    {
        var (client, _) = await app.SignedInAsync(Roles.Officer);
        var id = await OffenseAsync("13A", OffenseCategory.Persons, PartIClass.Violent, new DateTime(2026, 11, 20, 18, 0, 0, DateTimeKind.Utc), "W3");
        await OffenseAsync("13A", OffenseCategory.Persons, PartIClass.Violent, new DateTime(2026, 11, 20, 19, 0, 0, DateTimeKind.Utc), "W3");
        await OffenseAsync("13A", OffenseCategory.Persons, PartIClass.Violent, new DateTime(2026, 11, 15, 18, 0, 0, DateTimeKind.Utc), "W3");
        // 24 Nov 2026 at 11 PM Central is 05:00 UTC on the 25th: still inside a period ending on the 24th.
        await OffenseAsync("23C", OffenseCategory.Property, PartIClass.Property, new DateTime(2026, 11, 25, 5, 0, 0, DateTimeKind.Utc), "W3");
        var area = await app.AreaIdAsync("W3");

        var page = await client.GetPageAsync($"/crime/review?end=2026-11-24&area={area}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.True(page.Response.Headers.Contains("Server-Timing"));
        var row = page.Document.QuerySelectorAll("table.comparison tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "Crimes against persons");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2", "1", "+1", "+100.0%", "+0.83"], cells.Take(5));
        var property = page.Document.QuerySelectorAll("table.comparison tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "Crimes against property");
        Assert.Equal(["1", "0", "+1", "n/a", "+2.00"], property.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Take(5));

        // The drill-down behind "2" lists those two offenses.
        var link = row.QuerySelector("td a")!.GetAttribute("href")!;
        var list = await client.GetPageAsync(link);
        Assert.Equal("2", list.Document.QuerySelector("#offense-count")!.TextContent.Trim());

        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "Incident" && e.RecordId == id.ToString()));
        var detail = await client.GetPageAsync($"/crime/incidents/{id}");
        Assert.Contains("1523 N Missouri St", detail.Text, StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "Incident" && e.RecordId == id.ToString() && e.Action == "Viewed")));

        var csv = await client.GetAsync($"/crime/review.csv?end=2026-11-24&area={area}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Crimes against persons,Last 7 days,2026-11-18,2026-11-24,2,1,+1,+100.0%,+0.83,no", (await csv.Content.ReadAsStringAsync()).Replace("'+", "+", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_summary_never_locates_sensitive_or_domestic_offenses_and_shows_no_address()
    {
        await app.WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == "13A" || c.Code == "11A").ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, true)));
        var month = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 15, 18, 0, 0, DateTimeKind.Utc).AddMonths(-2);
        for (var i = 0; i < 4; i++)
        {
            await OffenseAsync("11A", OffenseCategory.Persons, PartIClass.Violent, month, "W5");
            await OffenseAsync("13A", OffenseCategory.Persons, PartIClass.Violent, month, "W4", domestic: true, address: "4321 Secret Ln");
        }

        var page = await app.CreateBrowserClient().GetPageAsync($"/crime?month={month:yyyy-MM}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        string Row(string label) => page.Document.QuerySelectorAll("table.public-crime tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == label)
            .QuerySelectorAll("td").First().TextContent.Trim();
        Assert.Equal("0", Row("Ward 5"));
        Assert.Equal("0", Row("Ward 4"));
        Assert.Equal("8", Row("Not located in an area"));
        Assert.DoesNotContain("Secret", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("1523", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_action_items_carry_over_to_the_next_meeting_of_the_same_areas()
    {
        var (client, officer) = await app.SignedInAsync(Roles.Officer);
        var w2 = (await app.AreaIdAsync("W2")).ToString();
        var form = await client.GetPageAsync("/crime/reviews/new");
        var first = await client.SubmitAsync(form, new Dictionary<string, string?> { ["AreaIds"] = w2, ["Attendees"] = "Lt. Test" });
        Assert.Matches(@"/crime/reviews/\d+$", first.Url.AbsolutePath);
        var added = await client.SubmitAsync(first, new Dictionary<string, string?> { ["What"] = "Walk the 1500 block", ["OwnerKind"] = "LiaisonOfficer", ["OwnerUserId"] = officer.Id },
            formSelector: "#new-item-form");
        Assert.Contains("Walk the 1500 block", added.Text, StringComparison.Ordinal);
        var liaison = await client.GetPageAsync("/liaison");
        Assert.Contains("Walk the 1500 block", liaison.Text, StringComparison.Ordinal);

        var second = await client.SubmitAsync(await client.GetPageAsync("/crime/reviews/new"), new Dictionary<string, string?> { ["AreaIds"] = w2, ["Attendees"] = "Lt. Test" });
        Assert.Contains("1 open action item carried over", second.StatusMessage, StringComparison.Ordinal);
        Assert.Contains("Walk the 1500 block", second.Text, StringComparison.Ordinal);
        Assert.Contains("carried over from the meeting", second.Text, StringComparison.Ordinal);

        // A meeting of other areas does not take it.
        var other = await client.SubmitAsync(await client.GetPageAsync("/crime/reviews/new"), new Dictionary<string, string?> { ["Attendees"] = "Lt. Test" });
        Assert.DoesNotContain("Walk the 1500 block", other.Text, StringComparison.Ordinal);

        // Its outcome recorded at the second meeting closes it: it leaves the officer's list.
        var done = await client.SubmitAsync(second, new Dictionary<string, string?> { ["Status"] = "Done", ["Outcome"] = "Walked twice" }, formSelector: "form.outcome-form");
        Assert.Contains("Walked twice", done.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Walk the 1500 block", (await client.GetPageAsync("/liaison")).Text, StringComparison.Ordinal);
    }
}
