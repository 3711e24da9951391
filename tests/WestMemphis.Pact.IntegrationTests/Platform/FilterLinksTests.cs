using Microsoft.AspNetCore.WebUtilities;
using WestMemphis.Pact.Web.Features.Admin;
using WestMemphis.Pact.Web.Features.ManageEvents;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>The web project's filter links (built with <c>QueryLinks</c>) round-trip awkward values.</summary>
public sealed class FilterLinksTests
{
    private const string Awkward = "Lee & Pat = #1 café 漢 +x?/";

    [Fact]
    public void A_value_with_reserved_characters_and_unicode_round_trips_through_a_filter_link()
    {
        var link = new AuditFilter { User = Awkward, Action = "user.login" }.QueryString(page: 3);

        Assert.StartsWith("?", link, StringComparison.Ordinal);
        Assert.DoesNotContain(" ", link, StringComparison.Ordinal);
        Assert.DoesNotContain("#", link, StringComparison.Ordinal);
        var parsed = QueryHelpers.ParseQuery(link);
        Assert.Equal(Awkward, parsed["user"].ToString());
        Assert.Equal("user.login", parsed["action"].ToString());
        Assert.Equal("3", parsed["page"].ToString());
        Assert.Equal(3, parsed.Count);
    }

    [Fact]
    public void The_volunteer_search_link_round_trips_and_leaves_out_empty_values()
    {
        var link = new VolunteerFilter(Awkward, null, "2026-05-01", new DateOnly(2026, 12, 7)).Query;

        var parsed = QueryHelpers.ParseQuery(link);
        Assert.Equal(Awkward, parsed["q"].ToString());
        Assert.Equal("2026-05-01", parsed["to"].ToString());
        Assert.False(parsed.ContainsKey("from"));
    }
}
