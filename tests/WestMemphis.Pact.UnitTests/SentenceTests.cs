using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.UnitTests;

/// <summary>Labels read inside a sentence as a person writes them: names and acronyms keep their capitals.</summary>
public sealed class SentenceTests
{
    [Theory]
    [InlineData("Rusty the Crime Dog visit", "Rusty the Crime Dog visit")]
    [InlineData("PJA coordination", "PJA coordination")]
    [InlineData("Part I violent", "part I violent")]
    [InlineData("Church visit", "church visit")]
    [InlineData("Under review", "under review")]
    [InlineData("National Night Out block party", "National Night Out block party")]
    [InlineData("School presentation", "school presentation")]
    [InlineData("already lower", "already lower")]
    [InlineData("", "")]
    public void A_label_inside_a_sentence_keeps_names_and_acronyms(string label, string expected) =>
        Assert.Equal(expected, Sentence.Inside(label));
}
