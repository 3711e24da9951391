using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

public sealed class AuditTrailTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Log_ins_failures_and_staff_changes_are_audited_and_listed_for_admins()
    {
        var adminEmail = $"auditor-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(adminEmail, TestUsers.Password, Roles.Admin);
        var target = await factory.CreateUserAsync($"audited-{Guid.NewGuid():N}@example.com");
        await factory.CreateBrowserClient().LoginAsync(target.Email!, "wrong password entirely");
        var admin = factory.CreateBrowserClient();
        await admin.LoginAsync(adminEmail);
        var details = await admin.GetPageAsync($"/admin/users/{target.Id}");
        await admin.SubmitAsync(details, formSelector: "form:has(input[name=role][value=Officer])");

        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordId == target.Id).ToListAsync());
        Assert.Contains(entries, e => e.Action == "LoginFailed" && e.Outcome == AuditOutcomes.Failure);
        var grant = Assert.Single(entries, e => e.Action == "RoleGranted");
        Assert.Equal("Officer", grant.Details);
        Assert.Equal(adminEmail, grant.UserName);

        var page = await admin.GetPageAsync($"/admin/audit?recordId={target.Id}&action=RoleGranted");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("RoleGranted", rows[0].TextContent);

        var csv = await admin.GetAsync($"/admin/audit/export.csv?recordId={target.Id}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("RoleGranted", text);
        Assert.Contains("LoginFailed", text);
    }

    [Fact]
    public async Task Domain_changes_are_audited_in_the_same_transaction_by_the_interceptor()
    {
        var area = await factory.WithDbAsync(async db =>
        {
            var a = await db.Areas.FirstAsync();
            a.Description = "Changed by a test";
            await db.SaveChangesAsync();
            return a;
        });

        var entry = await factory.WithDbAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.RecordType == "Area"));
        Assert.Equal("Updated", entry.Action);
        Assert.Equal(area.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.RecordId);
        Assert.Equal("Changed: Description", entry.Details);
    }

    [Fact]
    public async Task Records_of_every_feature_are_audited_not_only_those_in_the_root_domain_namespace()
    {
        // PartnerOrganization lives in Domain.Liaison: the interceptor once audited Domain itself only.
        var name = $"Audited partner {Guid.NewGuid():N}";
        var partner = await factory.WithDbAsync(async db =>
        {
            var p = new WestMemphis.Pact.Domain.Liaison.PartnerOrganization { Name = name };
            db.PartnerOrganizations.Add(p);
            await db.SaveChangesAsync();
            p.Services = "Food pantry";
            await db.SaveChangesAsync();
            return p;
        });

        var id = partner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordType == "PartnerOrganization" && e.RecordId == id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["Created", "Updated"], entries.Select(e => e.Action));
        Assert.Equal("Changed: Services", entries[1].Details);
    }

    [Fact]
    public async Task Every_view_of_a_volunteers_record_is_audited_with_who_looked()
    {
        var volunteer = await factory.VolunteerAsync($"viewed-{Guid.NewGuid():N}@example.com");
        var coordinatorEmail = $"viewer-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(coordinatorEmail, TestUsers.Password, Roles.Coordinator);
        var coordinator = factory.CreateBrowserClient();
        await coordinator.LoginAsync(coordinatorEmail);

        var page = await coordinator.GetPageAsync($"/manage/volunteers/{volunteer.Id}");
        await coordinator.GetPageAsync($"/manage/volunteers/{volunteer.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var views = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Viewed" && a.RecordType == "VolunteerProfile" && a.RecordId == volunteer.Id).ToListAsync());
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(coordinatorEmail, v.UserName));
    }

    [Fact]
    public async Task The_app_offers_no_way_to_change_or_delete_audit_entries()
    {
        var email = $"noedit-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var admin = factory.CreateBrowserClient();
        await admin.LoginAsync(email);
        var page = await admin.GetPageAsync("/admin/audit");

        Assert.Empty(page.Document.QuerySelectorAll("main form[method=post]"));
        Assert.DoesNotContain(AccessMatrix.Endpoints.Keys, k => k.StartsWith("POST admin/audit", StringComparison.Ordinal));
    }
}

public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_a_fresh_one()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pact-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var jar = new CookieContainer();
            var email = $"keys-{Guid.NewGuid():N}@example.com";
            using (var first = PactFactory.ReusingFolder(folder))
            {
                await first.CreateUserAsync(email);
                await first.CreateClientWithCookies(jar).LoginAsync(email);
            }

            using var second = PactFactory.ReusingFolder(folder);
            var response = await second.CreateClientWithCookies(jar).GetAsync("/Account/Manage");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(await second.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class LoggingTests
{
    [Fact]
    public async Task Passwords_never_reach_the_logs()
    {
        using var factory = new PactFactory()
            .With("Logging:File", "true")
            .With("Serilog:MinimumLevel:Default", "Debug");
        const string secret = "unmistakable secret passphrase 9137";
        var email = $"logs-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, secret);
        await factory.CreateBrowserClient().RegisterAsync($"new-{Guid.NewGuid():N}@example.com", secret);
        await factory.CreateBrowserClient().LoginAsync(email, secret);
        await factory.CreateBrowserClient().LoginAsync(email, secret + " wrong");

        // The file sink writes in the background: wait until the last request's line is there.
        var logs = "";
        Assert.True(await Eventually.TrueAsync(() =>
        {
            var folder = Path.Combine(factory.Folder, "logs");
            logs = Directory.Exists(folder) ? string.Join("\n", Directory.GetFiles(folder).Select(ReadShared)) : "";
            return Task.FromResult(CountOf(logs, "\"RequestPath\":\"/Account/Login\"") >= 4);
        }), "the log-in requests never reached the log file");
        Assert.Contains("/Account/Login", logs);
        Assert.DoesNotContain(secret, logs);
        Assert.DoesNotContain(email, logs);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
