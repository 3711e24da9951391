using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

/// <summary>
/// Every staff edit form on a concern's page carries the version the page was made from: a page saved by someone
/// else meanwhile (or a form without its version) is refused with the one "changed by someone else" message and
/// nothing of it is saved. The update form is covered in <see cref="ConcernJourneyTests"/>.
/// </summary>
public sealed class StaleConcernFormTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static readonly string Changed = SaveChangesExtensions.ChangedBySomeoneElse("concern");

    /// <summary>Opens the page, lets someone else assign the concern meanwhile, then sends the stale form and the same form without its version.</summary>
    private async Task<(string Code, string? Assignee, IReadOnlyList<HtmlPage> Refused)> StaleAsync(string action, Dictionary<string, string?> values)
    {
        var code = await factory.CreateBrowserClient().ReportConcernAsync($"stale-{Guid.NewGuid():N}@example.com");
        var id = (await factory.ConcernAsync(code)).Id;
        var staff = await factory.StaffAsync();
        var stale = await staff.GetPageAsync($"/concerns/manage/{id}");
        var other = await factory.StaffAsync();
        var assign = await other.GetPageAsync($"/concerns/manage/{id}");
        var officer = assign.Document.QuerySelectorAll("select[name=OfficerId] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        await other.SubmitAsync(assign, new Dictionary<string, string?> { ["OfficerId"] = officer }, $"main form[action='/concerns/manage/{id}/assign']");
        Assert.Equal(officer, (await factory.ConcernAsync(code)).AssignedOfficerId);

        var selector = $"main form[action='/concerns/manage/{id}/{action}']";
        var refused = await staff.SubmitAsync(stale, values, selector);
        var versionless = await staff.SubmitAsync(await staff.GetPageAsync($"/concerns/manage/{id}"), new Dictionary<string, string?>(values) { ["Version"] = "" }, selector);
        return (code, officer, [refused, versionless]);
    }

    [Fact]
    public async Task A_stale_or_versionless_status_change_is_refused_and_the_reporter_not_emailed()
    {
        var (code, _, refused) = await StaleAsync("status", new() { ["Status"] = nameof(ConcernStatus.Closed), ["Reason"] = "Not ours." });
        Assert.All(refused, page => Assert.Contains(Changed, page.Errors));
        var saved = await factory.ConcernAsync(code);
        Assert.Equal(ConcernStatus.New, saved.Status);
        Assert.Null(saved.ResolutionReason);
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == saved.ReporterEmail).Select(m => m.Kind).ToListAsync()),
            k => k == "ConcernStatus");
    }

    [Fact]
    public async Task A_stale_or_versionless_assignment_is_refused_and_the_saved_officer_kept()
    {
        var (code, assignee, refused) = await StaleAsync("assign", new() { ["OfficerId"] = "" });
        Assert.All(refused, page => Assert.Contains(Changed, page.Errors));
        Assert.Equal(assignee, (await factory.ConcernAsync(code)).AssignedOfficerId);
    }

    [Fact]
    public async Task A_stale_or_versionless_problem_link_is_refused_and_the_concern_kept()
    {
        var (code, assignee, refused) = await StaleAsync("problem", new() { ["ProblemId"] = "" });
        Assert.All(refused, page => Assert.Contains(Changed, page.Errors));
        var saved = await factory.ConcernAsync(code);
        Assert.Null(saved.ProblemId);
        Assert.Equal(assignee, saved.AssignedOfficerId);
    }
}
