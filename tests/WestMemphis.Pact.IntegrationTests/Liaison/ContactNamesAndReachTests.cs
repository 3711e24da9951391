using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>Issue 21, item 11: the contact log takes a unique part of a name, and people reached "not given" is not 0.</summary>
public sealed class ContactNamesAndReachTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static Dictionary<string, string?> Contact(Dictionary<string, string?> more)
    {
        var values = new Dictionary<string, string?> { ["Kind"] = nameof(ContactKind.ClergyMeeting), ["Purpose"] = "Safety talk" };
        foreach (var (k, v) in more)
        {
            values[k] = v;
        }

        return values;
    }

    [Fact]
    public async Task A_unique_part_of_a_congregation_or_clergy_name_is_taken_as_that_one()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var church = await factory.CongregationAsync($"Greater Zion{tag} Missionary Baptist", "700 Polk Ave", "W3");
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);

        var saved = await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"),
            Contact(new() { ["Congregation"] = $"zion{tag}", ["Clergy"] = $"pastor greater" }), "#contact-form");

        Assert.Empty(saved.Errors);
        var log = await factory.WithDbAsync(db => db.ContactLogs.SingleAsync(c => c.OfficerId == user.Id));
        Assert.Equal(church.Id, log.CongregationId);
        Assert.Equal(await factory.WithDbAsync(db => db.Clergy.Where(c => c.CongregationId == church.Id).Select(c => c.Id).SingleAsync()), log.ClergyId);
    }

    [Fact]
    public async Task A_part_of_several_names_lists_them_and_a_part_of_none_says_so_and_nothing_is_saved()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await factory.CongregationAsync($"Hope{tag} North Church", "700 Polk Ave", "W3");
        await factory.CongregationAsync($"Hope{tag} South Church", "800 Polk Ave", "W3");
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);

        var several = await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"), Contact(new() { ["Congregation"] = $"hope{tag}" }), "#contact-form");
        var none = await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"), Contact(new() { ["Congregation"] = $"nowhere{tag}" }), "#contact-form");

        Assert.Contains(several.Errors, e => e.Contains("matches more than one congregation", StringComparison.Ordinal)
            && e.Contains($"Hope{tag} North Church", StringComparison.Ordinal) && e.Contains($"Hope{tag} South Church", StringComparison.Ordinal));
        Assert.Contains(none.Errors, e => e.Contains($"No congregation called “nowhere{tag}”", StringComparison.Ordinal));
        Assert.Equal($"hope{tag}", several.FieldValue("Congregation"));
        Assert.False(await factory.WithDbAsync(db => db.ContactLogs.AnyAsync(c => c.OfficerId == user.Id)));
    }

    [Fact]
    public async Task People_reached_left_empty_is_kept_as_not_given_and_the_dashboard_counts_it_apart_from_0()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.Officer);
        var form = await officer.GetPageAsync("/liaison/contacts/new");
        Assert.Equal("", form.FieldValue("PositiveContacts") ?? "");
        Assert.Null(form.Document.QuerySelector("details input[name=PositiveContacts]")); // asked up front, not hidden under "More"

        await officer.SubmitAsync(form, Contact(new() { ["PositiveContacts"] = "12" }), "#contact-form");
        await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"), Contact(new() { ["PositiveContacts"] = "0" }), "#contact-form");
        await officer.SubmitAsync(await officer.GetPageAsync("/liaison/contacts/new"), Contact(new() { ["PositiveContacts"] = "" }), "#contact-form");

        var reached = await factory.WithDbAsync(db => db.ContactLogs.Where(c => c.OfficerId == user.Id).OrderBy(c => c.Id).Select(c => c.PositiveContacts).ToListAsync());
        Assert.Equal([12, 0, null], reached);

        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dashboard = await coordinator.GetPageAsync($"/dashboard?from={today}&to={today}");
        var notGiven = dashboard.Document.QuerySelector("#fig-people-not-given")!.TextContent;
        var expected = await factory.WithDbAsync(db => db.ContactLogs.CountAsync(c => c.PositiveContacts == null));
        Assert.Contains($"{expected} contact", notGiven, StringComparison.Ordinal);
        Assert.Contains("not counted as 0", notGiven, StringComparison.Ordinal);
    }
}
