using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Antiforgery for signed-in pages without decrypting the antiforgery cookie and encrypting a new request token on
/// every page view (the layout's log-out form alone made every signed-in page pay for both). A request token is
/// bound to two things: the antiforgery cookie's token and the signed-in user's id. This keeps the request token
/// that the framework made for exactly that cookie value and that user id, and gives it again to a later request
/// carrying the same cookie value for the same user — a token the framework itself would accept for that request,
/// as it accepts a token from an earlier page. Nothing is shared between users or between cookies: the key holds
/// both, whole. Anonymous requests, requests without the cookie and requests for which the framework had to issue
/// a new cookie always go to the framework. Validation (<see cref="ValidateRequestAsync"/>) is the framework's,
/// unchanged: every POST is checked as before.
/// </summary>
public sealed class ReusedAntiforgeryTokens(IAntiforgery inner, IMemoryCache cache, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    /// <summary>How long a token is reused; after that the framework makes a fresh one.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        var key = Key(httpContext);
        if (key is not null && cache.TryGetValue(key, out string? requestToken) && requestToken is not null)
        {
            SetDoNotCacheHeaders(httpContext);
            return new AntiforgeryTokenSet(requestToken, null, options.Value.FormFieldName, options.Value.HeaderName);
        }

        var tokens = inner.GetAndStoreTokens(httpContext);
        // Only a token made for the cookie this request carries (no new cookie issued with it) may be given again.
        if (key is not null && tokens.CookieToken is null && tokens.RequestToken is not null)
        {
            cache.Set(key, tokens.RequestToken, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        }

        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private string? Key(HttpContext httpContext)
    {
        if (httpContext.User.Identity?.IsAuthenticated != true
            || httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId
            || options.Value.Cookie.Name is not { } cookieName
            || httpContext.Request.Cookies[cookieName] is not { Length: > 0 } cookie)
        {
            return null;
        }

        return string.Concat("pact:af:", userId, "|", cookie);
    }

    /// <summary>What the framework does whenever it hands out tokens: the page holding one is never cached.</summary>
    private void SetDoNotCacheHeaders(HttpContext httpContext)
    {
        var headers = httpContext.Response.Headers;
        if (httpContext.Response.HasStarted)
        {
            return;
        }

        if (!options.Value.SuppressXFrameOptionsHeader && !headers.ContainsKey(HeaderNames.XFrameOptions))
        {
            headers.XFrameOptions = "SAMEORIGIN";
        }

        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }
}

public static class ReusedAntiforgeryTokensServiceCollectionExtensions
{
    /// <summary>Wraps the framework's <see cref="IAntiforgery"/> (registered by AddAntiforgery/AddControllersWithViews).</summary>
    public static IServiceCollection AddReusedAntiforgeryTokens(this IServiceCollection services)
    {
        var framework = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("AddReusedAntiforgeryTokens must come after AddAntiforgery.");
        services.Remove(framework);
        services.AddSingleton<IAntiforgery>(sp => new ReusedAntiforgeryTokens(
            framework.ImplementationType is { } type
                ? (IAntiforgery)ActivatorUtilities.CreateInstance(sp, type)
                : framework.ImplementationFactory is { } factory ? (IAntiforgery)factory(sp) : (IAntiforgery)framework.ImplementationInstance!,
            sp.GetRequiredService<IMemoryCache>(),
            sp.GetRequiredService<IOptions<AntiforgeryOptions>>()));
        return services;
    }
}
