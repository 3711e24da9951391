using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests.Crime;

public sealed class CrimeImportRulesTests
{
    [Theory]
    [InlineData("05/31/2019 11:55:00 PM", "2019-06-01T04:55:00")]
    [InlineData("2019-05-31T23:55:00", "2019-06-01T04:55:00")]
    [InlineData("2019-05-31T23:55:00.000", "2019-06-01T04:55:00")]
    [InlineData("2019-05-31 23:55", "2019-06-01T04:55:00")]
    [InlineData("2019-05-31T23:55:00Z", "2019-05-31T23:55:00")]
    [InlineData("2019-05-31T23:55:00-07:00", "2019-06-01T06:55:00")]
    [InlineData("01/15/2020 08:00:00 AM", "2020-01-15T14:00:00")]
    [InlineData("03/08/2026 02:30:00 AM", "2026-03-08T08:30:00")] // does not exist: standard offset
    [InlineData("11/01/2026 01:30:00 AM", "2026-11-01T06:30:00")] // happens twice: the first
    public void Dates_are_read_as_Central_time_unless_they_carry_an_offset(string text, string expectedUtc)
    {
        Assert.True(CrimeDates.TryParse(text, CentralTime.Zone, out var utc));
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("31/05/2019 11:55:00 PM")]
    [InlineData("02/30/2019 10:00:00 AM")]
    [InlineData("yesterday")]
    [InlineData("01/01/1899 10:00:00 AM")]
    [InlineData("9999-01-01T00:00:00")]
    public void Bad_dates_are_refused_without_throwing(string text) =>
        Assert.False(CrimeDates.TryParse(text, CentralTime.Zone, out _));

    [Theory]
    [InlineData("1523 N Missouri St", "15XX N MISSOURI ST")]
    [InlineData("23 E Broadway", "0XX E BROADWAY")]
    [InlineData("015XX N MISSOURI ST", "15XX N MISSOURI ST")]
    [InlineData("0000X W TERMINAL ST", "0XX W TERMINAL ST")]
    [InlineData("000XX W MAIN ST", "0XX W MAIN ST")]
    [InlineData("1523 N Missouri St Apt 4", "15XX N MISSOURI ST")]
    [InlineData("MISSOURI ST / BROADWAY", "MISSOURI ST / BROADWAY")]
    [InlineData("", null)]
    public void Hundred_blocks_hide_the_house_number(string address, string? expected) =>
        Assert.Equal(expected, HundredBlocks.From(address));

    [Fact]
    public void Headers_are_recognised_by_name_ignoring_case_and_punctuation()
    {
        var chicago = ImportLayouts.Detect(["id", "case_number", "DATE", "block", "iucr", "primary type", "description", "beat", "ward", "latitude", "longitude"], out _);
        Assert.Equal(ImportLayout.Chicago, chicago!.Layout);
        Assert.Equal("case_number", chicago.Columns[ImportField.IncidentNumber]);

        Assert.Null(ImportLayouts.Detect(["Case Number", "Primary Type", "IUCR", "Block"], out var error));
        Assert.Contains("no Date column", error);
        Assert.Null(ImportLayouts.Detect(["a", "b"], out error));
        Assert.Contains("not recognised", error);
    }

    private static readonly Dictionary<ImportField, string> Columns = new()
    {
        [ImportField.IncidentNumber] = "n", [ImportField.OccurredAt] = "d", [ImportField.OffenseDescription] = "o",
        [ImportField.Latitude] = "lat", [ImportField.Longitude] = "lon",
    };

    private static CrimeRow? Parse(Dictionary<ImportField, string?> values, out RowProblem? problem) =>
        new CrimeRowParser(CentralTime.Zone, Columns, GeoBox.WestMemphis).Parse(f => values.GetValueOrDefault(f), out problem);

    [Fact]
    public void Coordinates_at_zero_or_far_from_the_city_are_missing_not_errors()
    {
        var zero = Parse(new() { [ImportField.IncidentNumber] = "1", [ImportField.OccurredAt] = "2020-01-01", [ImportField.OffenseDescription] = "x", [ImportField.Latitude] = "0", [ImportField.Longitude] = "0" }, out _);
        Assert.Null(zero!.Latitude);
        var chicago = Parse(new() { [ImportField.IncidentNumber] = "1", [ImportField.OccurredAt] = "2020-01-01", [ImportField.OffenseDescription] = "x", [ImportField.Latitude] = "41.88", [ImportField.Longitude] = "-87.63" }, out _);
        Assert.Null(chicago!.Longitude);
        var here = Parse(new() { [ImportField.IncidentNumber] = "1", [ImportField.OccurredAt] = "2020-01-01", [ImportField.OffenseDescription] = "x", [ImportField.Latitude] = "35.1465", [ImportField.Longitude] = "-90.1845" }, out _);
        Assert.Equal(35.1465, here!.Latitude);
    }

    [Fact]
    public void A_row_without_number_date_or_offense_names_the_column()
    {
        Assert.Null(Parse(new() { [ImportField.OccurredAt] = "2020-01-01", [ImportField.OffenseDescription] = "x" }, out var p1));
        Assert.Equal("n", p1!.Column);
        Assert.Null(Parse(new() { [ImportField.IncidentNumber] = "1", [ImportField.OffenseDescription] = "x" }, out var p2));
        Assert.Equal("d", p2!.Column);
        Assert.Null(Parse(new() { [ImportField.IncidentNumber] = "1", [ImportField.OccurredAt] = "2020-01-01" }, out var p3));
        Assert.Equal("o", p3!.Column);
    }

    [Fact]
    public void Offenses_map_by_code_then_full_description_then_description_then_NIBRS_name_else_stay_unknown()
    {
        var resolver = new OffenseResolver(NibrsCatalog.All(), NibrsCatalog.SeedMappings());
        CrimeRow Row(string description, string? sub = null, string? code = null) => new()
        {
            IncidentNumber = "1", OccurredAtUtc = DateTime.UtcNow, Description = description, SubDescription = sub, NibrsCode = code, OffenseKey = "1",
        };
        Assert.Equal("13A", resolver.Resolve("seattle", Row("ANYTHING", code: "13A"))!.Code);
        Assert.Equal("23C", resolver.Resolve("chicago", Row("THEFT", "RETAIL THEFT"))!.Code);
        Assert.Equal("23H", resolver.Resolve("chicago", Row("THEFT", "OVER $500"))!.Code);
        Assert.Equal("240", resolver.Resolve("nibrs", Row("MOTOR VEHICLE THEFT"))!.Code);
        Assert.Null(resolver.Resolve("chicago", Row("NON-CRIMINAL", "LOST PASSPORT")));
        Assert.Null(resolver.Resolve("seattle", Row("THEFT", code: "999")));
    }
}
