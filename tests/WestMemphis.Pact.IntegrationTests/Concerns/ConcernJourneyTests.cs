using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

/// <summary>Reporting a concern, following it on /status and /my, and staff triage, through the real forms.</summary>
public sealed class ConcernJourneyTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static string Email() => $"neighbor-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task A_report_gets_a_long_reference_code_an_email_and_shows_on_status()
    {
        var client = factory.CreateBrowserClient();
        var email = Email();

        var code = await client.ReportConcernAsync(email);

        Assert.Matches("^C-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$", code);
        var stored = await factory.ConcernAsync(code);
        Assert.Equal(ConcernStatus.New, stored.Status);
        Assert.Equal("Pat Neighbor", stored.ReporterName);
        var mail = await factory.LatestMailAsync(email);
        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);

        var status = await client.CheckConcernStatusAsync(code.ToLowerInvariant(), email.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Contains("Illegal dumping", status.Text, StringComparison.Ordinal);
        Assert.Contains("New", status.Document.QuerySelector(".concern-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_concern_page_says_it_is_not_for_emergencies()
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/concerns/new");
        Assert.Contains("This is not for emergencies: call 911.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_report_keeps_no_contact_and_is_found_by_its_code_alone()
    {
        var client = factory.CreateBrowserClient();
        var code = await client.ReportConcernAsync(Email(), v => v["Anonymous"] = "true");

        var stored = await factory.ConcernAsync(code);
        Assert.True(stored.IsAnonymous);
        Assert.Null(stored.ReporterEmail);
        Assert.Null(stored.ReporterName);
        Assert.Null(stored.ReporterPhone);
        var status = await client.CheckConcernStatusAsync(code, null);
        Assert.NotNull(status.Document.QuerySelector(".concern-status"));
    }

    [Fact]
    public async Task Status_gives_the_same_answer_for_a_wrong_code_and_a_wrong_email()
    {
        var client = factory.CreateBrowserClient();
        var email = Email();
        var code = await client.ReportConcernAsync(email);
        var wrongCode = "C-" + new string(code[2..].Reverse().ToArray());

        var byWrongEmail = await client.CheckConcernStatusAsync(code, "someone-else@example.com");
        var byWrongCode = await client.CheckConcernStatusAsync(wrongCode, email);
        var byNoEmail = await client.CheckConcernStatusAsync(code, null);

        Assert.Equal(byWrongEmail.Status, byWrongCode.Status);
        Assert.Equal(byWrongEmail.Errors, byWrongCode.Errors);
        Assert.Equal(byWrongEmail.Errors, byNoEmail.Errors);
        Assert.Single(byWrongEmail.Errors);
        Assert.Null(byWrongEmail.Document.QuerySelector(".concern-status"));
        Assert.DoesNotContain("Illegal dumping", byWrongEmail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_resident_sees_their_concern_on_my()
    {
        var email = Email();
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        var code = await client.ReportConcernAsync(email);

        var my = await client.GetPageAsync("/my");
        Assert.Contains(code, my.Document.QuerySelector("[aria-labelledby=my-concerns-title]")!.TextContent, StringComparison.Ordinal);
        var other = factory.CreateBrowserClient();
        var otherEmail = Email();
        await factory.CreateUserAsync(otherEmail);
        await other.LoginAsync(otherEmail);
        Assert.DoesNotContain(code, (await other.GetPageAsync("/my")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_public_update_is_emailed_and_shown_on_status_while_notes_and_reporter_stay_staff_only()
    {
        var reporter = factory.CreateBrowserClient();
        var email = Email();
        var code = await reporter.ReportConcernAsync(email);
        var id = (await factory.ConcernAsync(code)).Id;
        var staff = await factory.StaffAsync();

        var queue = await staff.GetPageAsync("/concerns/manage");
        Assert.Contains(code, queue.Text, StringComparison.Ordinal);
        var acknowledged = await staff.OnConcernPageAsync(id, "status", new() { ["Status"] = nameof(ConcernStatus.Acknowledged) });
        Assert.Equal("Acknowledged", acknowledged.Document.QuerySelector("#concern-status")!.TextContent.Trim());
        await staff.OnConcernPageAsync(id, "updates", new() { ["Body"] = "An officer will visit the lot on Friday.", ["IsPublic"] = "true" });
        await staff.OnConcernPageAsync(id, "updates", new() { ["Body"] = "Owner is Mr. Secret Landlord, 870-555-0000.", ["IsPublic"] = "false" });

        var mail = await factory.LatestMailAsync(email);
        Assert.Contains("An officer will visit the lot on Friday.", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Landlord", mail.Body, StringComparison.Ordinal);
        var queued = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "ConcernUpdate"));
        Assert.Equal(1, queued);

        var status = await reporter.CheckConcernStatusAsync(code, email);
        Assert.Contains("An officer will visit the lot on Friday.", status.Text, StringComparison.Ordinal);
        Assert.Contains("Acknowledged", status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Landlord", status.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Neighbor", status.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("870-555-0199", status.Html, StringComparison.Ordinal);

        var staffPage = await staff.GetPageAsync($"/concerns/manage/{id}");
        Assert.Contains("Secret Landlord", staffPage.Text, StringComparison.Ordinal);
        Assert.Contains("Pat Neighbor", staffPage.Document.QuerySelector("#reporter")!.TextContent, StringComparison.Ordinal);

        // Residents and strangers never reach the staff pages.
        var anonymousView = await reporter.GetPageAsync($"/concerns/manage/{id}");
        Assert.Equal("/Account/Login", anonymousView.Url.AbsolutePath);
        Assert.DoesNotContain("Pat Neighbor", anonymousView.Html, StringComparison.Ordinal);
        var resident = factory.CreateBrowserClient();
        var residentEmail = Email();
        await factory.CreateUserAsync(residentEmail);
        await resident.LoginAsync(residentEmail);
        var residentView = await resident.GetPageAsync($"/concerns/manage/{id}");
        Assert.DoesNotContain("Pat Neighbor", residentView.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Landlord", residentView.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_view_of_a_reporters_contact_is_audited()
    {
        var code = await factory.CreateBrowserClient().ReportConcernAsync(Email());
        var id = (await factory.ConcernAsync(code)).Id;
        var staff = await factory.StaffAsync(Roles.Coordinator);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == "ConcernReporter" && a.RecordId == key));

        await staff.GetPageAsync($"/concerns/manage/{id}");
        await staff.GetPageAsync($"/concerns/manage/{id}");

        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordType == "ConcernReporter" && a.RecordId == key).ToListAsync());
        Assert.Equal(before + 2, entries.Count);
        Assert.All(entries, e => Assert.Equal("Viewed", e.Action));
        Assert.All(entries, e => Assert.NotNull(e.UserId));
    }

    [Fact]
    public async Task Resolving_needs_a_reason_and_a_stale_form_is_refused_with_a_clear_message()
    {
        var email = Email();
        var code = await factory.CreateBrowserClient().ReportConcernAsync(email);
        var id = (await factory.ConcernAsync(code)).Id;
        var staff = await factory.StaffAsync();
        var stale = await staff.GetPageAsync($"/concerns/manage/{id}");

        var noReason = await staff.OnConcernPageAsync(id, "status", new() { ["Status"] = nameof(ConcernStatus.Resolved), ["Reason"] = "" });
        Assert.Contains(noReason.Errors, e => e.Contains("Say why", StringComparison.Ordinal));
        Assert.Equal(ConcernStatus.New, (await factory.ConcernAsync(code)).Status);

        await staff.OnConcernPageAsync(id, "status", new() { ["Status"] = nameof(ConcernStatus.Resolved), ["Reason"] = "Lot cleaned by the city." });
        var conflict = await staff.SubmitAsync(stale, new Dictionary<string, string?> { ["Body"] = "Late note", ["IsPublic"] = "false" }, $"main form[action='/concerns/manage/{id}/updates']");

        Assert.Contains(conflict.Errors, e => e.Contains("changed by someone else", StringComparison.Ordinal));
        var saved = await factory.ConcernAsync(code);
        Assert.Equal(ConcernStatus.Resolved, saved.Status);
        Assert.NotNull(saved.ResolvedUtc);
        Assert.DoesNotContain(saved.Updates, u => u.Body == "Late note");
        Assert.Contains(await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email).Select(m => m.Kind).ToListAsync()), k => k == "ConcernStatus");
    }
}
