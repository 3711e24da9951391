using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Concerns;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// Every date filter a person can type into keeps to one rule (1990 to the end of next year, at most ten years):
/// the public events list, the audit log and the volunteers directory answer nonsense with a message on the page.
/// </summary>
public sealed class DateFilterBoundsTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task The_events_list_says_it_left_out_a_date_outside_the_bounds()
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/events?from=1900-01-01&to=9000-12-31");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("The 'from' date must be between 1 Jan 1990", page.Text, StringComparison.Ordinal);
        Assert.Contains("The 'to' date must be between 1 Jan 1990", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_bounds_its_dates_with_a_message_and_its_export_never_fails()
    {
        var admin = await factory.StaffAsync(Roles.Admin);

        var page = await admin.GetPageAsync("/admin/audit?from=1900-01-01&to=9999-12-31");
        var longRange = await admin.GetPageAsync("/admin/audit?from=1990-01-01&to=2026-06-30");
        var export = await admin.GetAsync("/admin/audit/export.csv?from=0001-01-01&to=9999-12-31");

        Assert.Contains("The 'to' date must be between 1 Jan 1990", page.Text, StringComparison.Ordinal);
        Assert.Contains("at most 10 years", longRange.Text, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task The_volunteers_directory_bounds_its_hours_dates_with_a_message()
    {
        var coordinator = await factory.StaffAsync(Roles.Coordinator);

        var page = await coordinator.GetPageAsync("/manage/volunteers?from=2030-01-01&to=2026-01-01");
        var csv = await coordinator.GetAsync("/manage/volunteers.csv?from=0001-01-01&to=9999-12-31");

        Assert.Contains("The 'from' date must be between 1 Jan 1990", page.Text, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, csv.StatusCode);
    }
}
