using WestMemphis.Pact.Domain.Crime.Reviews;

namespace WestMemphis.Pact.UnitTests;

public class ReviewSnapshotTests
{
    [Fact]
    public void A_snapshot_round_trips_as_it_was_shown()
    {
        var shown = new ReviewSnapshot(new DateOnly(2026, 11, 24), ["Last 7 days"], [new SnapshotArea("Ward 3", [new SnapshotLine("All offenses", [12], [7])])]);
        var read = ReviewSnapshot.FromJson(shown.ToJson())!;
        Assert.Equal(shown.End, read.End);
        Assert.Equal(["Last 7 days"], read.Periods);
        Assert.Equal([12], read.Areas.Single().Lines.Single().Current);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"end\":\"2026-11-24\",\"periods\":null,\"areas\":null}")]
    public void A_snapshot_missing_its_lists_reads_as_empty_lists(string json)
    {
        var read = ReviewSnapshot.FromJson(json)!;
        Assert.Empty(read.Periods);
        Assert.Empty(read.Areas);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    public void No_snapshot_or_a_broken_one_reads_as_none(string? json) => Assert.Null(ReviewSnapshot.FromJson(json));
}
