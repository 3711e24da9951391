using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public sealed class RoleGrantRulesTests
{
    [Fact]
    public void Admin_is_refused_without_two_factor_and_allowed_with_it()
    {
        Assert.Contains("two-factor", Roles.RefuseGrant(Roles.Admin, twoFactorEnabled: false), StringComparison.Ordinal);
        Assert.Null(Roles.RefuseGrant(Roles.Admin, twoFactorEnabled: true));
    }

    [Theory]
    [InlineData(Roles.Resident)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Officer)]
    public void Other_roles_are_unchanged(string role) => Assert.Null(Roles.RefuseGrant(role, twoFactorEnabled: false));
}
