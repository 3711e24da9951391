using System.Net;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Areas;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>
/// /areas/{area}, "You said, we did": what residents raised, by kind and month with small counts withheld, and what was
/// done about it; never who reported, what they wrote or where, nor a project's internal notes and people.
/// </summary>
public sealed class AreaPageTests : IClassFixture<AreaPageTests.Factory>
{
    /// <summary>Mid-April 2025: the twelve whole months run from April 2024 to March 2025.</summary>
    public sealed class Factory : PactFactory
    {
        public Factory() => Clock = new FakeTimeProvider(new DateTimeOffset(2025, 4, 15, 17, 0, 0, TimeSpan.Zero));
    }

    private readonly Factory factory;

    public AreaPageTests(Factory factory) => this.factory = factory;

    private static DateTime Utc(int y, int m, int d, int h = 15) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    private Task<Area> NewAreaAsync() => factory.WithDbAsync(async db =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var area = new Area { Name = $"Said Did {suffix}", Code = $"SD{suffix}", SortOrder = 200, Description = "An area for this test." };
        db.Areas.Add(area);
        await db.SaveChangesAsync();
        return area;
    });

    private static Concern NewConcern(Area area, ConcernCategory category, DateTime created, DateTime? resolved = null, int? problemId = null) => new()
    {
        ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
        Category = category, Location = "100 Main St", Description = "Something happened", AreaId = area.Id,
        CreatedUtc = created, UpdatedUtc = resolved ?? created, ResolvedUtc = resolved, ProblemId = problemId,
        Status = resolved is null ? ConcernStatus.New : ConcernStatus.Resolved,
    };

    private static AngleSharp.Dom.IElement Month(HtmlPage page, string yyyyMm) =>
        page.Document.QuerySelector($"#m-{yyyyMm}")!.ParentElement!;

    [Fact]
    public async Task The_page_answers_to_the_area_code_and_to_its_name_and_unknown_areas_are_not_found()
    {
        var visitor = factory.CreateBrowserClient();
        foreach (var url in new[] { "/areas/w2", "/areas/W2", "/areas/ward-2", "/areas/Ward-2" })
        {
            var page = await visitor.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("Ward 2 (focus area)", page.Document.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains("You said, we did", page.Text, StringComparison.Ordinal);
            // Twelve whole months, newest first.
            var months = page.Document.QuerySelectorAll("section.said-month h3").Select(h => h.TextContent.Trim()).ToList();
            Assert.Equal(12, months.Count);
            Assert.Equal("March 2025", months[0]);
            Assert.Equal("April 2024", months[^1]);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetPageAsync("/areas/no-such-area")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetPageAsync("/areas/---")).Status);

        var list = await visitor.GetPageAsync("/areas");
        Assert.NotNull(list.Document.QuerySelector("a[href='/areas/w2']"));
    }

    [Theory]
    [InlineData("1517 N Missouri St", "1500 BLOCK N MISSOURI ST")]
    [InlineData("the 900 block of S 16th St", "900 BLOCK S 16TH ST")]
    [InlineData("912 Block S 16th St", "900 BLOCK S 16TH ST")]
    [InlineData("Behind the corner store", null)]
    [InlineData(null, null)]
    public void A_project_s_place_is_shown_no_finer_than_its_hundred_block(string? location, string? shown) =>
        Assert.Equal(shown, PublicAreasController.Block(location));

    [Fact]
    public async Task A_single_concern_of_a_kind_in_a_month_is_withheld_and_a_quiet_month_says_so_in_one_line()
    {
        var area = await NewAreaAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Concerns.Add(NewConcern(area, ConcernCategory.Noise, Utc(2025, 3, 4)));
            for (var i = 0; i < 5; i++)
            {
                db.Concerns.Add(NewConcern(area, ConcernCategory.TrafficAndSpeeding, Utc(2025, 3, 5 + i), Utc(2025, 3, 9 + i)));
            }

            await db.SaveChangesAsync();
        });

        var page = await factory.CreateBrowserClient().GetPageAsync($"/areas/{area.Code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var march = Month(page, "2025-03");
        string Count(string kind) => march.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == kind).QuerySelector("td")!.TextContent.Trim();
        Assert.Equal("withheld*", Count("Noise"));
        // With the total shown, the other kind alone would give the single one away: one of them is withheld too.
        var total = march.QuerySelector("tfoot td")!.TextContent.Trim();
        Assert.True(Count("Traffic and speeding") == "withheld*" || total == "withheld*");
        Assert.DoesNotContain(march.QuerySelectorAll("td"), td => td.TextContent.Trim() == "1");
        // Five resolved in March, four days each.
        Assert.Contains("Concerns resolved this month: 5", march.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 days", march.TextContent, StringComparison.Ordinal);

        var february = Month(page, "2025-02");
        Assert.Contains("No concerns were raised and no project work was recorded", february.TextContent, StringComparison.Ordinal);
        Assert.Null(february.QuerySelector("table"));
    }

    [Fact]
    public async Task A_month_total_the_results_page_withholds_is_withheld_here_too()
    {
        // A fresh March: in January 2025, two areas of their own, 5 concerns in one and 1 in the other. The results page's
        // area-by-area table withholds the 1 and, so it cannot be worked out from the city's total, the 5 as well.
        var big = await NewAreaAsync();
        var small = await NewAreaAsync();
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++)
            {
                db.Concerns.Add(NewConcern(big, ConcernCategory.Animals, Utc(2025, 1, 6 + i)));
            }

            db.Concerns.Add(NewConcern(small, ConcernCategory.Animals, Utc(2025, 1, 7)));
            await db.SaveChangesAsync();
        });
        var visitor = factory.CreateBrowserClient();
        var results = await visitor.GetPageAsync("/about/results?month=2025-01");
        var row = results.Document.QuerySelectorAll("#h-areas ~ div tbody tr").Single(r => r.QuerySelector($"a[href*='area={big.Code}']") is not null);
        Assert.Equal("withheld*", row.QuerySelectorAll("td")[3].TextContent.Trim());

        var page = await visitor.GetPageAsync($"/areas/{big.Code.ToLowerInvariant()}");
        var january = Month(page, "2025-01");
        Assert.Equal("withheld*", january.QuerySelector("tfoot td")!.TextContent.Trim());
        // Its only kind would give the total away: withheld too.
        Assert.Equal("withheld*", january.QuerySelector("tbody td")!.TextContent.Trim());
        Assert.DoesNotContain(january.QuerySelectorAll("td"), td => td.TextContent.Trim() == "5");
    }

    [Fact]
    public async Task An_assessed_effective_project_fed_by_concerns_shows_what_was_done_with_whom_and_the_result()
    {
        var area = await NewAreaAsync();
        var officer = await factory.CreateUserAsync(LiaisonSteps.Unique("said-officer"), TestUsers.Password, Roles.Officer);
        var partnerName = $"Keep Said Beautiful {Guid.NewGuid():N}"[..26];
        await factory.WithDbAsync(async db =>
        {
            var partner = new PartnerOrganization { Name = partnerName, Kind = PartnerKind.Nonprofit, Services = "Cleanups" };
            db.PartnerOrganizations.Add(partner);
            var problem = new Problem
            {
                Title = "Dumping behind the corner store", OwnerId = officer.Id, AreaId = area.Id, Location = "1517 N Missouri St",
                Stage = ProblemStage.Closed, OpenedUtc = Utc(2024, 12, 2), ClosedUtc = Utc(2025, 3, 28), AssessedUtc = Utc(2025, 3, 20),
                ResponseCarriedOut = true, Effective = true, ConcernsBefore = 12, ConcernsAfter = 4, IncidentsBefore = 9, IncidentsAfter = 5,
                BeforeStart = new DateOnly(2024, 10, 1), BeforeEnd = new DateOnly(2024, 12, 31), AfterStart = new DateOnly(2025, 1, 1), AfterEnd = new DateOnly(2025, 3, 31),
                UpdatedUtc = Utc(2025, 3, 28),
            };
            problem.ActionItems.Add(new ProblemActionItem { What = "Cleared the lot with volunteers", Owner = "Partner", Status = ActionItemStatus.Done, CreatedUtc = Utc(2025, 1, 5), CompletedUtc = Utc(2025, 2, 10) });
            problem.ActionItems.Add(new ProblemActionItem { What = "Planned camera that never came", Owner = "Unit", Status = ActionItemStatus.Open, CreatedUtc = Utc(2025, 1, 5) });
            problem.Partners.Add(new ProblemPartner { PartnerOrganization = partner });
            db.Problems.Add(problem);
            await db.SaveChangesAsync();
            for (var i = 0; i < 3; i++)
            {
                db.Concerns.Add(NewConcern(area, ConcernCategory.IllegalDumping, Utc(2025, 2, 3 + i), problemId: problem.Id));
            }

            await db.SaveChangesAsync();
        });

        var page = await factory.CreateBrowserClient().GetPageAsync($"/areas/{area.Code}");
        var february = Month(page, "2025-02");
        Assert.Contains("Dumping behind the corner store", february.TextContent, StringComparison.Ordinal);
        Assert.Contains("around the 1500 BLOCK N MISSOURI ST", february.TextContent, StringComparison.Ordinal);
        Assert.Contains("taken up in it", february.TextContent, StringComparison.Ordinal);
        Assert.Contains("Cleared the lot with volunteers", february.TextContent, StringComparison.Ordinal);
        Assert.Contains(partnerName, february.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", february.QuerySelectorAll("tbody tr").Single().QuerySelector("td")!.TextContent.Trim());
        Assert.DoesNotContain("Planned camera", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1517", page.Text, StringComparison.Ordinal);

        var march = Month(page, "2025-03");
        Assert.Contains("Closed this month.", march.TextContent, StringComparison.Ordinal);
        var result = march.QuerySelector(".said-result")!.TextContent;
        Assert.Contains("Effective", result, StringComparison.Ordinal);
        Assert.Contains("Concerns: 12 before (Oct 1 – Dec 31, 2024), 4 after (Jan 1 – Mar 31, 2025).", System.Text.RegularExpressions.Regex.Replace(result, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("4 after", result, StringComparison.Ordinal);
        Assert.Contains("Reported offenses: 9 before, 5 after", result, StringComparison.Ordinal);
        // Not assessed before March: no result shown in December.
        Assert.Null(Month(page, "2024-12").QuerySelector(".said-result"));
    }

    [Fact]
    public async Task Nothing_of_the_reporter_the_concern_s_words_or_place_or_the_project_s_internal_fields_reaches_the_page()
    {
        var area = await NewAreaAsync();
        var officer = await factory.CreateUserAsync(LiaisonSteps.Unique("said-owner"), TestUsers.Password, Roles.Officer);
        await factory.WithDbAsync(async db =>
        {
            var owner = await db.Users.FindAsync(officer.Id);
            owner!.FullName = "Officer Quillon Vantastic";
            var church = new Congregation { Name = "Chapel of Zyxwv", Address = "9 Chapel Rd", AreaId = area.Id };
            db.Congregations.Add(church);
            var problem = new Problem
            {
                Title = "Speeding on Oak", OwnerId = officer.Id, AreaId = area.Id, Location = "4321 Plughwood Ln", Stage = ProblemStage.Analysis,
                Summary = "Summary frobnicate internal", Offender = "Offender grault", OffenderHandler = "Handler garply", VictimOrTarget = "Victim waldo",
                Place = "Place fred", PlaceManager = "Manager xyzzy", AnalysisNotes = "Analysis thud internal", ResponsePlan = "Plan plover internal",
                AssessmentNotes = "Assessment corge internal", OpenedUtc = Utc(2025, 3, 1), UpdatedUtc = Utc(2025, 3, 1),
            };
            problem.ActionItems.Add(new ProblemActionItem { What = "Speed trailer set out", Owner = "Sergeant Owneroo", Outcome = "Outcome bazzle internal", Status = ActionItemStatus.Done, CreatedUtc = Utc(2025, 3, 2), CompletedUtc = Utc(2025, 3, 12) });
            problem.Congregations.Add(new ProblemCongregation { Congregation = church });
            db.Problems.Add(problem);
            await db.SaveChangesAsync();
            var concern = NewConcern(area, ConcernCategory.TrafficAndSpeeding, Utc(2025, 3, 3), problemId: problem.Id);
            concern.ReporterName = "Zebulon Quackenbush";
            concern.ReporterEmail = "zebulon.q@example.com";
            concern.ReporterPhone = "870-555-0199";
            concern.Description = "Distinctive description wibblewobble";
            concern.WhenItHappens = "Whenever flibbertigibbet";
            concern.Location = "4321 Plughwood Ln";
            concern.ResolutionReason = "Resolution snark internal";
            concern.PhotoStoredName = "photo-sekrit.jpg";
            concern.Updates.Add(new ConcernUpdate { Body = "Internal note gazonk", IsPublic = false, AuthorName = "Author Smurple", CreatedUtc = Utc(2025, 3, 4) });
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
        });

        var page = await factory.CreateBrowserClient().GetPageAsync($"/areas/{area.Code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var html = page.Document.DocumentElement.OuterHtml;
        Assert.Contains("Speeding on Oak", html, StringComparison.Ordinal);
        Assert.Contains("Speed trailer set out", html, StringComparison.Ordinal);
        Assert.Contains("4300 BLOCK PLUGHWOOD LN", html, StringComparison.Ordinal);
        foreach (var secret in new[]
        {
            "Zebulon", "Quackenbush", "zebulon.q@", "555-0199", "wibblewobble", "flibbertigibbet", "4321", "snark", "sekrit", "gazonk", "Smurple",
            "Quillon", "Vantastic", "frobnicate", "grault", "garply", "waldo", "Place fred", "xyzzy", "thud", "plover", "corge", "Owneroo", "bazzle", "Zyxwv",
        })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
