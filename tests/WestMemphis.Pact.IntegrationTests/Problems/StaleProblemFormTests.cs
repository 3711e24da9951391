using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Problems;

namespace WestMemphis.Pact.IntegrationTests.Problems;

/// <summary>
/// Every form that changes a problem carries the version it was shown with. A page older than the last change
/// (another tab, another officer) is refused with "changed by someone else", and nothing it sent is saved.
/// </summary>
public sealed class StaleProblemFormTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_stale_edit_form_is_refused()
    {
        var (officer, id) = await OpenAsync();
        var stale = await officer.GetPageAsync($"/problems/{id}/edit");
        await ChangeMeanwhileAsync(officer, id);

        var refused = await officer.SubmitAsync(stale, new Dictionary<string, string?> { ["Title"] = "Overwritten" });

        Assert.Contains(ProblemsController.ChangedBySomeoneElse, refused.Errors);
        Assert.Equal("Loitering at the corner store", await ProblemAsync(id, p => p.Title));
    }

    [Fact]
    public async Task A_stale_stage_form_is_refused()
    {
        var (officer, id) = await OpenAsync();
        var stale = await officer.GetPageAsync($"/problems/{id}");
        await ChangeMeanwhileAsync(officer, id);

        var refused = await officer.SubmitAsync(stale, new Dictionary<string, string?> { ["Stage"] = "Analysis" }, "main form[action$='/stage']");

        Assert.Contains(ProblemsController.ChangedBySomeoneElse, refused.Errors);
        Assert.Equal(ProblemStage.Scanning, await ProblemAsync(id, p => p.Stage));
    }

    [Fact]
    public async Task A_stale_add_action_form_is_refused()
    {
        var (officer, id) = await OpenAsync();
        var stale = await officer.GetPageAsync($"/problems/{id}");
        await ChangeMeanwhileAsync(officer, id);

        var refused = await officer.SubmitAsync(stale, new Dictionary<string, string?> { ["What"] = "Ask for a speed trailer", ["Owner"] = "Traffic unit" }, "#action-form");

        Assert.Contains(ProblemsController.ChangedBySomeoneElse, refused.Errors);
        Assert.False(await factory.WithDbAsync(db => db.ProblemActionItems.AnyAsync(a => a.ProblemId == id)));
    }

    [Fact]
    public async Task A_stale_action_item_form_is_refused()
    {
        var (officer, id) = await OpenAsync();
        var added = await officer.SubmitAsync(await officer.GetPageAsync($"/problems/{id}"),
            new Dictionary<string, string?> { ["What"] = "Ask for a speed trailer", ["Owner"] = "Traffic unit" }, "#action-form");
        Assert.Equal("Action item added.", added.StatusMessage);
        var stale = await officer.GetPageAsync($"/problems/{id}");
        var updated = await officer.SubmitAsync(await officer.GetPageAsync($"/problems/{id}"),
            new Dictionary<string, string?> { ["Status"] = "InProgress", ["Outcome"] = "Requested" }, "main form[action*='/actions/']");
        Assert.Equal("Action item updated.", updated.StatusMessage);

        var refused = await officer.SubmitAsync(stale, new Dictionary<string, string?> { ["Status"] = "Dropped", ["Outcome"] = "Overwritten" }, "main form[action*='/actions/']");

        Assert.Contains(ProblemsController.ChangedBySomeoneElse, refused.Errors);
        var item = await factory.WithDbAsync(db => db.ProblemActionItems.AsNoTracking().SingleAsync(a => a.ProblemId == id));
        Assert.Equal((ActionItemStatus.InProgress, "Requested", (DateTime?)null), (item.Status, item.Outcome, item.CompletedUtc));
    }

    [Fact]
    public async Task A_stale_link_form_is_refused()
    {
        var (officer, id) = await OpenAsync();
        var partnerId = await factory.WithDbAsync(async db =>
        {
            var partner = new PartnerOrganization { Name = "Broadway Merchants Association " + Guid.NewGuid().ToString("N")[..6], Kind = default };
            db.PartnerOrganizations.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        var stale = await officer.GetPageAsync($"/problems/{id}");
        await ChangeMeanwhileAsync(officer, id);

        var refused = await officer.SubmitAsync(stale, new Dictionary<string, string?> { ["PartnerId"] = partnerId.ToString(CultureInfo.InvariantCulture) }, "#link-form");

        Assert.Contains(ProblemsController.ChangedBySomeoneElse, refused.Errors);
        Assert.False(await factory.WithDbAsync(db => db.ProblemPartners.AnyAsync(x => x.ProblemId == id)));
    }

    [Fact]
    public async Task A_stale_assessment_form_is_refused()
    {
        var (officer, id) = await OpenAsync();
        var stale = await officer.GetPageAsync($"/problems/{id}");
        await ChangeMeanwhileAsync(officer, id);

        var refused = await officer.SubmitAsync(stale, new Dictionary<string, string?> { ["AfterStart"] = "2025-04-01", ["AfterEnd"] = "2025-04-30" }, "#assessment-form");

        Assert.Contains(ProblemsController.ChangedBySomeoneElse, refused.Errors);
        Assert.Null(await ProblemAsync(id, p => p.AssessedUtc));
    }

    [Fact]
    public async Task A_concern_another_problem_holds_is_not_moved()
    {
        var (officer, first) = await OpenAsync();
        var (_, second) = await OpenAsync();
        var code = await factory.CreateBrowserClient().ReportConcernAsync();
        var linked = await officer.SubmitAsync(await officer.GetPageAsync($"/problems/{first}"), new Dictionary<string, string?> { ["ReferenceCode"] = code }, "#link-form");
        Assert.Equal($"Linked: concern {code}.", linked.StatusMessage);

        var refused = await officer.SubmitAsync(await officer.GetPageAsync($"/problems/{second}"), new Dictionary<string, string?> { ["ReferenceCode"] = code }, "#link-form");

        Assert.Contains($"Concern {code} is already linked to problem {first}. Unlink it there first if it belongs to this problem.", refused.Errors);
        Assert.Equal(first, (await factory.ConcernAsync(code)).ProblemId);
    }

    private async Task<(HttpClient Officer, int Id)> OpenAsync()
    {
        var officer = await factory.StaffAsync();
        var opened = await officer.SubmitAsync(await officer.GetPageAsync("/problems/new"), new Dictionary<string, string?> { ["Title"] = "Loitering at the corner store" });
        return (officer, int.Parse(opened.Url.AbsolutePath["/problems/".Length..], CultureInfo.InvariantCulture));
    }

    /// <summary>Someone else saves the problem from a fresh page: every page shown before is now stale.</summary>
    private static async Task ChangeMeanwhileAsync(HttpClient officer, int id)
    {
        var saved = await officer.SubmitAsync(await officer.GetPageAsync($"/problems/{id}/edit"), new Dictionary<string, string?> { ["Summary"] = "Seen every evening." });
        Assert.Equal("Problem saved.", saved.StatusMessage);
    }

    private Task<T> ProblemAsync<T>(int id, System.Linq.Expressions.Expression<Func<Problem, T>> select) =>
        factory.WithDbAsync(db => db.Problems.Where(p => p.Id == id).Select(select).SingleAsync());
}
