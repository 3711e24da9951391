using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.UnitTests.Crime;

public sealed class OffensePublishingTests
{
    [Theory]
    [InlineData("11A")]
    [InlineData("11B")]
    [InlineData("11C")]
    [InlineData("11D")]
    [InlineData("36A")]
    [InlineData("36B")]
    [InlineData("64A")]
    [InlineData("64B")]
    public void Sex_offenses_and_human_trafficking_are_never_publishable_even_if_the_table_forgot_the_flag(string code)
    {
        Assert.NotNull(OffensePublishing.Check(code, isSensitive: false, publish: true));
        Assert.Null(OffensePublishing.Check(code, isSensitive: false, publish: false));
        Assert.False(OffensePublishing.IsDefaultPublic(code, isSensitive: false));
    }

    [Fact]
    public void A_type_marked_sensitive_is_locked_whatever_its_code()
    {
        Assert.NotNull(OffensePublishing.Check("90Z", isSensitive: true, publish: true));
        Assert.Null(OffensePublishing.Check("90Z", isSensitive: false, publish: true));
    }

    [Fact]
    public void The_default_set_is_the_non_sensitive_group_A_offenses_residents_expect()
    {
        var catalog = NibrsCatalog.All().ToDictionary(c => c.Code);
        Assert.All(OffenseGroups.DefaultPublic, code =>
        {
            Assert.True(catalog.ContainsKey(code), code);
            Assert.Equal(NibrsGroup.A, catalog[code].Group);
            Assert.False(OffensePublishing.IsLocked(code, catalog[code].IsSensitive), code);
        });
        var groups = OffenseGroups.DefaultPublic.Select(c => OffenseGroups.Of(c).Key).Distinct().Order().ToList();
        Assert.Equal(new[] { "assault", "burglary", "robbery", "theft", "vandalism", "vehicle-theft" }, groups);
        // Whole groups: every theft and assault type, not some of them.
        Assert.All(catalog.Keys.Where(c => groups.Contains(OffenseGroups.Of(c).Key)), c => Assert.Contains(c, OffenseGroups.DefaultPublic));
    }

    [Fact]
    public void Every_code_has_one_group_and_the_locked_codes_sit_in_groups_of_their_own()
    {
        var catalog = NibrsCatalog.All();
        Assert.All(catalog.Where(c => c.Group == NibrsGroup.B), c => Assert.Same(OffenseGroups.GroupB, OffenseGroups.Of(c.Code)));
        Assert.All(catalog.Where(c => c.Group == NibrsGroup.A), c => Assert.NotSame(OffenseGroups.GroupB, OffenseGroups.Of(c.Code)));
        foreach (var group in catalog.GroupBy(c => OffenseGroups.Of(c.Code)))
        {
            var locked = group.Count(c => OffensePublishing.IsLocked(c.Code, c.IsSensitive));
            Assert.True(locked == 0 || locked == group.Count(), $"{group.Key.Name} mixes locked and publishable types");
        }

        Assert.Equal(OffenseGroups.All.Count, OffenseGroups.All.Select(g => g.Key).Distinct().Count());
        Assert.Same(OffenseGroups.Of("23F"), OffenseGroups.Find("THEFT"));
        Assert.Null(OffenseGroups.Find("nothing"));
    }

    [Fact]
    public void A_group_holding_a_locked_type_is_never_published_but_may_be_withdrawn()
    {
        var mixed = new[] { ("13A", false), ("11A", false) };
        var refused = OffensePublishing.CheckGroup("Test", mixed, publish: true);
        Assert.NotNull(refused);
        Assert.Contains("11A", refused);
        Assert.Contains("never shown publicly", refused);
        Assert.Null(OffensePublishing.CheckGroup("Test", mixed, publish: false));
        Assert.Null(OffensePublishing.CheckGroup("Assault offenses", [("13A", false), ("13B", false)], publish: true));
        Assert.NotNull(OffensePublishing.CheckGroup("Empty", [], publish: true));
    }

    [Theory]
    [InlineData(14, 10, "up 40% — 14 vs 10")]
    [InlineData(8, 10, "down 20% — 8 vs 10")]
    [InlineData(10, 10, "no change — 10 vs 10")]
    [InlineData(5, 0, "up from none — 5 vs 0")]
    [InlineData(0, 3, "down 100% — 0 vs 3")]
    [InlineData(13, 9, "up 44.4% — 13 vs 9")]
    public void A_change_reads_in_words(int current, int previous, string expected) =>
        Assert.Equal(expected, ComparisonWords.Change(new Comparison(current, previous)));

    [Theory]
    [InlineData(30, 10, "unusually high, z = 4.6", "Flagged up: unusually high")]
    [InlineData(10, 30, "unusually low, z = −4.6", "Flagged down: unusually low")]
    [InlineData(14, 10, "within the usual range, z = 1.2", null)]
    [InlineData(0, 0, "within the usual range, z = 0.0", null)]
    public void A_z_score_reads_in_words_and_up_and_down_flags_differ(int current, int previous, string words, string? flag)
    {
        var c = new Comparison(current, previous);
        Assert.Equal(words, ComparisonWords.Z(c));
        Assert.Equal(flag, ComparisonWords.Flag(c));
    }
}
