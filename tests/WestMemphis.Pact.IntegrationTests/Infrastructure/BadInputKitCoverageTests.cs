namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>The kit's sampling still puts every bad value into at least one field of every form.</summary>
public class BadInputKitCoverageTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(20)]
    public void Every_value_lands_in_some_field_and_every_field_gets_the_empty_and_markup_values(int fields)
    {
        var perField = Enumerable.Range(0, fields).Select(i => BadInputKit.ValuesFor(i, fields, BadInputKit.Coverage.Sampled).ToList()).ToList();

        Assert.Empty(BadInputKit.Values.Except(perField.SelectMany(v => v)));
        Assert.All(perField, values =>
        {
            Assert.Contains("", values);
            Assert.Contains(BadInputKit.Xss, values);
            Assert.Contains("DUPLICATE", values);
        });
    }

    [Fact]
    public void A_public_form_gets_every_value_in_every_field()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(BadInputKit.Values.Count + 1, BadInputKit.ValuesFor(i, 4, BadInputKit.Coverage.EveryValueInEveryField).Count());
        }
    }
}
