using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Identity's sign-in manager, plus: a disabled account cannot sign in, and a log-in for an address with no
/// account checks a password just the same.
/// </summary>
public sealed class PactSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static string? s_noAccountHash;

    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>
    /// After a failed sign-in: Identity's failure count is saved with the user's concurrency stamp, and when a
    /// sign-in for the same person ran at the same moment that save loses and the user stays unsaved in the
    /// context, which would fail the audit entry saved next. Take the saved copy instead.
    /// </summary>
    public async Task DiscardLostUpdateAsync(Microsoft.EntityFrameworkCore.DbContext db, ApplicationUser user)
    {
        var entry = db.Entry(user);
        if (entry.State == Microsoft.EntityFrameworkCore.EntityState.Modified)
        {
            await entry.ReloadAsync();
        }
    }

    /// <summary>
    /// Verifies the password against a throw-away hash made with the same hasher and settings, so a log-in for
    /// an unknown address costs what a wrong password costs and the answer time does not tell whether an
    /// account exists.
    /// </summary>
    public void CheckPasswordWithoutAccount(string password)
    {
        var hasher = UserManager.PasswordHasher;
        var nobody = new ApplicationUser();
        var hash = s_noAccountHash ??= hasher.HashPassword(nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        _ = hasher.VerifyHashedPassword(nobody, hash, password);
    }
}
