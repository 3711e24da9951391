using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// The sign-in cookie's decrypted ticket, remembered for a minute under the exact cookie value, so that a signed-in
/// visitor's every page view does not decrypt, check and deserialise the same cookie again. Only what decrypting that
/// very value gave is kept, and each request gets its own copy (the cookie rules change the copy, never the kept
/// one). Nothing else changes: every request still runs the security-stamp check, the expiry and the staff idle
/// rules (<see cref="PactCookieEvents"/>) on its copy, so log-out, a password or role change, or disabling an account
/// still ends the session at once; a value that does not decrypt is never kept.
/// </summary>
public sealed class RememberedCookieTickets(ISecureDataFormat<AuthenticationTicket> inner, IMemoryCache cache) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var key = string.Concat("pact:ticket:", purpose, "|", protectedText);
        if (cache.TryGetValue(key, out AuthenticationTicket? kept) && kept is not null)
        {
            return Copy(kept);
        }

        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is not null)
        {
            cache.Set(key, Copy(ticket), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        }

        return ticket;
    }

    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(ticket.Principal.Clone(), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}

/// <summary>Wraps the application cookie's ticket format (set by the framework's own post-configuration, which runs first).</summary>
public sealed class RememberCookieTickets(IMemoryCache cache) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is { } format and not RememberedCookieTickets)
        {
            options.TicketDataFormat = new RememberedCookieTickets(format, cache);
        }
    }
}
