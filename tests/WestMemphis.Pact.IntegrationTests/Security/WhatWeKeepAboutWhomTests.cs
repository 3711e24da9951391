using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Concerns;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Presentations;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>A test app whose log events (at Information, as in Production) the tests read.</summary>
public sealed class LoggedPactFactory : PactFactory
{
    public LoggedPactFactory()
    {
        ConfigureTestServices = Logs.AddTo;
        With("Serilog:MinimumLevel:Default", "Information");
    }

    public LogCapture Logs { get; } = new();
}

/// <summary>
/// Each row of docs/security.md's "What we keep about whom" table, done as the person does it, then the database,
/// the audit trail, the log and the outbox are read for what they hold about that person.
/// </summary>
public sealed class WhatWeKeepAboutWhomTests(LoggedPactFactory factory) : IClassFixture<LoggedPactFactory>
{
    private const string Wording = "Your account is locked visit evil example";

    private Task<long> LastAuditIdAsync() => factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)).ContinueWith(t => t.Result ?? 0);

    private Task<List<AuditEntry>> AuditSinceAsync(long id) => factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > id).ToListAsync());

    private Task<List<OutboxMessage>> OutboxSinceAsync(long id) => factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Id > id).ToListAsync());

    private Task<long> LastOutboxIdAsync() => factory.WithDbAsync(db => db.OutboxMessages.MaxAsync(m => (long?)m.Id)).ContinueWith(t => t.Result ?? 0);

    private static string Text(AuditEntry a) => $"{a.UserId}|{a.UserName}|{a.IpAddress}|{a.Details}|{a.RecordId}";

    private static string Text(OutboxMessage m) => $"{m.ToAddress}|{m.ToName}|{m.Subject}|{m.TextBody}|{m.HtmlBody}";

    [Fact]
    public async Task Reporter_anonymous_and_signed_in_leaves_no_audit_row_log_event_or_email_with_their_id_email_or_address()
    {
        const string address = "203.0.113.41";
        var email = $"anon-resident-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient(remoteAddress: address);
        await client.LoginAsync(email);
        var audit = await LastAuditIdAsync();
        var outbox = await LastOutboxIdAsync();
        var logsBefore = factory.Logs.Events.Count;

        var code = await client.ReportConcernAsync(email, v => v["Anonymous"] = "true");
        await factory.Logs.WaitForAsync(e => e.StringProperty("RequestPath") == "/concerns/sent");
        await factory.Logs.WaitForAsync(e => e.StringProperty("RequestMethod") == "POST" && e.StringProperty("RequestPath") == "/concerns/new");

        var concern = await factory.ConcernAsync(code);
        Assert.True(concern.IsAnonymous);
        Assert.Null(concern.ReporterUserId);
        Assert.Null(concern.ReporterEmail);
        var created = Assert.Single(await AuditSinceAsync(audit), a => a.RecordType == "Concern" && a.Action == "Created");
        Assert.Null(created.UserId);
        Assert.Null(created.IpAddress);
        Assert.Equal("the public form", created.UserName);
        foreach (var secret in new[] { user.Id, email, address })
        {
            Assert.DoesNotContain(await AuditSinceAsync(audit), a => Text(a).Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(await OutboxSinceAsync(outbox), m => Text(m).Contains(secret, StringComparison.OrdinalIgnoreCase));
            var events = factory.Logs.Events.Skip(logsBefore).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " "
                + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}")));
            Assert.DoesNotContain(events, e => e.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        // And the admin's audit screen and its export show no one.
        var admin = await factory.StaffAsync(Roles.Admin);
        var csv = await (await admin.GetAsync($"/admin/audit/export.csv?recordId={concern.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("the public form", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(email, csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(user.Id, csv, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reporter_anonymous_and_not_signed_in_leaves_no_address()
    {
        const string address = "198.51.100.23";
        var audit = await LastAuditIdAsync();

        var code = await factory.CreateBrowserClient(remoteAddress: address).ReportConcernAsync(null, v => v["Anonymous"] = "true");

        var concern = await factory.ConcernAsync(code);
        var rows = await AuditSinceAsync(audit);
        Assert.Contains(rows, a => a.RecordType == "Concern" && a.RecordId == concern.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(rows, a => a.IpAddress is not null || Text(a).Contains(address, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reporter_named_keeps_what_they_gave_and_their_email_carries_only_the_portals_text()
    {
        const string address = "192.0.2.77";
        var email = $"named-{Guid.NewGuid():N}@example.com";
        var audit = await LastAuditIdAsync();

        var code = await factory.CreateBrowserClient(remoteAddress: address).ReportConcernAsync(email, v => v["Name"] = Wording);

        var concern = await factory.ConcernAsync(code);
        Assert.Equal(Wording, concern.ReporterName);
        Assert.Equal(email, concern.ReporterEmail);
        var created = Assert.Single(await AuditSinceAsync(audit), a => a.RecordType == "Concern" && a.Action == "Created");
        Assert.Equal(address, created.IpAddress);
        Assert.Null(created.UserId);
        var mail = Assert.Single(await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == email).ToListAsync()));
        Assert.DoesNotContain(Wording, Text(mail), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(code, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://localhost/status", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reporter_named_and_signed_in_is_tied_to_their_account()
    {
        var email = $"named-resident-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        var audit = await LastAuditIdAsync();

        var code = await client.ReportConcernAsync(email);

        Assert.Equal(user.Id, (await factory.ConcernAsync(code)).ReporterUserId);
        var created = Assert.Single(await AuditSinceAsync(audit), a => a.RecordType == "Concern" && a.Action == "Created");
        Assert.Equal(user.Id, created.UserId);
    }

    [Fact]
    public async Task Requester_of_a_visit_is_emailed_only_the_portals_text_and_sees_what_they_asked_on_the_status_page()
    {
        var email = $"requester-{Guid.NewGuid():N}@example.com";
        var client = factory.CreateBrowserClient();

        var code = await client.RequestVisitAsync(email, v =>
        {
            v["RequesterName"] = Wording;
            v["Location"] = "Call 870 555 0000 to unlock your bank card";
            v["OrganizationName"] = "Unlock your bank card today";
        });

        var mail = Assert.Single(await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == email).ToListAsync()));
        Assert.Null(mail.ToName);
        Assert.DoesNotContain(Wording, Text(mail), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bank card", Text(mail), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(code, mail.Subject + mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://localhost/status", mail.TextBody, StringComparison.Ordinal);
        var status = await client.CheckStatusAsync(code, email);
        Assert.Contains("bank card", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Volunteer_feed_token_is_kept_only_as_a_hash_shown_once_and_its_creation_and_revocation_audited()
    {
        var email = EventSteps.Unique("feed");
        var user = await factory.VolunteerAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        var created = await client.SubmitAsync(await client.GetPageAsync("/my"), formSelector: "form[action='/my/calendar']");
        var url = created.Document.QuerySelector("#calendar-url")?.GetAttribute("value");

        Assert.NotNull(url);
        var token = url!.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.UserId == user.Id).Select(p => p.CalendarToken).SingleAsync());
        Assert.NotEqual(token, stored);
        Assert.Equal(Sha256(token), stored);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/my/calendar/{token}.ics")).StatusCode);
        var again = await client.GetPageAsync("/my");
        Assert.DoesNotContain(token, again.Html, StringComparison.Ordinal);

        await client.SubmitAsync(again, formSelector: "form[action='/my/calendar/revoke']");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/my/calendar/{token}.ics")).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.UserId == user.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains("CalendarFeedCreated", audit);
        Assert.Contains("CalendarFeedRevoked", audit);
    }

    [Fact]
    public async Task Officer_feed_token_is_kept_only_as_a_hash_and_its_creation_audited()
    {
        var coordinator = await factory.CoordinatorAsync();
        var rusty = await factory.RustyIdAsync();

        var page = await coordinator.GetPageAsync("/manage/resources");
        var created = await coordinator.SubmitAsync(page, new Dictionary<string, string?> { ["resource"] = $"r:{rusty}" }, "form[action='/manage/resources/calendar']");
        var url = created.Document.QuerySelector("#feed-url")?.GetAttribute("value");

        Assert.NotNull(url);
        var token = url!.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.BookableResources.Where(r => r.Id == rusty).Select(r => r.CalendarToken).SingleAsync());
        Assert.Equal(Sha256(token), stored);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync($"/appearances/{token}.ics")).StatusCode);
        Assert.DoesNotContain(token, (await coordinator.GetPageAsync("/manage/resources")).Html, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "CalendarFeedCreated" && a.RecordType == "BookableResource"
            && a.RecordId == rusty.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    private static string Sha256(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
}
