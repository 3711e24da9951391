using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.UnitTests;

/// <summary>Each privacy rule of the public crime summary, with data built to break it.</summary>
public sealed class PublicCrimeRulesTests
{
    private static readonly PublicCrimeOptions Options = new();
    private static readonly (int Id, string Name)[] Areas = [(1, "Ward 1"), (2, "Ward 2")];
    private static readonly HashSet<string> Published = ["13A", "13B", "23C", "35A", "11A", "36A", "64A", "11D"];

    [Theory]
    [InlineData("11A")]
    [InlineData("11B")]
    [InlineData("11C")]
    [InlineData("11D")]
    [InlineData("36A")]
    [InlineData("36B")]
    [InlineData("64A")]
    [InlineData("64B")]
    public void Sex_offenses_and_human_trafficking_are_never_located(string code)
    {
        Assert.False(PublicCrimeRules.MayLocate(code, domestic: false, juvenile: false));
        Assert.Null(PublicCrimeRules.PublicBlock("1523 N Missouri St", code, false, false));
        var table = PublicCrimeRules.Build(Areas, [new PublicCount(1, CrimesAgainstKind.Persons, code, false, false, 10)], Published, Options);
        Assert.Equal(0, table.Rows[0].Total.Value);
        if (Published.Contains(code))
        {
            Assert.Equal(10, table.Rows[^1].Total.Value); // counted, but only in "not located"
        }
    }

    [Fact]
    public void Domestic_and_juvenile_incidents_are_never_located()
    {
        Assert.False(PublicCrimeRules.MayLocate("13B", domestic: true, juvenile: false));
        Assert.False(PublicCrimeRules.MayLocate("13B", domestic: false, juvenile: true));
        Assert.Null(PublicCrimeRules.PublicBlock("200 E Broadway", "13B", true, false));
        var table = PublicCrimeRules.Build(Areas,
        [
            new PublicCount(1, CrimesAgainstKind.Persons, "13B", true, false, 4),
            new PublicCount(2, CrimesAgainstKind.Persons, "13B", false, true, 5),
        ], Published, Options);
        Assert.Equal(0, table.Rows[0].Total.Value);
        Assert.Equal(0, table.Rows[1].Total.Value);
        Assert.Equal(9, table.Rows[2].Cells[0].Value);
        Assert.Equal(PublicCrimeRules.NotLocatedLabel, table.Rows[2].Label);
    }

    [Theory]
    [InlineData("1523 N Missouri St", "1500 BLOCK N MISSOURI ST")]
    [InlineData("7 Oak St Apt 4", "0 BLOCK OAK ST")]
    [InlineData("2099 S Avalon St #12", "2000 BLOCK S AVALON ST")]
    [InlineData("N Missouri St & E Broadway", null)]
    [InlineData("", null)]
    public void Nothing_finer_than_the_hundred_block_is_public(string address, string? expected) =>
        Assert.Equal(expected, PublicCrimeRules.PublicBlock(address, "23C", false, false));

    [Fact]
    public void Counts_under_three_are_suppressed_and_cannot_be_worked_out_from_totals()
    {
        var table = PublicCrimeRules.Build(Areas,
        [
            new PublicCount(1, CrimesAgainstKind.Persons, "13A", false, false, 7),
            new PublicCount(1, CrimesAgainstKind.Property, "23C", false, false, 2), // under 3
            new PublicCount(2, CrimesAgainstKind.Persons, "13A", false, false, 6),
            new PublicCount(2, CrimesAgainstKind.Property, "23C", false, false, 9),
            new PublicCount(2, CrimesAgainstKind.Society, "35A", false, false, 1),  // under 3
        ], Published, Options);
        Assert.True(table.Rows[0].Cells[1].Suppressed);
        Assert.True(table.Rows[1].Cells[2].Suppressed);
        Assert.DoesNotContain(AllCells(table), c => c.Value is 1 or 2);
        // No row or column (totals included) holds exactly one hidden value.
        foreach (var row in table.Rows.Append(table.Totals))
        {
            Assert.NotEqual(1, row.Cells.Append(row.Total).Count(c => c.Suppressed));
        }

        var rows = table.Rows.Append(table.Totals).ToList();
        for (var c = 0; c <= PublicCrimeRules.Columns.Count; c++)
        {
            var column = c;
            Assert.NotEqual(1, rows.Count(r => (column < r.Cells.Count ? r.Cells[column] : r.Total).Suppressed));
        }

        Assert.Equal(0, table.Rows[0].Cells[2].Value); // a zero reveals nobody and is shown
    }

    private static IEnumerable<PublicCell> AllCells(PublicCrimeTable table) =>
        table.Rows.Append(table.Totals).SelectMany(r => r.Cells.Append(r.Total));

    [Fact]
    public void An_offense_type_is_counted_only_once_published()
    {
        var counts = new[] { new PublicCount(1, CrimesAgainstKind.Property, "240", false, false, 12) };
        Assert.Equal(0, PublicCrimeRules.Build(Areas, counts, Published, Options).Totals.Total.Value);
        Assert.Equal(12, PublicCrimeRules.Build(Areas, counts, new HashSet<string>(Published) { "240" }, Options).Totals.Total.Value);
        Assert.Equal(0, PublicCrimeRules.Build(Areas, [new PublicCount(1, null, null, false, false, 5)], Published, Options).Totals.Total.Value);
    }

    [Fact]
    public void The_latest_seven_days_are_withheld_and_only_closed_months_are_offered()
    {
        Assert.Equal(new DateOnly(2026, 11, 17), PublicCrimeRules.LatestPublicDay(new DateOnly(2026, 11, 25), Options));
        Assert.Equal(new DateOnly(2026, 10, 1), PublicCrimeRules.ClosedMonths(new DateOnly(2026, 11, 25), Options)[0]);
        // On 5 November the last public day is 28 October: October is not closed yet.
        Assert.Equal(new DateOnly(2026, 9, 1), PublicCrimeRules.ClosedMonths(new DateOnly(2026, 11, 5), Options)[0]);
        Assert.False(PublicCrimeRules.IsClosed(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 5), Options));
        Assert.True(PublicCrimeRules.IsClosed(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 8), Options));
        var longer = new PublicCrimeOptions { WithheldDays = 30 };
        Assert.Equal(new DateOnly(2026, 9, 1), PublicCrimeRules.ClosedMonths(new DateOnly(2026, 11, 25), longer)[0]);
        Assert.Equal(12, PublicCrimeRules.ClosedMonths(new DateOnly(2026, 11, 25), Options).Count);
    }
}
