using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>Forms bind to *Form models only: extra fields posted by hand change nothing (ASVS 15.3.3).</summary>
public sealed class OverPostingTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task Registration_ignores_posted_identity_and_role_fields()
    {
        var email = $"overpost-{Guid.NewGuid():N}@example.com";
        var client = factory.CreateBrowserClient();
        var page = await client.GetPageAsync("/Account/Register");
        await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["FullName"] = "Over Poster", ["Email"] = email, ["Password"] = TestUsers.Password, ["ConfirmPassword"] = TestUsers.Password,
            ["IsThirteenOrOlder"] = "true",
            ["Id"] = "attacker-chosen-id", ["EmailConfirmed"] = "true", ["IsDemo"] = "true", ["RoleId"] = "Admin", ["Roles"] = "Admin",
            ["TwoFactorEnabled"] = "true", ["LockoutEnabled"] = "false",
        });

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.NotEqual("attacker-chosen-id", user.Id);
        Assert.False(user.EmailConfirmed);
        Assert.False(user.IsDemo);
        Assert.False(user.TwoFactorEnabled);
        Assert.True(user.LockoutEnabled);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Resident], roles);
    }

    [Fact]
    public async Task Profile_edits_cannot_change_email_roles_or_state()
    {
        var email = $"overprofile-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        var page = await client.GetPageAsync("/Account/Manage");
        await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["FullName"] = "New Name", ["Email"] = "hijack@example.com", ["UserName"] = "hijack@example.com", ["IsDisabled"] = "true",
            ["Role"] = "Admin", ["SecurityStamp"] = "x", ["AreaId"] = "999999",
        });

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Equal("New Name", user.FullName);
        Assert.Equal(email, user.UserName);
        Assert.False(user.IsDisabled);
        Assert.Null(user.AreaId); // an unknown area is ignored, not stored
    }
}
