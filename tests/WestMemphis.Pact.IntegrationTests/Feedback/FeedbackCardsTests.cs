using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.IntegrationTests.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.IntegrationTests.Presentations;

namespace WestMemphis.Pact.IntegrationTests.Feedback;

/// <summary>
/// Feedback cards (issue 23): staff print a card for a kind of contact in an area; anyone who scans it answers three
/// questions with no name; the answers reach the dashboard per program and area only once five people have answered.
/// A resolved concern's reporter and a completed visit's requester are asked the same once by email.
/// </summary>
public sealed class FeedbackCardsTests(PactFactory factory) : IClassFixture<PactFactory>
{
    internal static Dictionary<string, string?> Answers(string listened = "Yes", string safer = "Yes", string call = "Yes") =>
        new() { ["Listened"] = listened, ["FeelSafer"] = safer, ["WouldCall"] = call };

    private Task<(FeedbackCard Card, string Area)> MakeCardAsync(HttpClient staff, FeedbackProgram program) => MakeCardAsync(factory, staff, program);

    internal static async Task<(FeedbackCard Card, string Area)> MakeCardAsync(PactFactory factory, HttpClient staff, FeedbackProgram program)
    {
        var area = await factory.WithDbAsync(db => db.Areas.OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).FirstAsync());
        var printed = await staff.SubmitAsync(await staff.GetPageAsync("/manage/feedback"),
            new Dictionary<string, string?> { ["Program"] = program.ToString(), ["AreaId"] = area.Id.ToString(CultureInfo.InvariantCulture) }, "main form[action='/manage/feedback']");
        Assert.Matches("/manage/feedback/[0-9]+/card$", printed.Url.AbsolutePath);
        var card = await factory.WithDbAsync(db => db.FeedbackCards.AsNoTracking().OrderByDescending(c => c.Id).FirstAsync());
        Assert.Contains($"/feedback/{card.Code}", printed.Text, StringComparison.Ordinal);
        return (card, area.Name);
    }

    [Fact]
    public async Task A_missing_or_made_up_answer_is_asked_for_on_the_same_page_and_nothing_is_saved()
    {
        var (staff, _) = await factory.SignedInAsync(Roles.Officer);
        var (card, _) = await MakeCardAsync(staff, FeedbackProgram.ChurchVisit);
        var resident = factory.CreateBrowserClient();

        var missing = await resident.SubmitAsync(await resident.GetPageAsync($"/feedback/{card.Code}"), new Dictionary<string, string?> { ["Listened"] = "No" });
        Assert.Equal(HttpStatusCode.OK, missing.Status);
        Assert.Contains(missing.Errors, e => e.Contains("Do you feel safer", StringComparison.Ordinal));
        Assert.Contains(missing.Errors, e => e.Contains("Would you call", StringComparison.Ordinal));
        Assert.NotNull(missing.Document.QuerySelector("input[name='Listened'][value='No'][checked]"));

        foreach (var bad in new[] { "5", "Maybe", "<script>alert(1)</script>", new string('Y', 5000) })
        {
            var refused = await resident.SubmitAsync(await resident.GetPageAsync($"/feedback/{card.Code}"), Answers(listened: bad));
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains(refused.Errors, e => e.Contains("Did the officer listen", StringComparison.Ordinal));
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.FeedbackResponses.CountAsync(r => r.CardId == card.Id)));
    }

    [Fact]
    public async Task A_stopped_or_unknown_card_takes_no_answers_and_says_so()
    {
        var (staff, _) = await factory.SignedInAsync(Roles.Coordinator);
        var (card, _) = await MakeCardAsync(staff, FeedbackProgram.CoffeeWithACop);
        var list = await staff.GetPageAsync("/manage/feedback");
        await staff.SubmitAsync(list, formSelector: $"form[action='/manage/feedback/{card.Id}/retire']");

        var resident = factory.CreateBrowserClient();
        var stopped = await resident.GetPageAsync($"/feedback/{card.Code}");
        Assert.Contains("no longer collecting answers", stopped.Text, StringComparison.Ordinal);
        Assert.Null(stopped.Document.QuerySelector("main form[method='post']"));

        var unknown = await resident.GetAsync("/feedback/ZZZZZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("found no feedback card", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporter_of_a_resolved_concern_is_asked_once_by_email_and_the_link_works_once()
    {
        var email = $"asked-{Guid.NewGuid():N}@example.com";
        var code = await factory.CreateBrowserClient().ReportConcernAsync(email);
        var id = (await factory.ConcernAsync(code)).Id;
        var staff = await factory.StaffAsync();
        await staff.OnConcernPageAsync(id, "status", new() { ["Status"] = nameof(ConcernStatus.Resolved), ["Reason"] = "The city cleared the lot." });

        var (subject, body, link) = await factory.LatestMailAsync(email, "/feedback/answer/");
        Assert.Contains("Three questions", subject, StringComparison.Ordinal);
        Assert.Contains("anonymous", body, StringComparison.Ordinal);
        Assert.NotNull(link);
        var path = new Uri(link).PathAndQuery;
        var resident = factory.CreateBrowserClient();
        var form = await resident.GetPageAsync(path);
        Assert.Contains("the concern you raised", form.Text, StringComparison.Ordinal);
        var thanks = await resident.SubmitAsync(form, Answers(safer: "Partly"));
        Assert.Equal("/feedback/thanks", thanks.Url.AbsolutePath);

        var answer = await factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().Where(r => r.Program == FeedbackProgram.ResolvedConcern).OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(FeedbackSource.Email, answer.Source);
        Assert.Equal(FeedbackAnswer.Partly, answer.FeelSafer);
        Assert.Null(answer.CardId);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(path)).StatusCode);
        var again = await resident.SubmitAsync(form, Answers());
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal(1, await factory.WithDbAsync(db => db.FeedbackInvitations.CountAsync(i => i.SourceKey == FeedbackRules.SourceKey("concern", id))));
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "FeedbackAsked")));
    }

    [Fact]
    public async Task The_requester_of_a_completed_visit_is_asked_once_by_email()
    {
        var email = $"school-{Guid.NewGuid():N}@example.com";
        var coordinator = await factory.CoordinatorAsync();
        var id = (await factory.RequestAsync(await factory.CreateBrowserClient().RequestVisitAsync(email, v =>
        {
            v["Option1Date"] = PresentationSteps.DaysAhead(140);
            v["Option2Date"] = PresentationSteps.DaysAhead(141);
        }))).Id;
        await coordinator.ScheduleAsync(id, new Dictionary<string, string?> { ["OfficerIds"] = (await factory.CreateUserAsync($"o-{Guid.NewGuid():N}@example.com", TestUsers.Password, Roles.Officer)).Id, ["ResourceIds"] = null });
        await factory.WithDbAsync(db => db.Appearances.Where(a => a.RequestId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.StartUtc, DateTime.UtcNow.AddHours(-3)).SetProperty(a => a.EndUtc, DateTime.UtcNow.AddHours(-2))));

        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), new Dictionary<string, string?> { ["PeopleReached"] = "80" }, "form[action$='/complete']");

        var (_, body, link) = await factory.LatestMailAsync(email, "/feedback/answer/");
        Assert.NotNull(link);
        Assert.Contains("asked us for a visit", body, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.FeedbackInvitations.CountAsync(i => i.SourceKey == FeedbackRules.SourceKey("request", id))));
        var form = await factory.CreateBrowserClient().GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Contains("a school presentation", form.Text, StringComparison.Ordinal);
    }
}

