using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>Logging contacts from the quick form, follow-ups, audit of visit notes, reports and exports.</summary>
public sealed class ContactLogTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static readonly TimeZoneInfo Central = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    private static DateTime LocalNow => TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Central);

    [Fact]
    public async Task An_officer_logs_a_church_visit_with_two_inputs_and_a_follow_up_then_closes_it()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        var church = await factory.CongregationAsync($"Faith Temple {Guid.NewGuid():N}"[..24], "700 Polk Ave", "W3");

        var form = await officer.GetPageAsync("/liaison/contacts/new");
        Assert.Equal(LocalNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.FieldValue("Date"));
        Assert.Equal(4, form.Document.QuerySelectorAll("#contact-form [required]").Length);
        var saved = await officer.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Kind"] = nameof(ContactKind.ChurchVisit),
            ["Purpose"] = "Sunday greeting",
            ["Congregation"] = church.Name.ToUpperInvariant(),
            ["FollowUp"] = "Send the security checklist",
            ["FollowUpDue"] = LocalNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "#contact-form");
        Assert.Contains("Logged: Church visit, with a follow-up", saved.StatusMessage);
        var log = await factory.WithDbAsync(db => db.ContactLogs.SingleAsync(c => c.OfficerId == user.Id));
        Assert.Equal(church.Id, log.CongregationId);
        Assert.Equal(church.AreaId, log.AreaId); // the area came from the congregation
        Assert.Equal(user.Id, log.FollowUpOwnerId);
        Assert.Contains("Send the security checklist", saved.Text); // on the officer's home, due

        var closed = await officer.SubmitAsync(saved, new Dictionary<string, string?> { ["Outcome"] = "Emailed it to the pastor" }, $"form[action='/liaison/followups/{log.Id}/close']");
        Assert.Equal("Follow-up closed.", closed.StatusMessage);
        var after = await factory.WithDbAsync(db => db.ContactLogs.SingleAsync(c => c.Id == log.Id));
        Assert.NotNull(after.FollowUpClosedUtc);
        Assert.Equal("Emailed it to the pastor", after.FollowUpOutcome);
        Assert.DoesNotContain("Send the security checklist", (await officer.GetPageAsync("/liaison")).Text);

        var history = await officer.GetPageAsync($"/manage/congregations/{church.Id}");
        Assert.Contains("Sunday greeting", history.Text);
    }

    [Fact]
    public async Task Without_a_congregation_the_area_is_the_officers_assignment()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        await factory.AssignAsync(user.Id, "W5");
        await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"),
            new Dictionary<string, string?> { ["Kind"] = nameof(ContactKind.ParkAndWalk), ["Purpose"] = "Walk with neighbors", ["PositiveContacts"] = "14" }, "#contact-form");
        var log = await factory.WithDbAsync(db => db.ContactLogs.Include(c => c.Area).SingleAsync(c => c.OfficerId == user.Id));
        Assert.Equal("W5", log.Area!.Code);
        Assert.Equal(14, log.PositiveContacts);
    }

    [Fact]
    public async Task A_visit_in_the_future_a_follow_up_due_before_the_visit_and_an_unknown_congregation_are_refused_and_nothing_is_saved()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        var today = LocalNow;
        var cases = new (Dictionary<string, string?> Fields, string Message)[]
        {
            (new() { ["Date"] = today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "cannot be in the future"),
            (new() { ["FollowUp"] = "Call back", ["FollowUpDue"] = today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "cannot be due before the visit"),
            (new() { ["Congregation"] = "No Such Church Anywhere" }, "No congregation called"),
            (new() { ["Kind"] = "" }, "Choose the kind of contact"),
            (new() { ["Purpose"] = "   " }, "what the contact was for"),
            (new() { ["Date"] = "2026-03-08", ["Time"] = "02:30" }, "does not exist in Central time"),
            (new() { ["FollowUpDue"] = "2026-07-01" }, "Say what the follow-up is"),
        };
        foreach (var (fields, message) in cases)
        {
            var values = new Dictionary<string, string?> { ["Kind"] = nameof(ContactKind.BusinessCheck), ["Purpose"] = "Check on Broadway" };
            foreach (var (k, v) in fields)
            {
                values[k] = v;
            }

            var page = await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"), values, "#contact-form");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.True(page.Errors.Any(e => e.Contains(message, StringComparison.Ordinal)), $"Expected '{message}' in: {string.Join(" | ", page.Errors)}");
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.ContactLogs.CountAsync(c => c.OfficerId == user.Id)));
    }

    [Fact]
    public async Task Every_view_of_visit_notes_is_audited_and_another_officer_cannot_open_them()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"), new Dictionary<string, string?>
        {
            ["Kind"] = nameof(ContactKind.ClergyMeeting),
            ["Purpose"] = "Alliance meeting",
            ["Notes"] = "Pastor worried about a break-in pattern",
        }, "#contact-form");
        var id = await factory.WithDbAsync(db => db.ContactLogs.Where(c => c.OfficerId == user.Id).Select(c => c.Id).SingleAsync());
        var idText = id.ToString(CultureInfo.InvariantCulture);
        Task<int> Views() => factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Viewed" && a.RecordType == nameof(ContactLog) && a.RecordId == idText));

        var list = await officer.GetPageAsync("/liaison/contacts");
        Assert.DoesNotContain("break-in pattern", list.Text);
        Assert.Equal(0, await Views());
        var details = await officer.GetPageAsync($"/liaison/contacts/{id}");
        Assert.Contains("break-in pattern", details.Text);
        Assert.Equal(1, await Views());
        await officer.GetPageAsync($"/liaison/contacts/{id}/edit");
        Assert.Equal(2, await Views());

        var (other, _) = await factory.SignedInAsync(Roles.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetPageAsync($"/liaison/contacts/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetPageAsync($"/liaison/contacts/{id}/edit")).Status);
        Assert.DoesNotContain("Alliance meeting", (await other.GetPageAsync("/liaison/contacts")).Text);
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        Assert.Contains("break-in pattern", (await admin.GetPageAsync($"/liaison/contacts/{id}")).Text);
        Assert.Equal(3, await Views());
    }

    [Fact]
    public async Task An_officer_edits_their_log_and_a_stale_edit_is_refused()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"),
            new Dictionary<string, string?> { ["Kind"] = nameof(ContactKind.SchoolVisit), ["Purpose"] = "Lunch with students" }, "#contact-form");
        var id = await factory.WithDbAsync(db => db.ContactLogs.Where(c => c.OfficerId == user.Id).Select(c => c.Id).SingleAsync());
        var first = await officer.GetPageAsync($"/liaison/contacts/{id}/edit");
        var second = await officer.GetPageAsync($"/liaison/contacts/{id}/edit");
        var saved = await officer.SubmitAsync(first, new Dictionary<string, string?> { ["Purpose"] = "Lunch with 5th graders" }, "#contact-form");
        Assert.Equal("Contact saved.", saved.StatusMessage);
        var stale = await officer.SubmitAsync(second, new Dictionary<string, string?> { ["Purpose"] = "Overwrite" }, "#contact-form");
        Assert.Contains(stale.Errors, e => e.Contains("changed by someone else", StringComparison.Ordinal));
        Assert.Equal("Lunch with 5th graders", await factory.WithDbAsync(db => db.ContactLogs.Where(c => c.Id == id).Select(c => c.Purpose).SingleAsync()));
    }

    [Fact]
    public async Task Follow_ups_are_flagged_overdue_and_the_monthly_report_and_exports_count_them()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        var when = DateTime.UtcNow.AddDays(-20);
        await factory.WithDbAsync(async db =>
        {
            db.ContactLogs.Add(new ContactLog
            {
                OfficerId = user.Id,
                WhenUtc = when,
                Kind = ContactKind.PjaCoordination,
                Category = ContactCategory.ProblemSolving,
                Purpose = "=HYPERLINK(\"http://evil.example\")",
                PositiveContacts = 6,
                FollowUp = "Share the patrol plan",
                FollowUpOwnerId = user.Id,
                FollowUpDue = DateOnly.FromDateTime(when).AddDays(5),
                CreatedUtc = when,
            });
            await db.SaveChangesAsync();
        });

        var followUps = await officer.GetPageAsync("/liaison/followups");
        Assert.Contains("Overdue", followUps.Text);
        Assert.Contains("1 overdue", followUps.Text);
        var unit = await officer.GetPageAsync("/liaison/followups?scope=unit");
        Assert.Contains("Share the patrol plan", unit.Text);

        var month = TimeZoneInfo.ConvertTimeFromUtc(when, Central).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var report = await officer.GetPageAsync($"/liaison/report?month={month}&officer={user.Id}");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains("People reached", report.Text);
        var csv = await officer.GetStringAsync($"/liaison/report.csv?month={month}&officer={user.Id}");
        Assert.Contains("Contacts by kind,PJA coordination,1", csv);
        Assert.Contains("Totals,People reached,6", csv);
        var contacts = await officer.GetStringAsync("/liaison/contacts.csv");
        Assert.Contains("'=HYPERLINK", contacts);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetPageAsync("/liaison/report?month=9999-99")).Status);
    }
}
