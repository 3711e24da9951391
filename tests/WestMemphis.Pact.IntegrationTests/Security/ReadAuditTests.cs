using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.IntegrationTests.Presentations;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>Reads of sensitive records and bulk exports leave an audit row with who, what was asked and how much (CJIS AU-2).</summary>
public sealed class ReadAuditTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private Task<List<AuditEntry>> AuditAsync(string action, string recordType) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action && a.RecordType == recordType).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Incident_searches_and_exports_are_audited_with_their_filters_and_row_counts()
    {
        var officer = await factory.StaffAsync(Roles.Officer);

        var search = await officer.GetAsync("/crime/incidents?from=2026-01-01&to=2026-01-31&q=burglary");
        var export = await officer.GetAsync("/crime/incidents.csv?from=2026-01-01&to=2026-01-31&block=100%20BLOCK%20MAIN");

        search.EnsureSuccessStatusCode();
        export.EnsureSuccessStatusCode();
        var searched = Assert.Single(await AuditAsync("Searched", "Incident"));
        Assert.NotNull(searched.UserId);
        Assert.Contains("from=2026-01-01", searched.Details, StringComparison.Ordinal);
        Assert.Contains("q=burglary", searched.Details, StringComparison.Ordinal);
        Assert.Contains("0 of 0 offenses", searched.Details, StringComparison.Ordinal);
        var exported = Assert.Single(await AuditAsync("Exported", "Incident"));
        Assert.Contains("to=2026-01-31", exported.Details, StringComparison.Ordinal);
        Assert.Contains("block=100", exported.Details, StringComparison.Ordinal);
        Assert.Contains("0 offenses", exported.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_congregations_page_is_audited()
    {
        var congregation = await factory.CongregationAsync("Audited Chapel " + Guid.NewGuid().ToString("N")[..6], "100 Test St", "W1");
        var officer = await factory.StaffAsync(Roles.Officer);

        (await officer.GetAsync($"/manage/congregations/{congregation.Id}")).EnsureSuccessStatusCode();

        Assert.Contains(await AuditAsync("Viewed", "Congregation"), a => a.RecordId == congregation.Id.ToString(CultureInfo.InvariantCulture) && a.UserId is not null);
    }

    [Fact]
    public async Task The_outbox_masks_addresses_and_reference_codes_and_a_reveal_is_audited()
    {
        var email = $"masked-{Guid.NewGuid():N}@example.com";
        var code = await factory.CreateBrowserClient().ReportConcernAsync(email);
        var id = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email).Select(m => m.Id).SingleAsync());
        var admin = await factory.StaffAsync(Roles.Admin);

        var list = await admin.GetPageAsync("/admin/outbox");
        Assert.DoesNotContain(email, list.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(code, list.Html, StringComparison.Ordinal);
        Assert.Empty(await AuditAsync("Viewed", "OutboxMessage"));

        var revealed = await admin.GetPageAsync($"/admin/outbox/{id}");
        Assert.Contains(email, revealed.Text, StringComparison.Ordinal);
        Assert.Contains(code, revealed.Text, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("Viewed", "OutboxMessage"), a => a.RecordId == id.ToString(CultureInfo.InvariantCulture) && a.UserId is not null);
    }

    [Fact]
    public async Task Every_status_change_of_a_visit_request_is_audited()
    {
        var code = await factory.CreateBrowserClient().RequestVisitAsync($"req-{Guid.NewGuid():N}@example.com");
        var id = (await factory.RequestAsync(code)).Id;
        var coordinator = await factory.CoordinatorAsync();
        var page = await coordinator.GetPageAsync($"/manage/presentations/{id}");

        await coordinator.SubmitAsync(page, formSelector: $"form[action='/manage/presentations/{id}/review']");
        page = await coordinator.GetPageAsync($"/manage/presentations/{id}/decline");
        await coordinator.SubmitAsync(page, new Dictionary<string, string?> { ["Reason"] = "No officers free that week." }, $"form[action='/manage/presentations/{id}/decline']");

        var changes = (await AuditAsync("StatusChanged", "PresentationRequest")).Where(a => a.RecordId == id.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(["Submitted to UnderReview", "UnderReview to Declined"], changes.Select(a => a.Details));
        Assert.All(changes, a => Assert.NotNull(a.UserId));
    }
}
