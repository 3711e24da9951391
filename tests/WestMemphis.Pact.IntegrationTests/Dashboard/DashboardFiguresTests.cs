using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using CsvHelper;

namespace WestMemphis.Pact.IntegrationTests.Dashboard;

/// <summary>
/// Every figure of the engagement dashboard against records this test creates: March 2025, with records just outside it
/// (Central-time month edges), a year earlier, in another area, cancelled, draft and not yet completed — each of which
/// must be left out of the period's figures or counted in the comparison.
/// </summary>
public sealed class DashboardFiguresTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private const string March = "from=2025-03-01&to=2025-03-31";

    private static DateTime Utc(int y, int m, int d, int h = 15, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_dashboard_counts_exactly_the_records_of_the_period_and_area_and_compares_them_with_a_year_earlier()
    {
        var ids = await ArrangeAsync();
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);

        var city = await coordinator.GetPageAsync($"/dashboard?{March}");
        Assert.Equal(HttpStatusCode.OK, city.Status);
        Assert.Contains("March 2025", city.Text);
        Assert.Contains("the whole city", city.Text);

        // Year over year: this period, a year earlier, change, change %.
        Assert.Equal(["4", "1", "+3", "+300%"], Row(city, "summary", "Events held"));
        Assert.Equal(["2", "1", "+1", "+100%"], Row(city, "summary", "Volunteers who attended a shift"));
        Assert.Equal(["4", "1", "+3", "+300%"], Row(city, "summary", "Shift places filled"));
        Assert.Equal(["7.25", "4", "+3.25", "+81.3%"], Row(city, "summary", "Volunteer hours"));
        Assert.Equal(["2", "0", "+2", "n/a"], Row(city, "summary", "Presentations and visits given"));
        Assert.Equal(["1", "0", "+1", "n/a"], Row(city, "summary", "Rusty the Crime Dog appearances"));
        Assert.Equal(["160", "0", "+160", "n/a"], Row(city, "summary", "People reached by presentations"));
        Assert.Equal(["120", "0", "+120", "n/a"], Row(city, "summary", "Students reached (school presentations)"));
        Assert.Equal(["4", "1", "+3", "+300%"], Row(city, "summary", "Officers' contacts"));
        Assert.Equal(["24", "3", "+21", "+700%"], Row(city, "summary", "Positive contacts (people reached)"));
        Assert.Equal(["1", "1", "0", "0%"], Row(city, "summary", "Congregations visited"));
        Assert.Equal(["1", "0", "+1", "n/a"], Row(city, "summary", "Partners met"));

        // Events by type, cancelled, cleanup results.
        Assert.Equal(["2", "1"], Row(city, "events", "Community event"));
        Assert.Equal(["1", "0"], Row(city, "events", "Environmental cleanup"));
        Assert.Equal(["1", "0"], Row(city, "events", "Town hall meeting"));
        Assert.Equal(["1", "n/a"], Row(city, "events", "Cancelled"));
        Assert.Equal(["1"], Row(city, "cleanups", "Cleanups with results recorded"));
        Assert.Equal(["30.5"], Row(city, "cleanups", "Volunteer hours"));
        Assert.Equal(["40"], Row(city, "cleanups", "Bags"));
        Assert.Equal(["800"], Row(city, "cleanups", "Estimated pounds"));

        // Volunteers and shifts.
        Assert.Equal(["2", "1"], Row(city, "volunteers", "Shifts offered"));
        Assert.Equal(["1", "1"], Row(city, "volunteers", "Shifts filled to capacity"));
        Assert.Equal(["7", "1"], Row(city, "volunteers", "Places offered"));
        Assert.Equal(["3", "1"], Row(city, "volunteers", "Sign-ups attended"));
        Assert.Equal(["1", "0"], Row(city, "volunteers", "No-shows"));

        // Presentations by kind.
        Assert.Equal(["1", "120", "0"], Row(city, "presentations", "School presentation"));
        Assert.Equal(["1", "40", "0"], Row(city, "presentations", "Speaking engagement"));

        // Contacts by kind and category, follow-ups.
        Assert.Equal(["1", "10", "1"], Row(city, "contacts-by-kind", "Church visit"));
        Assert.Equal(["1", "7", "0"], Row(city, "contacts-by-kind", "Community contact"));
        Assert.Equal(["2", "12", "1"], Row(city, "contacts-by-category", "Relationship"));
        Assert.Equal(["1", "5", "0"], Row(city, "contacts-by-category", "Problem-solving"));
        Assert.Equal(["2", "0"], Row(city, "contacts", "Follow-ups opened"));
        Assert.Equal(["1", "0"], Row(city, "contacts", "Follow-ups closed"));
        Assert.Equal([ids.AreaName, "2", "12", "2025-03-20"], Row(city, "congregations", ids.Congregation));

        // Concerns and problems.
        Assert.Equal(["3", "0"], Row(city, "concerns", "Concerns received"));
        Assert.Equal(["3", "0"], Row(city, "concerns", "Concerns resolved"));
        Assert.Equal(["4", "n/a"], Row(city, "concerns", "Median days to resolve"));
        Assert.Equal(["1", "0"], Row(city, "concerns", "Problems opened"));
        Assert.Equal(["1", "0"], Row(city, "concerns", "Problems closed"));
        Assert.Equal(["1", "0"], Row(city, "concerns", "Problems assessed effective"));

        // Partners: active in the directory (the inactive one is left out unless met), and met in the period.
        Assert.Equal("2", city.Document.QuerySelector("#fig-partners-active")!.TextContent);
        Assert.Equal("1", city.Document.QuerySelector("#fig-partners-met")!.TextContent);
        Assert.Equal(["Nonprofit", "Yes", "1", "5"], Row(city, "partners", ids.Partner));
        Assert.Null(FindRow(city, "partners", ids.InactivePartner));

        // Month by month, in Central time: the event at 10 PM on March 31 (April 1 in UTC) is in March.
        Assert.Equal(["4", "7.25", "2", "4", "24", "3"], Row(city, "monthly", "Mar 2025"));
        Assert.Equal(["1", "0", "0", "0", "0", "1"], Row(city, "monthly", "Feb 2025")); // 11:30 PM on February 28, Central
        Assert.Equal(["0", "0", "0", "0", "0", "0"], Row(city, "monthly", "Jan 2025"));
        Assert.Equal(12, city.Document.QuerySelectorAll("#table-monthly tbody tr").Length);
        var chart = city.Document.QuerySelector("#chart-events-title")!.ParentElement!.QuerySelector("svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("highest 4 in March 2025", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(12, chart.QuerySelectorAll("rect").Length);

        // One area: only its records.
        var ward = await coordinator.GetPageAsync($"/dashboard?{March}&area={ids.AreaId}");
        Assert.Contains(ids.AreaName, ward.Document.QuerySelector("#period-summary")!.TextContent);
        Assert.Equal(["3", "1", "+2", "+200%"], Row(ward, "summary", "Events held"));
        Assert.Equal(["1", "0", "+1", "n/a"], Row(ward, "summary", "Presentations and visits given"));
        Assert.Equal(["3", "1", "+2", "+200%"], Row(ward, "summary", "Officers' contacts"));
        Assert.Equal(["17", "3", "+14", "+466.7%"], Row(ward, "summary", "Positive contacts (people reached)"));
        Assert.Equal("1", ward.Document.QuerySelector("#fig-partners-active")!.TextContent);
        Assert.Equal(["2", "0"], Row(ward, "concerns", "Concerns received"));
        Assert.Equal(["3", "n/a"], Row(ward, "concerns", "Median days to resolve"));

        // The CSV of a table has the same rows, numbers without formatting.
        var response = await coordinator.GetAsync($"/dashboard/volunteers.csv?{March}&area={ids.AreaId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("pact-volunteers-2025-03-01-to-2025-03-31-W3.csv", response.Content.Headers.ContentDisposition!.ToString());
        var csv = ReadCsv(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        Assert.Equal(["Measure", "This period", "Same period a year earlier"], csv[0]);
        Assert.Contains(csv, r => r.SequenceEqual(["Volunteer hours", "7.25", "4"]));
        Assert.Contains(csv, r => r.SequenceEqual(["Volunteers who attended", "2", "1"]));
        var summary = ReadCsv((await coordinator.GetStringAsync($"/dashboard/summary.csv?{March}")).TrimStart('\uFEFF'));
        Assert.Contains(summary, r => r.SequenceEqual(["Events held", "4", "1", "3", "300"]));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/dashboard/nothing.csv?{March}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/dashboard/summary.csv?from=2025-03-31&to=2025-03-01")).StatusCode);

        // The printable monthly report reads the same figures.
        var report = await coordinator.GetPageAsync($"/dashboard/report?month=2025-03&area={ids.AreaId}");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains("held 3 events", report.Document.QuerySelector("#report-summary")!.TextContent);
        Assert.Equal(["Nonprofit", "Yes", "1", "5"], Row(report, "partners", ids.Partner));
    }

    [Fact]
    public async Task Without_dates_the_dashboard_shows_the_last_full_month()
    {
        var (coordinator, _) = await factory.SignedInAsync(Roles.Admin);
        var page = await coordinator.GetPageAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")));
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        Assert.Equal(first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.FieldValue("from"));
        Assert.Equal(first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.FieldValue("to"));
    }

    [Fact]
    public async Task Bad_period_filters_get_a_clear_message_never_an_error_page()
    {
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var cases = new (string Query, string Message)[]
        {
            ("from=2025-03-31&to=2025-03-01", "The end date is before the start date."),
            ("from=2025-02-30&to=2025-03-01", "The start date is not a real date"),
            ("from=2000-01-01&to=2100-12-31", "at most five years"),
            ("from=1999-12-31&to=2000-01-01", "between the years 2000 and 2100"),
            ("from=2025-03-01", "Enter the end date."),
            ("from=2025-03-01&to=2025-03-31&area=99999", "Choose an area from the list."),
            ("from=2025-03-01&to=2025-03-31&area=abc", "Choose an area from the list."),
        };
        foreach (var (query, message) in cases)
        {
            var page = await coordinator.GetPageAsync("/dashboard?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Contains(page.Errors, e => e.Contains(message, StringComparison.Ordinal));
            Assert.Null(page.Document.QuerySelector("#table-summary"));
        }

        // Every value of the bad-input list in every field of the filter form: a message or harmless figures, never a 5xx or markup.
        foreach (var field in new[] { "from", "to", "area" })
        {
            foreach (var value in BadInputKit.Values.Where(v => v.Length < 20_000))
            {
                var values = new Dictionary<string, string> { ["from"] = "2025-03-01", ["to"] = "2025-03-31", ["area"] = "", [field] = value };
                var url = "/dashboard" + Microsoft.AspNetCore.Http.QueryString.Create(values!);
                var page = await coordinator.GetPageAsync(url);
                Assert.True((int)page.Status is 200 or 400, $"{field}={value[..Math.Min(30, value.Length)]} answered {(int)page.Status}");
                Assert.DoesNotContain("<svg onload", page.Html, StringComparison.OrdinalIgnoreCase);
                Assert.True(page.Status == HttpStatusCode.OK || page.Errors.Count > 0);
            }
        }

        // Duplicated parameters do not break it.
        Assert.True((int)(await coordinator.GetAsync("/dashboard?from=2025-03-01&from=2024-01-01&to=2025-03-31")).StatusCode < 500);
        var badMonth = await coordinator.GetPageAsync("/dashboard/report?month=2025-13");
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.Status);
        Assert.Contains(badMonth.Errors, e => e.Contains("not a real month", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string>? FindRow(HtmlPage page, string table, string label) =>
        page.Document.QuerySelectorAll($"#table-{table} tbody tr")
            .FirstOrDefault(tr => tr.QuerySelector("th")?.TextContent.Trim() == label)?
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    private static IReadOnlyList<string> Row(HtmlPage page, string table, string label) =>
        FindRow(page, table, label) ?? throw new Xunit.Sdk.XunitException($"No row '{label}' in table {table}");

    private sealed record Arranged(int AreaId, string AreaName, string Congregation, string Partner, string InactivePartner);

    private Task<Arranged> ArrangeAsync() => factory.WithDbAsync(async db =>
    {
        var w3 = await db.Areas.SingleAsync(a => a.Code == "W3");
        var w1 = await db.Areas.SingleAsync(a => a.Code == "W1");
        var volunteers = new List<ApplicationUser>();
        for (var i = 0; i < 3; i++)
        {
            var email = $"dash-vol-{i}-{Guid.NewGuid():N}@example.com";
            var user = new ApplicationUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), FullName = "Dash " + i, CreatedUtc = DateTime.UtcNow };
            db.Users.Add(user);
            volunteers.Add(user);
        }

        var officer = new ApplicationUser { UserName = "dash-officer@example.com", Email = "dash-officer@example.com", FullName = "Officer Dash", CreatedUtc = DateTime.UtcNow };
        db.Users.Add(officer);

        Event NewEvent(string title, EventType type, EventStatus status, DateTime start, Area area)
        {
            var e = new Event { Title = title, Type = type, Status = status, Location = "Civic Center", AreaId = area.Id, StartUtc = start, EndUtc = start.AddHours(2), CreatedUtc = start.AddDays(-20) };
            db.Events.Add(e);
            return e;
        }

        var a = NewEvent("A", EventType.CommunityEvent, EventStatus.Completed, Utc(2025, 3, 8), w3);
        var b = NewEvent("B", EventType.CommunityEvent, EventStatus.Completed, Utc(2025, 3, 15), w3);
        var cleanup = NewEvent("Cleanup", EventType.EnvironmentalCleanup, EventStatus.Completed, Utc(2025, 4, 1, 3), w3); // 10 PM on March 31, Central
        cleanup.CleanupResult = new CleanupResult { Sites = 2, Volunteers = 12, VolunteerHours = 30.5, Bags = 40, Tires = 3, LargeItems = 5, EstimatedPounds = 800, RecordedUtc = Utc(2025, 4, 2) };
        NewEvent("Town hall", EventType.TownHallMeeting, EventStatus.Completed, Utc(2025, 3, 20), w1);
        NewEvent("Before", EventType.CommunityEvent, EventStatus.Completed, Utc(2025, 3, 1, 5, 30), w3); // 11:30 PM on February 28, Central
        NewEvent("After", EventType.CommunityEvent, EventStatus.Completed, Utc(2025, 4, 12), w3);
        NewEvent("Called off", EventType.CommunityEvent, EventStatus.Cancelled, Utc(2025, 3, 22), w3);
        NewEvent("Never published", EventType.CommunityEvent, EventStatus.Draft, Utc(2025, 3, 23), w3);
        var lastYear = NewEvent("Last year", EventType.CommunityEvent, EventStatus.Completed, Utc(2024, 3, 9), w3);

        Shift NewShift(Event e, int capacity, int filled)
        {
            var s = new Shift { Event = e, Role = "Crew", StartUtc = e.StartUtc, EndUtc = e.EndUtc, Capacity = capacity, Filled = filled };
            db.Shifts.Add(s);
            return s;
        }

        void NewSignup(Shift s, ApplicationUser v, SignupStatus status, double? hours) =>
            db.Signups.Add(new Signup { Shift = s, VolunteerId = v.Id, Status = status, Hours = hours, CreatedUtc = s.StartUtc.AddDays(-3), IdempotencyKey = Guid.NewGuid().ToString("N") });

        var shiftA = NewShift(a, 2, 2);
        NewSignup(shiftA, volunteers[0], SignupStatus.Attended, 2.5);
        NewSignup(shiftA, volunteers[1], SignupStatus.Attended, 1.75);
        var shiftB = NewShift(b, 5, 2);
        NewSignup(shiftB, volunteers[0], SignupStatus.Attended, 3);
        NewSignup(shiftB, volunteers[2], SignupStatus.NoShow, null);
        NewSignup(shiftB, volunteers[1], SignupStatus.Cancelled, null);
        var shiftLastYear = NewShift(lastYear, 1, 1);
        NewSignup(shiftLastYear, volunteers[1], SignupStatus.Attended, 4);

        var school = new School { Name = "Dash Elementary", District = "West Memphis School District", AreaId = w3.Id };
        db.Schools.Add(school);
        var rusty = await db.BookableResources.FirstAsync(r => r.Kind == ResourceKind.Mascot);
        PresentationRequest NewRequest(PresentationKind kind, PresentationStatus status, DateTime when, School? at, int? people)
        {
            var r = new PresentationRequest
            {
                ReferenceCode = "PR-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"), Kind = kind, Status = status,
                RequesterName = "Requester", RequesterEmail = "r@example.com", Location = "School", School = at, AudienceSize = 100, MinutesAllotted = 45,
                Option1StartUtc = when, Option1EndUtc = when.AddHours(1), CreatedUtc = when.AddDays(-30), UpdatedUtc = when, PeopleReached = people,
                CompletedUtc = status == PresentationStatus.Completed ? when.AddDays(2) : null,
            };
            db.PresentationRequests.Add(r);
            return r;
        }

        var withRusty = NewRequest(PresentationKind.SchoolPresentation, PresentationStatus.Completed, Utc(2025, 3, 10), school, 120);
        withRusty.Appearance = new Appearance { StartUtc = Utc(2025, 3, 10), EndUtc = Utc(2025, 3, 10, 16), Location = "Gym", CreatedUtc = Utc(2025, 2, 1) };
        withRusty.Appearance.Bookings.Add(new AppearanceBooking { ResourceId = rusty.Id });
        NewRequest(PresentationKind.SpeakingEngagement, PresentationStatus.Completed, Utc(2025, 3, 13), null, 40); // completed March 15, no appearance
        NewRequest(PresentationKind.SchoolPresentation, PresentationStatus.Scheduled, Utc(2025, 3, 18), school, null);
        NewRequest(PresentationKind.SchoolPresentation, PresentationStatus.Completed, Utc(2025, 4, 18), school, 500);

        var church = new Congregation { Name = "Dash Chapel " + Guid.NewGuid().ToString("N")[..6], Address = "1 Chapel St", AreaId = w3.Id };
        db.Congregations.Add(church);
        var partner = new PartnerOrganization { Name = "Dash Food Bank " + Guid.NewGuid().ToString("N")[..6], Kind = PartnerKind.Nonprofit, IsActive = true };
        partner.AreasServed.Add(new PartnerArea { AreaId = w3.Id });
        var other = new PartnerOrganization { Name = "Dash Ward One Group", Kind = PartnerKind.WatchGroup, IsActive = true };
        other.AreasServed.Add(new PartnerArea { AreaId = w1.Id });
        var inactive = new PartnerOrganization { Name = "Dash Closed Charity", Kind = PartnerKind.Nonprofit, IsActive = false };
        db.PartnerOrganizations.AddRange(partner, other, inactive);

        void NewContact(DateTime when, ContactKind kind, ContactCategory category, int people, Area area, Congregation? c = null, PartnerOrganization? p = null,
            string? followUp = null, DateTime? closed = null) =>
            db.ContactLogs.Add(new ContactLog
            {
                OfficerId = officer.Id, WhenUtc = when, Kind = kind, Category = category, PositiveContacts = people, AreaId = area.Id, Congregation = c, PartnerOrganization = p,
                Purpose = "Visit", FollowUp = followUp, FollowUpOwnerId = followUp is null ? null : officer.Id, FollowUpClosedUtc = closed, CreatedUtc = when,
            });

        NewContact(Utc(2025, 3, 5), ContactKind.ChurchVisit, ContactCategory.Relationship, 10, w3, church, followUp: "Send checklist", closed: Utc(2025, 3, 25));
        NewContact(Utc(2025, 3, 20), ContactKind.ClergyMeeting, ContactCategory.Relationship, 2, w3, church);
        NewContact(Utc(2025, 3, 12), ContactKind.PartnerMeeting, ContactCategory.ProblemSolving, 5, w3, p: partner, followUp: "Plan food drive");
        NewContact(Utc(2025, 3, 14), ContactKind.CommunityContact, ContactCategory.Activity, 7, w1);
        NewContact(Utc(2025, 4, 14), ContactKind.CommunityContact, ContactCategory.Activity, 100, w3);
        NewContact(Utc(2024, 3, 14), ContactKind.ChurchVisit, ContactCategory.Relationship, 3, w3, church);
        void NewConcern(DateTime created, DateTime? resolved, Area area) => db.Concerns.Add(new WestMemphis.Pact.Domain.Concerns.Concern
        {
            ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"), Location = "100 Main St",
            Description = "Speeding", AreaId = area.Id, CreatedUtc = created, UpdatedUtc = created, ResolvedUtc = resolved,
            Status = resolved is null ? WestMemphis.Pact.Domain.Concerns.ConcernStatus.New : WestMemphis.Pact.Domain.Concerns.ConcernStatus.Resolved,
        });
        NewConcern(Utc(2025, 3, 3), Utc(2025, 3, 7), w3); // 4 days
        NewConcern(Utc(2025, 3, 10), Utc(2025, 3, 12), w3); // 2 days
        NewConcern(Utc(2025, 3, 5), null, w1);
        NewConcern(Utc(2025, 2, 20), Utc(2025, 3, 20), w1); // received before the period, resolved in it: 28 days
        NewConcern(Utc(2025, 4, 2), null, w3);
        db.Problems.Add(new WestMemphis.Pact.Domain.Problems.Problem
        {
            Title = "Speeding on Main", OwnerId = officer.Id, AreaId = w3.Id, OpenedUtc = Utc(2025, 3, 2), ClosedUtc = Utc(2025, 3, 28),
            AssessedUtc = Utc(2025, 3, 27), Effective = true, UpdatedUtc = Utc(2025, 3, 28),
        });
        db.Problems.Add(new WestMemphis.Pact.Domain.Problems.Problem { Title = "Dumping", OwnerId = officer.Id, AreaId = w3.Id, OpenedUtc = Utc(2025, 1, 2), UpdatedUtc = Utc(2025, 1, 2) });
        await db.SaveChangesAsync();
        return new Arranged(w3.Id, w3.Name, church.Name, partner.Name, inactive.Name);
    });

    private static List<string[]> ReadCsv(string text)
    {
        using var csv = CsvReader.Create(Encoding.UTF8.GetBytes(text).AsMemory(), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        foreach (var record in csv)
        {
            rows.Add(record.ToArray());
        }

        return rows;
    }
}
