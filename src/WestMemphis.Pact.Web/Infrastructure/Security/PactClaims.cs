using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

public static class PactClaims
{
    /// <summary>Present when the account has two-factor sign-in set up (or is an exempt demo account).</summary>
    public const string TwoFactorReady = "pact:2fa";

    public static bool IsStaff(this ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == TwoFactorReady);
}

/// <summary>Adds <see cref="PactClaims.TwoFactorReady"/> to the sign-in cookie.</summary>
public sealed class PactClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IOptions<SecurityOptions> security)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TwoFactorEnabled || (user.IsDemo && security.Value.DemoStaffExemptFromTwoFactor))
        {
            identity.AddClaim(new Claim(PactClaims.TwoFactorReady, user.TwoFactorEnabled ? "totp" : "demo-exempt"));
        }

        return identity;
    }
}
