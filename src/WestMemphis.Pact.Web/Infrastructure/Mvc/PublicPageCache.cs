
namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>
/// Anonymous views of the public pages (home, events, an event) are served from the output cache for a
/// few seconds. Only responses to visitors who are not signed in and that set no cookie are stored (the
/// default output-cache rules), so nothing personal and no antiforgery token is ever shared. Any write to
/// the database (<see cref="CachedPageInvalidator"/>) empties the cache at once. Signed-in visitors never
/// come here: they get their own entries, per session (<see cref="SignedInPagePolicy"/>).
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-pages";
    public const string Tag = "public";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("PublicPageCache:Seconds", 10);
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            .Expire(TimeSpan.FromSeconds(Math.Max(0, seconds)))
            .Tag(Tag)
            .SetVaryByQuery("*")
            // A one-time status message ("You have been logged out") rides in the temp-data cookie: such a
            // request gets its own page.
            .With(c => !c.HttpContext.Request.Cookies.Keys.Any(k => k.EndsWith("pact.tempdata", StringComparison.Ordinal)))
            // Signed-in visitors were never served nor stored here (the default rules); they are left to the
            // per-session policy, which this one would otherwise overrule.
            .With(c => c.HttpContext.User.Identity?.IsAuthenticated != true)));
        return services;
    }
}

