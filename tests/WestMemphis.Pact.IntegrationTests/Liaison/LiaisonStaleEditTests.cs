using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>
/// Every liaison staff edit form carries the version it was loaded with: a page saved by someone else meanwhile
/// (or one without its version) is refused with "changed by someone else" and nothing is overwritten. The
/// contact log's own edit form is covered in <see cref="ContactLogTests"/>.
/// </summary>
public sealed class LiaisonStaleEditTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_stale_area_edit_is_refused_and_the_saved_area_kept()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var w2 = await factory.AreaIdAsync("W2");
        await StaleEditIsRefusedAsync(admin, $"/admin/areas/{w2}", "#area-form", "Description",
            () => factory.WithDbAsync(db => db.Areas.Where(a => a.Id == w2).Select(a => a.Description).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_congregation_edit_is_refused_and_the_saved_congregation_kept()
    {
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var church = await factory.CongregationAsync($"Grace Chapel {Guid.NewGuid():N}"[..24], "300 Polk Ave", "W3");
        await StaleEditIsRefusedAsync(coordinator, $"/manage/congregations/{church.Id}/edit", "main form[method=post]", "Notes",
            () => factory.WithDbAsync(db => db.Congregations.Where(c => c.Id == church.Id).Select(c => c.Notes).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_partner_edit_is_refused_and_the_saved_partner_kept()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.Officer);
        var partner = await factory.WithDbAsync(async db =>
        {
            var p = new PartnerOrganization { Name = $"Porch Lights {Guid.NewGuid():N}"[..24], Kind = PartnerKind.WatchGroup };
            db.PartnerOrganizations.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        await StaleEditIsRefusedAsync(officer, $"/manage/partners/{partner.Id}/edit", "main form[method=post]", "Services",
            () => factory.WithDbAsync(db => db.PartnerOrganizations.Where(p => p.Id == partner.Id).Select(p => p.Services).SingleAsync()));
    }

    /// <summary>Two tabs open the same edit page; the first saves, the second (now stale) is refused and overwrites nothing.</summary>
    private static async Task StaleEditIsRefusedAsync(HttpClient client, string url, string formSelector, string field, Func<Task<string?>> saved)
    {
        var first = await client.GetPageAsync(url);
        var second = await client.GetPageAsync(url);
        Assert.Contains("saved.", (await client.SubmitAsync(first, new Dictionary<string, string?> { [field] = "First save" }, formSelector)).StatusMessage);

        var stale = await client.SubmitAsync(second, new Dictionary<string, string?> { [field] = "Overwrite" }, formSelector);
        Assert.Contains(stale.Errors, e => e.Contains("changed by someone else", StringComparison.Ordinal));
        Assert.Equal("First save", await saved());
    }

    [Fact]
    public async Task A_stale_end_of_an_assignment_is_refused_and_the_saved_end_kept()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var officer = await factory.CreateUserAsync(LiaisonSteps.Unique("officer"), TestUsers.Password, Roles.Officer);
        await factory.AssignAsync(officer.Id, "W4", new DateOnly(2026, 1, 5));
        var id = await factory.WithDbAsync(db => db.LiaisonAssignments.Where(a => a.OfficerId == officer.Id).Select(a => a.Id).SingleAsync());
        var page = await admin.GetPageAsync("/admin/assignments");
        var form = $"form[action='/admin/assignments/{id}/end']";
        // Someone else changes the assignment after the page was loaded (its version moves on).
        await factory.WithDbAsync(async db =>
        {
            var a = await db.LiaisonAssignments.SingleAsync(x => x.Id == id);
            a.WeeklyHours = 11;
            await db.SaveChangesAsync();
        });

        var stale = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["EndDate"] = "2026-02-28" }, form);
        Assert.Contains("changed by someone else", stale.StatusMessage);
        Assert.Null(await factory.WithDbAsync(db => db.LiaisonAssignments.Where(a => a.Id == id).Select(a => a.EndDate).SingleAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Closing_a_follow_up_from_a_stale_page_or_without_its_version_is_refused_and_nothing_closed(bool withoutVersion)
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"), new Dictionary<string, string?>
        {
            ["Kind"] = nameof(ContactKind.BusinessCheck),
            ["Purpose"] = "Check on the corner store",
            ["FollowUp"] = "Bring the camera flyer",
        }, "#contact-form");
        var id = await factory.WithDbAsync(db => db.ContactLogs.Where(c => c.OfficerId == user.Id).Select(c => c.Id).SingleAsync());
        var page = await officer.GetPageAsync($"/liaison/contacts/{id}");
        var close = $"form[action='/liaison/followups/{id}/close']";
        if (!withoutVersion)
        {
            // The log is edited in another tab after this page was loaded.
            Assert.Equal("Contact saved.", (await officer.SubmitAsync(await officer.GetPageAsync($"/liaison/contacts/{id}/edit"),
                new Dictionary<string, string?> { ["Notes"] = "Owner was out" }, "#contact-form")).StatusMessage);
        }

        var refused = await officer.SubmitAsync(page, withoutVersion
            ? new Dictionary<string, string?> { ["Outcome"] = "Done", ["Version"] = null }
            : new Dictionary<string, string?> { ["Outcome"] = "Done" }, close);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("changed by someone else", refused.StatusMessage);
        var log = await factory.WithDbAsync(db => db.ContactLogs.SingleAsync(c => c.Id == id));
        Assert.Null(log.FollowUpClosedUtc);
        Assert.Null(log.FollowUpOutcome);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Simultaneous_overlapping_assignments_of_one_officer_to_one_area_let_exactly_one_in(int admins)
    {
        var officer = await factory.CreateUserAsync(LiaisonSteps.Unique("officer"), TestUsers.Password, Roles.Officer);
        var w1 = (await factory.AreaIdAsync("W1")).ToString(CultureInfo.InvariantCulture);
        var clients = new List<(HttpClient Client, HtmlPage Page)>();
        for (var i = 0; i < admins; i++)
        {
            var (admin, _) = await factory.SignedInAsync(Roles.Admin);
            clients.Add((admin, await admin.GetPageAsync("/admin/assignments")));
        }

        // Every form is loaded first, then all are posted at once, each overlapping all the others (open-ended starts).
        var results = await Task.WhenAll(clients.Select((c, i) => c.Client.SubmitAsync(c.Page, new Dictionary<string, string?>
        {
            ["OfficerId"] = officer.Id,
            ["AreaId"] = w1,
            ["StartDate"] = new DateOnly(2026, 1, 5).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["WeeklyHours"] = "10",
        }, "#assign-form")));

        Assert.Single(results, r => r.StatusMessage?.Contains("is assigned to", StringComparison.Ordinal) == true);
        Assert.Equal(admins - 1, results.Count(r => r.Errors.Any(e => e.Contains("already assigned to", StringComparison.Ordinal))));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LiaisonAssignments.CountAsync(a => a.OfficerId == officer.Id)));
    }
}
