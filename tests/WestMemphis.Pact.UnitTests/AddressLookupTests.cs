using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.UnitTests;

/// <summary>One test per normalisation rule of the address lookup, then the range rules.</summary>
public sealed class AddressNormalizerTests
{
    private static string Read(string input) => AddressNormalizer.Normalize(input)!.ToString();

    [Fact]
    public void Case_does_not_matter() =>
        Assert.Equal("1500 N MISSOURI ST", Read("1500 n MiSsOuRi st"));

    [Fact]
    public void Punctuation_is_dropped() =>
        Assert.Equal("1500 N MISSOURI ST", Read("1500 N. Missouri St."));

    [Fact]
    public void Street_suffix_words_become_their_abbreviation()
    {
        Assert.Equal("1500 N MISSOURI ST", Read("1500 N Missouri Street"));
        Assert.Equal("300 E BROADWAY AVE", Read("300 East Broadway Avenue"));
        Assert.Equal("700 INGRAM BLVD", Read("700 Ingram Boulevard"));
    }

    [Fact]
    public void Directional_words_become_their_abbreviation()
    {
        Assert.Equal("1500 N MISSOURI ST", Read("1500 North Missouri St"));
        Assert.Equal("1500 S MISSOURI ST", Read("1500 south missouri st"));
    }

    [Fact]
    public void A_directional_after_the_street_counts_as_its_directional() =>
        Assert.Equal("1500 N MISSOURI ST", Read("1500 Missouri St North"));

    [Fact]
    public void A_directional_that_is_the_street_name_stays_the_name() =>
        Assert.Equal("100 WEST ST", Read("100 West Street"));

    [Fact]
    public void Unit_numbers_are_set_apart()
    {
        var a = AddressNormalizer.Normalize("1500 north missouri street apt 4")!;
        Assert.Equal("N MISSOURI ST", a.Street.ToString());
        Assert.Equal("4", a.Unit);
        Assert.Equal("7B", AddressNormalizer.Normalize("1500 N Missouri St #7B")!.Unit);
        Assert.Equal("12", AddressNormalizer.Normalize("1500 N Missouri St Unit 12")!.Unit);
        Assert.Equal("N MISSOURI ST", AddressNormalizer.Normalize("1500 N Missouri St Suite 200")!.Street.ToString());
    }

    [Fact]
    public void City_state_and_zip_are_dropped()
    {
        Assert.Equal("1500 N MISSOURI ST", Read("1500 N Missouri St, West Memphis, AR 72301"));
        Assert.Equal("1500 N MISSOURI ST", Read("1500 N Missouri St West Memphis AR 72301"));
    }

    [Fact]
    public void A_missing_suffix_is_left_missing_for_the_matcher_to_allow() =>
        Assert.Equal(new StreetKey("N", "MISSOURI", null), AddressNormalizer.Normalize("1500 N. Missouri")!.Street);

    [Fact]
    public void Spelled_ordinals_become_numbers() =>
        Assert.Equal("200 S 7TH ST", Read("200 South Seventh Street"));

    [Fact]
    public void A_house_number_with_a_letter_keeps_the_number() =>
        Assert.Equal(1500, AddressNormalizer.Normalize("1500B N Missouri St")!.HouseNumber);

    [Fact]
    public void Extra_spaces_and_odd_characters_are_harmless()
    {
        Assert.Equal("1500 N MISSOURI ST", Read("  1500   N   Missouri\tSt  "));
        Assert.Null(AddressNormalizer.Normalize(""));
        Assert.Null(AddressNormalizer.Normalize("   "));
        Assert.Null(AddressNormalizer.Normalize(new string('x', 5000)));
        Assert.Null(AddressNormalizer.Normalize("!!!"));
        Assert.NotNull(AddressNormalizer.Normalize("\"><svg onload=alert(1)>"));
    }

    [Fact]
    public void No_house_number_reads_the_street_only() =>
        Assert.Null(AddressNormalizer.Normalize("N Missouri St")!.HouseNumber);

    [Fact]
    public void Street_names_of_ranges_normalise_the_same_way() =>
        Assert.Equal(AddressNormalizer.Normalize("1500 north missouri street")!.Street, AddressNormalizer.NormalizeStreet("N. Missouri St."));
}

public sealed class StreetRangeRulesTests
{
    private static StreetRange Range(int area, string street, int from, int to, HouseNumberParity parity = HouseNumberParity.Both)
    {
        var key = AddressNormalizer.NormalizeStreet(street)!;
        return new StreetRange { AreaId = area, StreetName = street, Directional = key.Directional, NameKey = key.Name, Suffix = key.Suffix, FromNumber = from, ToNumber = to, Parity = parity };
    }

