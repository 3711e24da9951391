using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Problems;

/// <summary>
/// A problem's offense types are real NIBRS codes picked from checkboxes; the assessment counts offenses of those
/// types in the problem's area over equal periods before and after the response. Links to concerns, partners and
/// congregations can be removed, with stale pages refused and every change audited.
/// </summary>
public sealed class ProblemOffensesAndLinksTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Unknown_offense_codes_are_refused_with_a_message_and_nothing_is_saved()
    {
        var officer = await factory.StaffAsync();
        var before = await factory.WithDbAsync(db => db.Problems.CountAsync());
        var page = await officer.GetPageAsync("/problems/new");
        Tick(page, "23F");
        var form = (IHtmlFormElement)page.Document.QuerySelector("main form[method=post]")!;
        var forged = (IHtmlInputElement)page.Document.CreateElement("input");
        forged.Type = "checkbox";
        forged.Name = "OffenseCodes";
        forged.Value = "ZZZ";
        forged.IsChecked = true;
        form.AppendChild(forged);

        var result = await officer.SubmitAsync(page, new Dictionary<string, string?> { ["Title"] = "Car break-ins at the Walmart lot" });

        Assert.Contains("There is no NIBRS offense code ZZZ. Choose offense types from the list.", result.Errors);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Problems.CountAsync()));
        Assert.True(((IHtmlInputElement)result.Document.QuerySelector("#offense-23F")!).IsChecked, "The valid choice is kept for the next try.");
        Assert.Equal("Car break-ins at the Walmart lot", result.FieldValue("Title"));
    }

    [Fact]
    public async Task Assessment_counts_offenses_of_the_chosen_types_in_the_area_over_equal_periods()
    {
        var officer = await factory.StaffAsync();
        var (w2, w3) = await factory.WithDbAsync(async db => (await db.Areas.SingleAsync(a => a.Code == "W2"), await db.Areas.SingleAsync(a => a.Code == "W3")));

        // After the response: 1–30 April 2025 (Central). Before: the 30 days ending 31 March, that is 2–31 March.
        // Central midnight is 06:00 UTC before 9 March 2025 (CST) and 05:00 UTC after (CDT).
        var n = 0;
        await factory.WithDbAsync(async db =>
        {
            void Add(int? area, DateTime occurredUtc, params string[] codes)
            {
                var incident = new Incident
                {
                    Source = "test-problems",
                    SourceIncidentNumber = $"P-{++n}",
                    OccurredAtUtc = occurredUtc,
                    AreaId = area,
                    AreaPlacement = area is null ? Domain.Crime.AreaPlacement.Unassigned : Domain.Crime.AreaPlacement.SourceMapping,
                    OffenseCount = codes.Length,
                    UpdatedAtUtc = DateTime.UtcNow,
                };
                foreach (var code in codes)
                {
                    incident.Offenses.Add(new IncidentOffense
                    {
                        OffenseKey = code,
                        NibrsCode = code,
                        Description = code,
                        Category = OffenseCategory.Property,
                        OccurredAtUtc = occurredUtc,
                        AreaId = area,
                    });
                }

                db.Incidents.Add(incident);
            }

            // Counted before (3): the first minute of 2 March, the last minutes of 31 March, and the 23F of a two-offense incident.
            Add(w2.Id, Utc(2025, 3, 2, 6, 0), "23F");
            Add(w2.Id, Utc(2025, 4, 1, 4, 30), "23F");
            Add(w2.Id, Utc(2025, 3, 15, 12, 0), "23F", "13A");
            // Counted after (4): 23F on the first and last minute and mid-month, and a burglary (220).
            Add(w2.Id, Utc(2025, 4, 1, 5, 0), "23F");
            Add(w2.Id, Utc(2025, 4, 15, 12, 0), "23F");
            Add(w2.Id, Utc(2025, 5, 1, 4, 59), "23F");
            Add(w2.Id, Utc(2025, 4, 20, 12, 0), "220");
            // Not counted: outside the periods, another area, no area, another type.
            Add(w2.Id, Utc(2025, 3, 2, 5, 59), "23F");
            Add(w2.Id, Utc(2025, 5, 1, 5, 0), "23F");
            Add(w3.Id, Utc(2025, 4, 10, 12, 0), "23F");
            Add(null, Utc(2025, 4, 10, 12, 0), "23F");
            Add(w2.Id, Utc(2025, 4, 10, 12, 0), "13B");
            Add(w2.Id, Utc(2025, 3, 10, 12, 0), "290");
            await db.SaveChangesAsync();
        });

        var page = await officer.GetPageAsync("/problems/new");
        Tick(page, "23F");
        Tick(page, "220");
        var opened = await officer.SubmitAsync(page, new Dictionary<string, string?> { ["Title"] = "Car break-ins on Broadway", ["AreaId"] = w2.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(opened.Url.AbsolutePath.StartsWith("/problems/", StringComparison.Ordinal), string.Join(" | ", opened.Errors));
        var id = int.Parse(opened.Url.AbsolutePath["/problems/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["220", "23F"], await factory.WithDbAsync(db => db.ProblemOffenseCodes.Where(c => c.ProblemId == id).Select(c => c.NibrsCode).OrderBy(c => c).ToListAsync()));
        Assert.Contains("23F Theft From Motor Vehicle", opened.Document.QuerySelector("#offense-types")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // Editing something else keeps the choice (the boxes come back ticked).
        var edit = await officer.GetPageAsync($"/problems/{id}/edit");
        Assert.True(((IHtmlInputElement)edit.Document.QuerySelector("#offense-220")!).IsChecked);
        await officer.SubmitAsync(edit, new Dictionary<string, string?> { ["Summary"] = "Windows smashed overnight." });
        Assert.Equal(2, await factory.WithDbAsync(db => db.ProblemOffenseCodes.CountAsync(c => c.ProblemId == id)));

        var details = await officer.GetPageAsync($"/problems/{id}");
        var assessed = await officer.SubmitAsync(details, new Dictionary<string, string?>
        {
            ["AfterStart"] = "2025-04-01",
            ["AfterEnd"] = "2025-04-30",
            ["ResponseCarriedOut"] = "true",
            ["Effective"] = "false",
            ["Notes"] = "",
        }, "#assessment-form");

        Assert.Empty(assessed.Errors);
        var problem = await factory.WithDbAsync(db => db.Problems.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal((3, 4), (problem.IncidentsBefore, problem.IncidentsAfter));
        Assert.Equal((new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 31)), (problem.BeforeStart!.Value, problem.BeforeEnd!.Value));
        Assert.Equal("3 before, 4 after: up 1 (+33%)", assessed.Document.QuerySelector("#assessment-offenses")!.TextContent.Trim());
    }

    [Fact]
    public async Task Concerns_partners_and_congregations_can_be_unlinked_and_a_stale_page_is_refused()
    {
        var officer = await factory.StaffAsync();
        var code = await factory.CreateBrowserClient().ReportConcernAsync();
        var (partnerId, congregationId) = await factory.WithDbAsync(async db =>
        {
            var partner = new PartnerOrganization { Name = "Broadway Merchants Association " + Guid.NewGuid().ToString("N")[..6], Kind = default };
            var congregation = new Congregation { Name = "Mt. Olive Baptist " + Guid.NewGuid().ToString("N")[..6], Address = "100 E Broadway" };
            db.PartnerOrganizations.Add(partner);
            db.Congregations.Add(congregation);
            await db.SaveChangesAsync();
            return (partner.Id, congregation.Id);
        });
        var opened = await officer.SubmitAsync(await officer.GetPageAsync("/problems/new"), new Dictionary<string, string?> { ["Title"] = "Loitering at the corner store" });
        var id = int.Parse(opened.Url.AbsolutePath["/problems/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var linked = await officer.SubmitAsync(opened, new Dictionary<string, string?>
        {
            ["ReferenceCode"] = code,
            ["PartnerId"] = partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CongregationId"] = congregationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "#link-form");
        Assert.Equal(3, linked.Document.QuerySelectorAll("form.unlink-form").Length);

        // Two tabs show the same page; the first unlinks the partner, the second (now stale) tries the congregation.
        var stale = linked;
        var afterPartner = await officer.SubmitAsync(linked, formSelector: "#linked-partners form");
        Assert.Equal("Unlinked: partner.", afterPartner.StatusMessage);
        Assert.Null(afterPartner.Document.QuerySelector("#linked-partners"));
        Assert.False(await factory.WithDbAsync(db => db.ProblemPartners.AnyAsync(x => x.ProblemId == id)));

        var refused = await officer.SubmitAsync(stale, formSelector: "#linked-congregations form");
        Assert.Contains(WestMemphis.Pact.Web.Features.Problems.ProblemsController.ChangedBySomeoneElse, refused.Errors);
        Assert.True(await factory.WithDbAsync(db => db.ProblemCongregations.AnyAsync(x => x.ProblemId == id && x.CongregationId == congregationId)));

        // Bad input on the unlink form (with a version nobody holds, so every try is refused and the link stays).
        await BadInputKit.RunAsync(officer, $"/problems/{id}", new Dictionary<string, string?> { ["Version"] = Guid.Empty.ToString() },
            () => factory.WithDbAsync(db => db.ProblemCongregations.CountAsync(x => x.ProblemId == id)), "#linked-congregations form");
        Assert.True(await factory.WithDbAsync(db => db.ProblemCongregations.AnyAsync(x => x.ProblemId == id)));

        var afterCongregation = await officer.SubmitAsync(await officer.GetPageAsync($"/problems/{id}"), formSelector: "#linked-congregations form");
        Assert.Equal("Unlinked: congregation.", afterCongregation.StatusMessage);
        var afterConcern = await officer.SubmitAsync(afterCongregation, formSelector: "form.unlink-form");
        Assert.Equal($"Unlinked: concern {code}.", afterConcern.StatusMessage);
        Assert.Null((await factory.ConcernAsync(code)).ProblemId);
        Assert.Empty(afterConcern.Document.QuerySelectorAll("form.unlink-form"));

        // The interceptor also records the problem's own Created/Updated rows; the links have entries of their own.
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordType == "Problem" && a.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && (a.Action == "Linked" || a.Action == "Unlinked"))
            .OrderBy(a => a.Id).Select(a => a.Action + ": " + a.Details).ToListAsync());
        var concernId = (await factory.ConcernAsync(code)).Id;
        Assert.Equal([$"Linked: concern {concernId}, partner {partnerId}, congregation {congregationId}", $"Unlinked: partner {partnerId}",
            $"Unlinked: congregation {congregationId}", $"Unlinked: concern {concernId}"], audit);
    }

    private static void Tick(HtmlPage page, string code) =>
        ((IHtmlInputElement)(page.Document.QuerySelector($"#offense-{code}") ?? throw new InvalidOperationException($"No checkbox for {code}"))).IsChecked = true;

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
