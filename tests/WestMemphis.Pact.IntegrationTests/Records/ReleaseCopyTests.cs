using System.Globalization;
using System.Net;
using System.Text;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Records;

/// <summary>
/// Public-records release copies through the real form: each kind gives its released values and none of the withheld ones,
/// on the page, in the CSV and in the release register (the audit log).
/// </summary>
public sealed class ReleaseCopyTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private const string Requester = "Crittenden Evening Times";

    [Fact]
    public async Task A_concern_copy_gives_the_hundred_block_and_withholds_who_reported_it()
    {
        var (staff, user) = await factory.SignedInAsync(Roles.Coordinator);
        var id = await factory.ConcernAsync();

        var details = await staff.GetPageAsync($"/concerns/manage/{id}");
        Assert.NotNull(details.Document.QuerySelector($"a[href='/records/release/concern/{id}']"));

        var copy = await ReleaseAsync(staff, $"/records/release/concern/{id}");
        Assert.Contains(ReleaseSteps.ConcernDescription, copy.Text);
        Assert.Contains("1500 BLOCK N MISSOURI ST", copy.Text);
        Assert.Contains("Code enforcement is on it", copy.Text);
        Assert.Contains("Withheld: identity of the person who reported (A.C.A. §25-19-105)", copy.Text);
        Assert.Equal(3, copy.Document.QuerySelectorAll(".redacted").Count(e => e.TextContent.Contains("identity of the person who reported", StringComparison.Ordinal)));
        await AssertAbsentAsync(staff, copy, ReleaseSteps.ReporterName, ReleaseSteps.ReporterEmail, ReleaseSteps.ReporterPhone, ReleaseSteps.ConcernAddress,
            ReleaseSteps.InternalNote);

        var entry = Assert.Single(await factory.ReleasesAsync("Concern", id));
        Assert.Equal(user.Id, entry.UserId);
        Assert.Contains("Requested by: " + Requester, entry.Details, StringComparison.Ordinal);
        Assert.Contains("Reporter's name (identity of the person who reported", entry.Details, StringComparison.Ordinal);
        Assert.Contains("Release reference", copy.Text);
        Assert.Contains(entry.Id.ToString(CultureInfo.InvariantCulture), copy.Text);
        foreach (var secret in new[] { ReleaseSteps.ReporterName, ReleaseSteps.ReporterEmail, ReleaseSteps.ReporterPhone, ReleaseSteps.InternalNote, ReleaseSteps.ConcernAddress })
        {
            Assert.DoesNotContain(secret, entry.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_contact_copy_withholds_clergy_visit_notes_and_only_its_officer_may_make_one()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        var id = await factory.ClergyContactAsync(user.Id);

        var details = await officer.GetPageAsync($"/liaison/contacts/{id}");
        Assert.NotNull(details.Document.QuerySelector($"a[href='/records/release/contact/{id}']"));

        var copy = await ReleaseAsync(officer, $"/records/release/contact/{id}");
        Assert.Contains(ReleaseSteps.ContactPurpose, copy.Text);
        Assert.Contains("Withheld: clergy visit notes", copy.Text);
        Assert.Contains("Withheld: security assessment", copy.Text);
        await AssertAbsentAsync(officer, copy, ReleaseSteps.ClergyNotes, "Obadiah");
        var entry = Assert.Single(await factory.ReleasesAsync("ContactLog", id));
        Assert.DoesNotContain(ReleaseSteps.ClergyNotes, entry.Details, StringComparison.Ordinal);

        var (other, _) = await factory.SignedInAsync(Roles.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetPageAsync($"/records/release/contact/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/records/release/contact/{id}.csv?release={entry.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_school_visit_copy_withholds_the_requester_contact_and_what_it_says_of_the_children()
    {
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var id = await factory.SchoolRequestAsync();

        var details = await coordinator.GetPageAsync($"/manage/presentations/{id}");
        Assert.NotNull(details.Document.QuerySelector($"a[href='/records/release/request/{id}']"));

        var copy = await ReleaseAsync(coordinator, $"/records/release/request/{id}");
        Assert.Contains("Wonder Elementary", copy.Text);
        Assert.Contains("Bullying and cyberbullying", copy.Text);
        Assert.Contains("Withheld: details of a juvenile", copy.Text);
        await AssertAbsentAsync(coordinator, copy, ReleaseSteps.RequesterName, ReleaseSteps.RequesterEmail, ReleaseSteps.RequesterPhone, "Jimmy Pruett");
        var entry = Assert.Single(await factory.ReleasesAsync("PresentationRequest", id));
        Assert.DoesNotContain(ReleaseSteps.RequesterName, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_copy_gives_its_plan_and_withholds_the_people_of_its_analysis()
    {
        var (staff, user) = await factory.SignedInAsync(Roles.Officer);
        var id = await factory.ProblemAsync(user.Id);

        var details = await staff.GetPageAsync($"/problems/{id}");
        Assert.NotNull(details.Document.QuerySelector($"a[href='/records/release/problem/{id}']"));

        var copy = await ReleaseAsync(staff, $"/records/release/problem/{id}");
        Assert.Contains(ReleaseSteps.ProblemPlan, copy.Text);
        Assert.Contains("700 BLOCK ELM ST", copy.Text);
        Assert.Contains("Put up a camera", copy.Text);
        await AssertAbsentAsync(staff, copy, ReleaseSteps.Offender, "714 Elm St", "The laundromat");
        Assert.Single(await factory.ReleasesAsync("Problem", id));
    }

    [Fact]
    public async Task A_review_meeting_copy_gives_its_notes_and_action_items()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        var id = await factory.ReviewMeetingAsync(user.Id);

        var details = await officer.GetPageAsync($"/crime/reviews/{id}");
        Assert.NotNull(details.Document.QuerySelector($"a[href='/records/release/review/{id}']"));

        var copy = await ReleaseAsync(officer, $"/records/release/review/{id}");
        Assert.Contains(ReleaseSteps.ReviewNotes, copy.Text);
        Assert.Contains("Extra patrols on Polk", copy.Text);
        Assert.Empty(copy.Document.QuerySelectorAll(".redacted"));
        var entry = Assert.Single(await factory.ReleasesAsync("CrimeReview", id));
        Assert.Contains("Withheld: nothing.", entry.Details, StringComparison.Ordinal);

        // A coordinator cannot reach review meetings today, nor their release copies.
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        AssertRefused(await coordinator.GetPageAsync($"/records/release/review/{id}"));
    }

    [Fact]
    public async Task A_missing_requester_is_asked_for_and_nothing_is_logged()
    {
        var (staff, _) = await factory.SignedInAsync(Roles.Coordinator);
        var id = await factory.ConcernAsync();
        var form = await staff.GetPageAsync($"/records/release/concern/{id}");
        Assert.Equal(CentralToday(), form.FieldValue("RequestDate"));

        var page = await staff.SubmitAsync(form, new Dictionary<string, string?> { ["RequestedBy"] = "   " }, "#release-form");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Say who asked for the record: a name or an organization.", page.Text);
        var tooLong = await staff.SubmitAsync(form, new Dictionary<string, string?> { ["RequestedBy"] = new string('x', 201), ["RequestDate"] = "2026-02-30" }, "#release-form");
        Assert.Contains("Who asked must be 200 characters or fewer.", tooLong.Text);
        Assert.Contains("Enter the date of the request", tooLong.Text);
        Assert.Empty(await factory.ReleasesAsync("Concern", id));
    }

    [Fact]
    public async Task Unknown_records_unlogged_releases_and_residents_get_nothing()
    {
        var (staff, _) = await factory.SignedInAsync(Roles.Admin);
        var id = await factory.ConcernAsync();
        foreach (var kind in new[] { "concern", "contact", "request", "problem", "review" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetPageAsync($"/records/release/{kind}/999999")).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/records/release/concern/{id}.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/records/release/concern/{id}.csv?release=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetPageAsync($"/records/release/concern/{id}?release=1")).Status);

        // A release of one record does not open the copy of another.
        var copy = await ReleaseAsync(staff, $"/records/release/concern/{id}");
        var release = Assert.Single(await factory.ReleasesAsync("Concern", id)).Id;
        Assert.Equal(HttpStatusCode.OK, copy.Status);
        var other = await factory.ConcernAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/records/release/concern/{other}.csv?release={release}")).StatusCode);

        var (resident, _) = await factory.SignedInAsync(Roles.Resident);
        foreach (var url in new[] { $"/records/release/concern/{id}", $"/records/release/concern/{id}.csv?release={release}", $"/records/release/request/{id}" })
        {
            var page = await resident.GetPageAsync(url);
            AssertRefused(page);
            Assert.DoesNotContain(ReleaseSteps.ConcernDescription, page.Text);
        }
    }

    private static void AssertRefused(HtmlPage page) =>
        Assert.True(page.Status == HttpStatusCode.Forbidden || page.Url.AbsolutePath.StartsWith("/Account/", StringComparison.Ordinal), $"{page.Url}: {page.Status}");

    /// <summary>Fills the real form (who asked, date left at today) and follows the redirect to the copy.</summary>
    private static async Task<HtmlPage> ReleaseAsync(HttpClient client, string url)
    {
        var form = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var copy = await client.SubmitAsync(form, new Dictionary<string, string?> { ["RequestedBy"] = Requester, ["Notes"] = "Emailed request" }, "#release-form");
        Assert.Equal(HttpStatusCode.OK, copy.Status);
        Assert.Contains("release=", copy.Url.Query, StringComparison.Ordinal);
        Assert.Contains(Requester, copy.Text);
        Assert.Contains("West Memphis Police Department", copy.Text);
        Assert.NotNull(copy.Document.QuerySelector("button[data-print][hidden]"));
        return copy;
    }

    /// <summary>None of the secrets on the copy, nor in its CSV (whose rows are the copy's rows: Field, Value, Withheld because).</summary>
    private static async Task AssertAbsentAsync(HttpClient client, HtmlPage copy, params string[] secrets)
    {
        var link = copy.Document.QuerySelector("a[href*='.csv?release=']")!.GetAttribute("href")!;
        var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Field,Value,Withheld because", csv, StringComparison.Ordinal);
        var rows = copy.Document.QuerySelectorAll(".release-table tbody tr");
        Assert.Equal(rows.Length + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        foreach (var row in rows)
        {
            Assert.Contains(row.QuerySelector("th")!.TextContent.Trim(), csv, StringComparison.Ordinal);
        }

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, copy.Html, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, csv, StringComparison.Ordinal);
        }
    }

    private static string CentralToday() =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