    [Theory]
    [InlineData("1500 N Missouri St")]
    [InlineData("1500 north missouri street apt 4")]
    [InlineData("1500 N. Missouri")]
    public void The_issue_examples_find_the_same_area(string address)
    {
        var ranges = new[] { Range(2, "N Missouri St", 1000, 1999), Range(3, "S Missouri St", 1000, 1999) };
        var result = StreetRangeMatcher.Match(AddressNormalizer.Normalize(address), ranges);
        Assert.Equal(AreaLocationOutcome.Found, result.Outcome);
        Assert.Equal(2, result.AreaId);
    }

    [Fact]
    public void Odd_and_even_sides_go_to_their_own_areas()
    {
        var ranges = new[] { Range(1, "Broadway Ave", 100, 999, HouseNumberParity.Odd), Range(2, "Broadway Ave", 100, 999, HouseNumberParity.Even) };
        Assert.Equal(1, StreetRangeMatcher.Match(AddressNormalizer.Normalize("101 Broadway Ave"), ranges).AreaId);
        Assert.Equal(2, StreetRangeMatcher.Match(AddressNormalizer.Normalize("102 Broadway Ave"), ranges).AreaId);
    }

    [Fact]
    public void An_address_outside_every_range_is_no_match_and_an_unclear_one_is_ambiguous()
    {
        var ranges = new[] { Range(2, "N Missouri St", 1000, 1999), Range(3, "S Missouri St", 1000, 1999) };
        Assert.Equal(AreaLocationOutcome.NoMatch, StreetRangeMatcher.Match(AddressNormalizer.Normalize("5000 N Missouri St"), ranges).Outcome);
        Assert.Equal(AreaLocationOutcome.Ambiguous, StreetRangeMatcher.Match(AddressNormalizer.Normalize("1500 Missouri"), ranges).Outcome);
        Assert.Equal(AreaLocationOutcome.Unreadable, StreetRangeMatcher.Match(AddressNormalizer.Normalize("Missouri St"), ranges).Outcome);
    }

    [Theory]
    [InlineData(100, 200, HouseNumberParity.Both, 200, 300, HouseNumberParity.Both, true)]
    [InlineData(100, 199, HouseNumberParity.Both, 200, 300, HouseNumberParity.Both, false)]
    [InlineData(100, 300, HouseNumberParity.Odd, 100, 300, HouseNumberParity.Even, false)]
    [InlineData(100, 300, HouseNumberParity.Odd, 200, 200, HouseNumberParity.Both, false)]
    [InlineData(100, 300, HouseNumberParity.Odd, 201, 201, HouseNumberParity.Both, true)]
    [InlineData(100, 300, HouseNumberParity.Even, 150, 400, HouseNumberParity.Even, true)]
    public void Ranges_overlap_only_when_they_share_a_house_number(int fa, int ta, HouseNumberParity pa, int fb, int tb, HouseNumberParity pb, bool overlap) =>
        Assert.Equal(overlap, ParityRules.Overlap(fa, ta, pa, fb, tb, pb));

    [Fact]
    public void Assignments_overlap_when_they_share_a_day_and_open_ones_run_on()
    {
        var d = new DateOnly(2026, 1, 1);
        Assert.True(LiaisonAssignment.Overlap(d, null, d.AddYears(3), null));
        Assert.False(LiaisonAssignment.Overlap(d, d.AddDays(9), d.AddDays(10), null));
        Assert.True(LiaisonAssignment.Overlap(d, d.AddDays(10), d.AddDays(10), d.AddDays(20)));
    }

    [Fact]
    public void A_visit_cannot_be_in_the_future_and_a_follow_up_cannot_be_due_before_it()
    {
        var now = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        Assert.Null(ContactLogRules.CheckWhen(now.AddMinutes(2), now));
        Assert.NotNull(ContactLogRules.CheckWhen(now.AddHours(1), now));
        Assert.Null(ContactLogRules.CheckFollowUpDue(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1)));
        Assert.NotNull(ContactLogRules.CheckFollowUpDue(new DateOnly(2026, 6, 1), new DateOnly(2026, 5, 31)));
    }
}

public sealed class AreaBoundaryTests
{
    [Fact]
    public void A_closed_polygon_or_nothing_is_accepted()
    {
        Assert.Null(AreaBoundary.Check(null));
        Assert.Null(AreaBoundary.Check("{\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.17,35.16],[-90.19,35.14]]]}"));
        Assert.Null(AreaBoundary.Check("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.17,35.16],[-90.19,35.14]]]}}"));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"type\":\"Point\",\"coordinates\":[-90.18,35.15]}", "not a polygon")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.17,35.16],[-90.18,35.17]]]}", "does not close")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.19,35.14]]]}", "at least four")]
    [InlineData("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}", "crosses itself")]
    [InlineData("[1,2]", "GeoJSON object")]
    public void A_bad_boundary_gets_a_message_that_names_the_problem(string geoJson, string message) =>
        Assert.Contains(message, AreaBoundary.Check(geoJson));
}
