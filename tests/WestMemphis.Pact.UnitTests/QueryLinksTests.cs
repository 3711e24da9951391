using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.UnitTests;

public sealed class QueryLinksTests
{
    [Fact]
    public void No_values_make_no_query_string() => Assert.Equal("", QueryLinks.Build(("q", null), ("page", "")));
}
