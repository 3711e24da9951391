using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

/// <summary>The common-password list is the web project's (an embedded resource read by its Identity validator).</summary>
public sealed class CommonPasswordTests
{
    [Theory]
    [InlineData("password1234", true)]
    [InlineData("qwertyuiopas", true)]
    [InlineData("zzzzzzzzzzzzzz", true)]
    [InlineData("345678901234", true)]
    [InlineData("orchard lantern harbor", false)]
    public void Common_passwords_are_recognised(string password, bool common) =>
        Assert.Equal(common, CommonPasswordValidator.IsCommon(password));
}
