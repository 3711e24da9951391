using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.UnitTests.Crime;

public sealed class NibrsCatalogTests
{
    [Fact]
    public void Every_code_is_listed_once_with_a_category()
    {
        var codes = NibrsCatalog.All();
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
        Assert.All(codes, c => Assert.NotEqual(OffenseCategory.Unknown, c.CrimesAgainst));
        Assert.Equal(14, codes.Count(c => c.Group == NibrsGroup.B));
        Assert.All(codes, c => Assert.False(c.IsPublic));
    }

    [Theory]
    [InlineData("09A", PartIClass.Violent)]
    [InlineData("11A", PartIClass.Violent)]
    [InlineData("120", PartIClass.Violent)]
    [InlineData("13A", PartIClass.Violent)]
    [InlineData("220", PartIClass.Property)]
    [InlineData("23F", PartIClass.Property)]
    [InlineData("240", PartIClass.Property)]
    [InlineData("200", PartIClass.Property)]
    [InlineData("13B", PartIClass.None)]
    [InlineData("35A", PartIClass.None)]
    public void Part_I_classes_follow_the_UCR_definitions(string code, PartIClass expected)
    {
        var entry = NibrsCatalog.All().Single(c => c.Code == code);
        Assert.Equal(expected, entry.PartIClass);
        Assert.Equal(expected == PartIClass.None ? entry.UcrPart : (byte)1, entry.UcrPart);
    }

    [Fact]
    public void Sex_offenses_and_trafficking_are_flagged_sensitive_and_nothing_else_is()
    {
        var sensitive = NibrsCatalog.All().Where(c => c.IsSensitive).Select(c => c.Code).Order().ToList();
        Assert.Equal(NibrsCatalog.SensitiveCodes.Order().ToList(), sensitive);
    }

    [Fact]
    public void Seed_mappings_point_at_known_codes_and_do_not_repeat()
    {
        var codes = NibrsCatalog.All().Select(c => c.Code).ToHashSet();
        var mappings = NibrsCatalog.SeedMappings();
        Assert.All(mappings, m => Assert.Contains(m.Code, codes));
        Assert.Equal(mappings.Count, mappings.Select(m => (m.Source, m.Description)).Distinct().Count());
        Assert.All(mappings, m => Assert.Equal(m.Description.ToUpperInvariant().Trim(), m.Description));
    }

    [Fact]
    public void Murder_outranks_robbery_which_outranks_larceny()
    {
        var rank = NibrsCatalog.All().ToDictionary(c => c.Code, c => c.HierarchyRank);
        Assert.True(rank["09A"] < rank["120"]);
        Assert.True(rank["120"] < rank["220"]);
        Assert.True(rank["220"] < rank["23H"]);
        Assert.True(rank["23H"] < rank["90Z"]);
    }
}
