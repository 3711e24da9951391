using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>
/// Remembers, for a day, which account was just registered in this browser (an HttpOnly, protected cookie).
/// The confirmation link signs the person in directly only when it is opened in the same browser and confirms the
/// address for the first time: a link opened elsewhere, forwarded, or sent by someone who registered an account
/// of their own (a log-in CSRF) leads to the log-in page instead (docs/security.md, "Confirmation link").
/// </summary>
public static class RegistrationBrowser
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private static string CookieName(HttpContext context) =>
        context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment() ? "pact.registered" : "__Host-pact.registered";

    private static ITimeLimitedDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Pact.RegistrationBrowser").ToTimeLimitedDataProtector();

    /// <summary>Marks this browser as the one that registered <paramref name="userId"/>; null (an address that already had an account) marks it with nothing usable, so both answers look the same.</summary>
    public static void Remember(HttpContext context, string? userId)
    {
        var value = Protector(context).Protect(userId ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), Lifetime);
        var development = context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        context.Response.Cookies.Append(CookieName(context), value, new CookieOptions
        {
            HttpOnly = true,
            Secure = !development || context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    /// <summary>True when this browser registered <paramref name="userId"/> in the last day.</summary>
    public static bool Registered(HttpContext context, string userId)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName(context), out var value) || string.IsNullOrEmpty(value) || value.Length > 2000)
        {
            return false;
        }

        try
        {
            return CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(Protector(context).Unprotect(value)), System.Text.Encoding.UTF8.GetBytes(userId));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public static void Forget(HttpContext context) => context.Response.Cookies.Delete(CookieName(context), new CookieOptions { Path = "/", Secure = !context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment() || context.Request.IsHttps });
}
