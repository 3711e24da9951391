using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.UnitTests.Crime;

public sealed class ImportMappingRulesTests
{
    private static readonly string[] Header = ["Case No", "When", "What", "Code", "Where", "Zone"];

    [Fact]
    public void A_complete_mapping_with_distinct_columns_has_no_problems()
    {
        var chosen = new Dictionary<ImportField, string?> { [ImportField.IncidentNumber] = "Case No", [ImportField.OccurredAt] = "When", [ImportField.NibrsCode] = "Code", [ImportField.Beat] = "Zone", [ImportField.Ward] = "" };
        Assert.Empty(ImportMappingRules.Check(chosen, Header));
    }

    [Fact]
    public void Required_fields_missing_columns_and_a_column_used_twice_are_each_named_on_their_field()
    {
        var chosen = new Dictionary<ImportField, string?> { [ImportField.IncidentNumber] = "Case No", [ImportField.Address] = "Where", [ImportField.Beat] = "Where", [ImportField.Ward] = "Nope" };
        var problems = ImportMappingRules.Check(chosen, Header);
        Assert.Contains(problems, p => p.Field == ImportField.OccurredAt && p.Message.Contains("required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == ImportField.OffenseDescription);
        Assert.Contains(problems, p => p.Field == ImportField.Beat && p.Message.Contains("already used for Address or block", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == ImportField.Ward && p.Message.Contains("file's columns", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Field == ImportField.Address);
    }

    [Theory]
    [InlineData("Marion PD export", "marion-pd-export")]
    [InlineData("  crittenden_so ", "crittenden-so")]
    [InlineData("chicago", null)]
    [InlineData("Seattle", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("evil\u202Etxt", null)]
    [InlineData("' OR 1=1--", null)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", null)]
    public void Source_names_are_normalised_or_refused(string name, string? expected) =>
        Assert.Equal(expected, ImportMappingRules.NormalizeSource(name));

    [Fact]
    public void The_saved_mapping_whose_columns_are_all_in_the_header_is_found_preferring_the_fullest()
    {
        IReadOnlyDictionary<ImportField, string> small = new Dictionary<ImportField, string> { [ImportField.IncidentNumber] = "case no", [ImportField.OccurredAt] = "When" };
        IReadOnlyDictionary<ImportField, string> full = new Dictionary<ImportField, string> { [ImportField.IncidentNumber] = "Case No", [ImportField.OccurredAt] = "When", [ImportField.Beat] = "Zone" };
        IReadOnlyDictionary<ImportField, string> other = new Dictionary<ImportField, string> { [ImportField.IncidentNumber] = "Report", [ImportField.OccurredAt] = "When" };
        Assert.Equal("full", ImportMappingRules.FindSaved(Header, [("small", small), ("full", full), ("other", other)])?.Source);
        Assert.Null(ImportMappingRules.FindSaved(["A", "B"], [("small", small)]));
    }

    [Fact]
    public void A_column_map_survives_the_round_trip_and_bad_json_reads_as_empty()
    {
        var map = new Dictionary<ImportField, string> { [ImportField.IncidentNumber] = "Case No", [ImportField.Latitude] = "Lat" };
        Assert.Equal(map, ImportMappingRules.Deserialize(ImportMappingRules.Serialize(map)));
        Assert.Empty(ImportMappingRules.Deserialize("not json"));
    }

    [Theory]
    [InlineData("11A", false, true, true)]
    [InlineData("36B", false, true, true)]
    [InlineData("64A", false, true, true)]
    [InlineData("13A", true, true, true)]
    [InlineData("13A", false, true, false)]
    [InlineData("11A", false, false, false)]
    public void Privacy_locked_types_cannot_be_published(string code, bool sensitive, bool publish, bool refused) =>
        Assert.Equal(refused, OffensePublishing.Check(code, sensitive, publish) is not null);
}
