using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Work;

/// <summary>
/// Issue 21 item 12: staff land on a start page of their own work (/work) after logging in; each role sees its own
/// sections with counts that link to where the work is done, and nothing it may not open.
/// </summary>
public sealed partial class StaffStartPageTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Theory]
    [InlineData(Roles.Coordinator, "/work")]
    [InlineData(Roles.Officer, "/work")]
    [InlineData(Roles.Admin, "/work")]
    [InlineData(Roles.Resident, "/")]
    public async Task Log_in_without_a_return_address_lands_staff_on_their_work_and_residents_on_the_home_page(string role, string landing)
    {
        var (client, user) = await factory.SignedInAsync(role);
        var home = await client.GetPageAsync("/");
        await client.LogoutAsync();
        var email = user.Email!;
        var landed = await client.LoginAsync(email);
        Assert.Equal(landing, landed.Url.AbsolutePath);
        if (role != Roles.Resident)
        {
            var first = home.Document.QuerySelector("nav[aria-label=Staff] .navbar-nav > li > a")!;
            Assert.Equal("/work", first.GetAttribute("href"));
        }

        // A return address still wins over the start page.
        await client.LogoutAsync();
        var page = await client.GetPageAsync("/Account/Login?returnUrl=%2Fevents");
        var back = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        if (back.Url.AbsolutePath == "/Account/LoginWith2fa")
        {
            back = await client.SubmitAsync(back, new Dictionary<string, string?> { ["Code"] = Totp.NextCode(Totp.KeysByEmail[email]) });
        }

        Assert.Equal("/events", back.Url.AbsolutePath);
    }

    [Fact]
    public async Task The_coordinator_sees_requests_waiting_events_needing_volunteers_and_unassigned_concerns_and_nothing_of_officers_or_admins()
    {
        var (client, _) = await factory.SignedInAsync(Roles.Coordinator);
        var before = await client.GetPageAsync("/work");
        Assert.NotNull(before.Document.QuerySelector("#work-coordinator"));
        Assert.Null(before.Document.QuerySelector("#work-officer"));
        Assert.Null(before.Document.QuerySelector("#work-admin"));

        var e = await factory.PublishedEventAsync(4);
        await factory.WithDbAsync(async db =>
        {
            db.PresentationRequests.Add(new PresentationRequest
            {
                ReferenceCode = "PR-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
                Kind = PresentationKind.SpeakingEngagement, Status = PresentationStatus.Submitted, RequesterName = "Requester", RequesterEmail = "r@example.com",
                Location = "Library", AudienceSize = 30, MinutesAllotted = 30, Option1StartUtc = DateTime.UtcNow.AddDays(20),
                Option1EndUtc = DateTime.UtcNow.AddDays(20).AddHours(1), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
            });
            db.Concerns.Add(NewConcern(null));
            await db.SaveChangesAsync();
        });

        var after = await client.GetPageAsync("/work");
        Assert.Equal(Count(before, "/manage/presentations?status=Submitted") + 1, Count(after, "/manage/presentations?status=Submitted"));
        Assert.Equal(Count(before, "/manage/events") + 1, Count(after, "/manage/events"));
        Assert.Equal(Count(before, "/concerns/manage") + 1, Count(after, "/concerns/manage"));
        Assert.Contains(after.Document.QuerySelectorAll("#work-coordinator .work-items a"),
            a => a.GetAttribute("href") == $"/manage/events/{e.Id}" && a.TextContent.Contains(e.Title, StringComparison.Ordinal) && a.TextContent.Contains("4 places open", StringComparison.Ordinal));
        await AllLinksOpenAsync(client, after);
    }

    [Fact]
    public async Task The_officer_sees_follow_ups_due_new_concerns_in_their_own_areas_and_open_action_items_only()
    {
        var (client, officer) = await factory.SignedInAsync(Roles.Officer);
        await factory.AssignAsync(officer.Id, "W1");
        var w1 = await factory.AreaIdAsync("W1");
        var w2 = await factory.AreaIdAsync("W2");
        var before = await client.GetPageAsync("/work");
        Assert.NotNull(before.Document.QuerySelector("#work-officer"));
        Assert.Null(before.Document.QuerySelector("#work-coordinator"));
        Assert.Null(before.Document.QuerySelector("#work-admin"));
        var inW1 = $"/concerns/manage?area={w1.ToString(CultureInfo.InvariantCulture)}&status=New";
        Assert.Null(Line(before, $"/concerns/manage?area={w2.ToString(CultureInfo.InvariantCulture)}&status=New"));

        var other = await factory.CreateUserAsync(LiaisonSteps.Unique("other-officer"), TestUsers.Password, Roles.Officer);
        await factory.WithDbAsync(async db =>
        {
            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            db.ContactLogs.Add(new ContactLog { OfficerId = officer.Id, WhenUtc = DateTime.UtcNow.AddDays(-3), Purpose = "Visit", FollowUp = "Call back", FollowUpOwnerId = officer.Id, FollowUpDue = yesterday, CreatedUtc = DateTime.UtcNow });
            db.ContactLogs.Add(new ContactLog { OfficerId = other.Id, WhenUtc = DateTime.UtcNow.AddDays(-3), Purpose = "Visit", FollowUp = "Not mine", FollowUpOwnerId = other.Id, FollowUpDue = yesterday, CreatedUtc = DateTime.UtcNow });
            db.Concerns.Add(NewConcern(w1));
            db.Concerns.Add(NewConcern(w2));
            var problem = new WestMemphis.Pact.Domain.Problems.Problem { Title = "Start page problem", OwnerId = officer.Id, AreaId = w1, OpenedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            problem.ActionItems.Add(new WestMemphis.Pact.Domain.Problems.ProblemActionItem { What = "Trim hedges", Owner = "Public works", Status = ActionItemStatus.Open, CreatedUtc = DateTime.UtcNow });
            db.Problems.Add(problem);
            await db.SaveChangesAsync();
        });

        var after = await client.GetPageAsync("/work");
        Assert.Equal(Count(before, "/liaison/followups") + 1, Count(after, "/liaison/followups"));
        Assert.Equal(Count(before, inW1) + 1, Count(after, inW1));
        Assert.Null(Line(after, $"/concerns/manage?area={w2.ToString(CultureInfo.InvariantCulture)}&status=New"));
        Assert.Equal(Count(before, "/problems") + 1, Count(after, "/problems"));
        await AllLinksOpenAsync(client, after);
    }

    [Fact]
    public async Task The_admin_sees_pending_accounts_and_failed_emails_as_well_as_every_job()
    {
        var (client, _) = await factory.SignedInAsync(Roles.Admin);
        var before = await client.GetPageAsync("/work");
        foreach (var id in new[] { "#work-coordinator", "#work-officer", "#work-admin" })
        {
            Assert.NotNull(before.Document.QuerySelector(id));
        }

        var pendingEmail = LiaisonSteps.Unique("pending");
        await factory.CreateBrowserClient(remoteAddress: "10.21.12.1").RegisterAsync(pendingEmail);
        await factory.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage { ToAddress = "bounce@example.com", Subject = "Failed", TextBody = "Hello", Kind = "Test", CreatedUtc = DateTime.UtcNow, Status = OutboxStatus.Failed, NextAttemptUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var after = await client.GetPageAsync("/work");
        Assert.Equal(Count(before, "/admin/users") + 1, Count(after, "/admin/users"));
        Assert.Equal(Count(before, "/admin/outbox?status=Failed") + 1, Count(after, "/admin/outbox?status=Failed"));
        Assert.Contains(after.Document.QuerySelectorAll("#work-admin .work-items a"), a => a.TextContent.Contains(pendingEmail, StringComparison.Ordinal));
        await AllLinksOpenAsync(client, after);
    }

    [Fact]
    public async Task Residents_and_visitors_cannot_open_the_start_page()
    {
        var (resident, _) = await factory.SignedInAsync(Roles.Resident);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetPageAsync("/work")).Status);
        var anonymous = await factory.CreateBrowserClient(followRedirects: false).GetAsync("/work");
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Concern NewConcern(int? areaId) => new()
    {
        ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"), Location = "100 Main St",
        Description = "Speeding", AreaId = areaId, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, Status = ConcernStatus.New,
    };

    private static AngleSharp.Dom.IElement? Line(HtmlPage page, string href) =>
        page.Document.QuerySelectorAll(".work-lines a").FirstOrDefault(a => a.GetAttribute("href") == href);

    private static int Count(HtmlPage page, string href) =>
        int.Parse(LeadingNumber().Match(Line(page, href)?.TextContent ?? throw new InvalidOperationException($"No line links to {href}")).Value, CultureInfo.InvariantCulture);

    /// <summary>Every line leads to a page this person may open.</summary>
    private static async Task AllLinksOpenAsync(HttpClient client, HtmlPage page)
    {
        foreach (var href in page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(href)).Status);
        }
    }

    [GeneratedRegex("^[0-9]+")]
    private static partial Regex LeadingNumber();
}
