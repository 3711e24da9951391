using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.UnitTests;

/// <summary>Reading a partner's kind as the CSV export writes it (its label) or by its name, in any case.</summary>
public sealed class PartnerKindsTests
{
    [Theory]
    [InlineData("Joint agency (PJA)", PartnerKind.JointAgency)]
    [InlineData("  joint AGENCY (pja) ", PartnerKind.JointAgency)]
    [InlineData("Neighborhood association", PartnerKind.NeighborhoodAssociation)]
    [InlineData("WatchGroup", PartnerKind.WatchGroup)]
    [InlineData("faith-based", PartnerKind.FaithBased)]
    public void Labels_and_names_read_in_any_case(string text, PartnerKind expected)
    {
        Assert.True(PartnerKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Airline")]
    [InlineData("2")]
    [InlineData("Nonprofit; Business")]
    public void Anything_else_is_not_a_kind(string? text) => Assert.False(PartnerKinds.TryParse(text, out _));

    [Fact]
    public void Every_kind_reads_back_from_its_label() =>
        Assert.All(Enum.GetValues<PartnerKind>(), k => Assert.True(PartnerKinds.TryParse(PartnerKinds.Label(k), out var read) && read == k));
}
