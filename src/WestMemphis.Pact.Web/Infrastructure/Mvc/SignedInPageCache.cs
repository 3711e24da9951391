using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>
/// Marks a page that a signed-in visitor may be served from the output cache: one entry per signed-in session
/// (<see cref="SignedInPagePolicy"/>). Only for pages whose GET writes nothing and that show nothing but what the
/// database holds for this user and for everyone.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CachedPerSessionAttribute : Attribute;

public static class SignedInPageCache
{
    public const string Tag = "signed-in";

    /// <summary>
    /// The per-session policy runs for every request (a base policy) and acts only on an endpoint marked
    /// <see cref="CachedPerSessionAttribute"/> and a signed-in visitor; the anonymous public policy
    /// (<see cref="PublicPageCache"/>) is untouched and acts only on visitors who are not signed in.
    /// </summary>
    public static IServiceCollection AddSignedInPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("SignedInPageCache:Seconds", configuration.GetValue("PublicPageCache:Seconds", 10));
        services.AddSingleton<CachedPages>();
        services.AddScoped<CachedPageInvalidator>();
        services.AddOptions<OutputCacheOptions>()
            .Configure<IOptionsMonitor<CookieAuthenticationOptions>, IOptions<AntiforgeryOptions>, IOptions<CookieTempDataProviderOptions>>((o, cookies, antiforgery, tempData) =>
                o.AddBasePolicy(new SignedInPagePolicy(TimeSpan.FromSeconds(Math.Max(0, seconds)),
                    cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name!, antiforgery.Value.Cookie.Name!, tempData.Value.Cookie.Name!)));
        return services;
    }
}

/// <summary>
/// A signed-in visitor's page, kept for a few seconds for that visitor's session only. The entry's key holds the
/// user id and a SHA-256 of the session's sign-in and antiforgery cookies (never the cookies themselves), so a page —
/// with the request token bound to that antiforgery cookie and user inside it — is only ever given back to the same
/// browser session, and a new sign-in never gets an old session's page. Authentication (the security-stamp check,
/// the staff idle time-out) and authorization run before the output cache in the pipeline, so a revoked session is
/// not served. Never stored: anything but GET/HEAD, a request carrying a one-time status message (temp-data cookie),
/// a response that sets a cookie or is not 200, and a page whose rendering began before a write to the database
/// (<see cref="CachedPages.Generation"/>). Every write empties every entry (<see cref="CachedPageInvalidator"/>).
/// The page keeps the no-store headers it was rendered with: browsers and proxies never keep it. See ADR 0014.
/// </summary>
public sealed class SignedInPagePolicy(TimeSpan lifetime, string signInCookie, string antiforgeryCookie, string tempDataCookie) : IOutputCachePolicy
{
    private static readonly object GenerationKey = new();
    private CachedPages? _pages;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true
            || http.GetEndpoint()?.Metadata.GetMetadata<CachedPerSessionAttribute>() is null
            || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
        {
            return ValueTask.CompletedTask;
        }

        var pages = _pages ??= http.RequestServices.GetRequiredService<CachedPages>();
        var request = http.Request;
        var session = SessionHash(request.Cookies);
        var attempt = lifetime > TimeSpan.Zero
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && StringValues.IsNullOrEmpty(request.Headers.Authorization)
            && session is not null
            && !request.Cookies.ContainsKey(tempDataCookie);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["pact-user"] = userId;
        context.CacheVaryByRules.VaryByValues["pact-session"] = session ?? "";
        context.Tags.Add(SignedInPageCache.Tag);
        http.Items[GenerationKey] = pages.Generation;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Items[GenerationKey] is not long generation)
        {
            return ValueTask.CompletedTask;
        }

        var response = http.Response;
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.StatusCode != StatusCodes.Status200OK
            || _pages is null || _pages.Generation != generation)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The session's two cookies (the sign-in cookie may come in chunks), hashed; null without both.</summary>
    private string? SessionHash(IRequestCookieCollection cookies)
    {
        if (!cookies.TryGetValue(antiforgeryCookie, out var antiforgery) || string.IsNullOrEmpty(antiforgery))
        {
            return null;
        }

        var builder = new StringBuilder(antiforgery.Length + 512).Append(antiforgery);
        var found = false;
        foreach (var (name, value) in cookies.Where(c => c.Key.StartsWith(signInCookie, StringComparison.Ordinal)).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            found = true;
            builder.Append('\n').Append(name).Append('=').Append(value);
        }

        return found ? Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()))) : null;
    }
}
