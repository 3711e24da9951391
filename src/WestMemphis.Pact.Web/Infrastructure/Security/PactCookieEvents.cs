using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Cookie rules: the security stamp is checked on every request (so log-out, a password or role change,
/// or disabling an account ends every other session at once) against <see cref="SecurityStampCache"/>, which
/// costs no database round trip and never rewrites the cookie; staff sessions end after 30 idle minutes or
/// 12 hours, whichever comes first, and their cookie is rewritten at most once a minute to slide the idle
/// window. Times come from the injected <see cref="TimeProvider"/>. A singleton: it holds nothing per request, so the
/// cookie handler does not build it (or a DbContext) on every request.
/// </summary>
public sealed class PactCookieEvents(IOptions<SignInSessionOptions> sessions, TimeProvider clock, SecurityStampCache stamps) : CookieAuthenticationEvents
{
    public const string LastSeenKey = "pact:lastSeen";
    public const string SignedInKey = "pact:signedIn";

    public override Task SigningIn(CookieSigningInContext context)
    {
        var now = clock.GetUtcNow();
        context.Properties.Items[SignedInKey] = now.ToString("O", CultureInfo.InvariantCulture);
        context.Properties.Items[LastSeenKey] = now.ToString("O", CultureInfo.InvariantCulture);
        if (context.Principal?.IsStaff() == true)
        {
            // No "remember me" for staff: a browser-session cookie that also expires on its own.
            context.Properties.IsPersistent = false;
            context.Properties.ExpiresUtc = now + sessions.Value.StaffIdleTimeout;
        }

        return base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || context.Principal.Identity?.IsAuthenticated != true)
        {
            return;
        }

        // The database is only asked (and a DbContext only made) when the cache has no current entry for the account.
        if (!await stamps.IsCurrentAsync(context.Principal, context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (!context.Principal.IsStaff())
        {
            return;
        }

        var options = sessions.Value;
        var now = clock.GetUtcNow();
        var signedIn = Read(context.Properties, SignedInKey) ?? context.Properties.IssuedUtc ?? now;
        var lastSeen = Read(context.Properties, LastSeenKey) ?? signedIn;
        if (now - lastSeen > options.StaffIdleTimeout || now - signedIn >= options.StaffAbsoluteTimeout)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Slide the idle window; rewrite the cookie at most once a minute.
        if (now - lastSeen >= TimeSpan.FromMinutes(1) || context.ShouldRenew)
        {
            context.Properties.Items[LastSeenKey] = now.ToString("O", CultureInfo.InvariantCulture);
            context.Properties.ExpiresUtc = now + options.StaffIdleTimeout;
            context.ShouldRenew = true;
        }
    }

    private static DateTimeOffset? Read(AuthenticationProperties properties, string key) =>
        properties.Items.TryGetValue(key, out var value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : null;
}