/// <summary>
/// The dashboard's roll-up of card answers, on a database of its own: which groups are withheld depends on every
/// answer in the period, so answers from the other feedback tests would change what this one sees.
/// </summary>
public sealed class FeedbackDashboardTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static Dictionary<string, string?> Answers(string listened = "Yes", string safer = "Yes", string call = "Yes") =>
        FeedbackCardsTests.Answers(listened, safer, call);

    private Task<(FeedbackCard Card, string Area)> MakeCardAsync(HttpClient staff, FeedbackProgram program) => FeedbackCardsTests.MakeCardAsync(factory, staff, program);

    /// <summary>The first day of the last finished month: the dashboard counts answers by whole, finished months.</summary>
    private static DateOnly LastMonth
    {
        get
        {
            var today = CentralTimeZone.Today(TimeProvider.System);
            return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        }
    }

    private async Task<List<string[]>> FeedbackCsvAsync(HttpClient staff)
    {
        var today = CentralTimeZone.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = LastMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = await staff.GetStringAsync($"/dashboard/feedback.csv?from={from}&to={today}");
        return csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
    }

    [Fact]
    public async Task A_card_is_answered_anonymously_and_its_answers_show_on_the_dashboard_only_from_five()
    {
        var (staff, _) = await factory.SignedInAsync(Roles.Coordinator);
        var (card, area) = await MakeCardAsync(staff, FeedbackProgram.ParkAndWalk);
        var qr = await staff.GetAsync($"/manage/feedback/{card.Id}/qr.svg");
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await qr.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var resident = factory.CreateBrowserClient();
        var form = await resident.GetPageAsync($"/feedback/{card.Code.ToLowerInvariant()}");
        Assert.Contains($"a Park and Walk in {area}", form.Text, StringComparison.Ordinal);
        for (var i = 0; i < 4; i++)
        {
            var thanks = await resident.SubmitAsync(await resident.GetPageAsync($"/feedback/{card.Code}"), Answers(safer: i == 0 ? "No" : "Yes"));
            Assert.Equal("/feedback/thanks", thanks.Url.AbsolutePath);
        }

        var stored = await factory.WithDbAsync(db => db.FeedbackResponses.AsNoTracking().Where(r => r.CardId == card.Id).ToListAsync());
        Assert.Equal(4, stored.Count);
        Assert.All(stored, r => Assert.Equal(area, r.AreaId is { } id ? factory.WithDbAsync(db => db.Areas.Where(a => a.Id == id).Select(a => a.Name).FirstAsync()).Result : null));
        Assert.All(stored, r => Assert.Equal(TimeSpan.Zero, CentralTimeZone.ToLocal(r.CreatedUtc).TimeOfDay)); // the day only

        await resident.SubmitAsync(await resident.GetPageAsync($"/feedback/{card.Code}"), Answers(listened: "Partly"));

        // Answers of the month under way are not counted yet: a total that grows day by day would give each one away.
        Assert.DoesNotContain(await FeedbackCsvAsync(staff), r => r[0] == "Park and Walk" && r[1] == area);
        var dayLastMonth = CentralTimeZone.StartOfDayUtc(LastMonth.AddDays(9));
        var cardAnswers = await factory.WithDbAsync(db => db.FeedbackResponses.Where(r => r.CardId == card.Id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());

        // Four answers last month: withheld.
        await factory.WithDbAsync(db => db.FeedbackResponses.Where(r => cardAnswers.Take(4).Contains(r.Id)).ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedUtc, dayLastMonth)));
        var four = (await FeedbackCsvAsync(staff)).Single(r => r[0] == "Park and Walk" && r[1] == area);
        Assert.Equal(["withheld", "withheld", "withheld", "withheld"], four[2..]);

        // Five: shown.
        await factory.WithDbAsync(db => db.FeedbackResponses.Where(r => r.CardId == card.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedUtc, dayLastMonth)));
        var five = (await FeedbackCsvAsync(staff)).Single(r => r[0] == "Park and Walk" && r[1] == area);
        Assert.Equal(["5", "80", "80", "100"], five[2..]);
        var dashboard = await staff.GetPageAsync("/dashboard");
        Assert.Contains("What people said", dashboard.Text, StringComparison.Ordinal);
    }
}
