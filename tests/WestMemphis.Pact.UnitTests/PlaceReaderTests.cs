using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.UnitTests;

/// <summary>Places that are not street addresses: intersections of two streets, and landmarks by name (issue 21, item 4).</summary>
public sealed class PlaceReaderTests
{
    private static StreetRange Range(int area, string street, int from = 100, int to = 1999)
    {
        var key = AddressNormalizer.NormalizeStreet(street)!;
        return new StreetRange { AreaId = area, StreetName = street, Directional = key.Directional, NameKey = key.Name, Suffix = key.Suffix, FromNumber = from, ToNumber = to };
    }

    // The demo wards' shape: Broadway is W (ward 1) and E (ward 2); Missouri is N (ward 2) and S (ward 5).
    private static readonly StreetRange[] Demo =
    [
        Range(1, "W Broadway Ave"), Range(2, "E Broadway Ave"), Range(2, "N Missouri St", 100, 2999), Range(5, "S Missouri St", 100, 3999),
        Range(3, "S 8th St"), Range(3, "Polk Ave"), Range(4, "Jackson Ave", 1000, 2999), Range(3, "Jackson Ave", 100, 999),
    ];

    [Theory]
    [InlineData("Broadway and Missouri")]
    [InlineData("Broadway & Missouri St")]
    [InlineData("Missouri at Broadway")]
    [InlineData("corner of Broadway and Missouri")]
    [InlineData("The corner of Broadway Ave and Missouri Street, West Memphis")]
    [InlineData("broadway/missouri")]
    public void The_ways_people_write_an_intersection_are_read_as_two_streets(string typed)
    {
        var read = PlaceReader.ReadIntersection(typed);
        Assert.NotNull(read);
        Assert.Equal(new[] { "BROADWAY", "MISSOURI" }, new[] { read.First.Name, read.Second.Name }.Order());
    }

    [Theory]
    [InlineData("1500 N Missouri St")]
    [InlineData("Missouri")]
    [InlineData("Missouri and Missouri")]
    [InlineData("100 Broadway and Missouri")]
    [InlineData("")]
    public void An_address_or_a_single_street_is_not_an_intersection(string typed) =>
        Assert.Null(PlaceReader.ReadIntersection(typed));

    [Fact]
    public void Two_streets_that_share_exactly_one_area_meet_there()
    {
        var found = PlaceReader.MatchIntersection(PlaceReader.ReadIntersection("Broadway and Missouri")!, Demo);
        Assert.Equal(AreaLocationOutcome.Found, found.Outcome);
        Assert.Equal(2, found.AreaId);
        Assert.Equal(PlaceKind.Intersection, found.Kind);
    }

    [Fact]
    public void A_directional_on_a_street_narrows_it_to_that_side()
    {
        // S Missouri is only in ward 5, which Broadway does not cross.
        var found = PlaceReader.MatchIntersection(PlaceReader.ReadIntersection("Broadway and S Missouri St")!, Demo);
        Assert.Equal(AreaLocationOutcome.NoMatch, found.Outcome);
        var eighth = PlaceReader.MatchIntersection(PlaceReader.ReadIntersection("8th and Polk")!, Demo);
        Assert.Equal(3, eighth.AreaId);
    }

    [Fact]
    public void Streets_that_share_several_areas_are_ambiguous_and_name_them()
    {
        var ranges = Demo.Append(Range(4, "Polk Ave", 2000, 2999)).ToArray();
        var found = PlaceReader.MatchIntersection(PlaceReader.ReadIntersection("Jackson and Polk")!, ranges);
        Assert.Equal(AreaLocationOutcome.Ambiguous, found.Outcome);
        Assert.Null(found.AreaId);
        Assert.Equal([3, 4], found.CandidateAreaIds);
    }

    [Fact]
    public void Streets_that_never_share_an_area_are_no_match() =>
        Assert.Equal(AreaLocationOutcome.NoMatch, PlaceReader.MatchIntersection(PlaceReader.ReadIntersection("Polk and Missouri")!, Demo).Outcome);

    [Fact]
    public void An_unknown_street_is_no_match() =>
        Assert.Equal(AreaLocationOutcome.NoMatch, PlaceReader.MatchIntersection(PlaceReader.ReadIntersection("Elm and Oak")!, Demo).Outcome);

    private static readonly Landmark[] Landmarks =
    [
        new() { Name = "City Hall", OtherNames = ["Municipal Building"], Address = "205 Redding St", AreaCode = "W2" },
        new() { Name = "Eugene Woods Civic Center", AreaCode = "W3" },
    ];

    [Theory]
    [InlineData("City Hall", "City Hall")]
    [InlineData("the city hall", "City Hall")]
    [InlineData("near City Hall, West Memphis", "City Hall")]
    [InlineData("municipal building", "City Hall")]
    [InlineData("Eugene Woods Civic Center.", "Eugene Woods Civic Center")]
    public void A_landmark_is_found_by_its_name_or_another_name_ignoring_case_and_punctuation(string typed, string expected) =>
        Assert.Equal(expected, PlaceReader.FindLandmark(typed, Landmarks)?.Name);

    [Theory]
    [InlineData("Hall")]
    [InlineData("205 Redding St")]
    [InlineData("the")]
    [InlineData(null)]
    public void Anything_else_is_not_a_landmark(string? typed) =>
        Assert.Null(PlaceReader.FindLandmark(typed, Landmarks));
}

/// <summary>Contact logs take a unique part of a directory name (issue 21, item 11).</summary>
public sealed class ContactNameMatchTests
{
    private static readonly string[] Names = ["Greater New Hope Missionary Baptist Church", "New Hope Church", "Riverside Fellowship", "First Methodist Church (demo)"];

    [Fact]
    public void A_unique_part_of_a_name_is_that_name() =>
        Assert.Equal(["Riverside Fellowship"], ContactLogRules.MatchName(Names, n => n, "riverside"));

    [Fact]
    public void An_exact_name_wins_over_names_that_contain_it() =>
        Assert.Equal(["New Hope Church"], ContactLogRules.MatchName(Names, n => n, "new hope church"));

    [Fact]
    public void A_part_in_several_names_gives_them_all() =>
        Assert.Equal(2, ContactLogRules.MatchName(Names, n => n, "Hope").Count);

    [Fact]
    public void A_part_in_no_name_gives_none() =>
        Assert.Empty(ContactLogRules.MatchName(Names, n => n, "Cathedral"));

    [Fact]
    public void Many_names_are_listed_with_how_many_more() =>
        Assert.Equal("a, b and 1 more", ContactLogRules.ListNames(["a", "b", "c"], max: 2));
}
