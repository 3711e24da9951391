using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.HttpOverrides;

namespace WestMemphis.Pact.Web.Infrastructure.Startup;

/// <summary>
/// Which proxies are trusted to say who the client is and whether it spoke HTTPS, and what happens to a
/// request that reaches the app over plain HTTP outside Development (see docs/operations.md, "HTTPS").
/// </summary>
public static class ProxiesAndHttps
{
    public const string Section = "ForwardedHeaders";

    public const string PlainHttpRefused =
        "this site must be reached over HTTPS; configure a certificate or a trusted proxy, see docs/operations.md";

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed only from <c>ForwardedHeaders:KnownProxies</c>
    /// (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), plus loopback.
    /// </summary>
    public static void AddPactForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse<IPAddress>(configuration.GetSection($"{Section}:KnownProxies").Get<string[]>(), "KnownProxies",
            (string s, out IPAddress a) => IPAddress.TryParse(s, out a!));
        var networks = Parse<System.Net.IPNetwork>(configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>(), "KnownNetworks",
            (string s, out System.Net.IPNetwork n) => System.Net.IPNetwork.TryParse(s, out n));
        var limit = configuration.GetValue<int?>($"{Section}:ForwardLimit");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
            if (limit is > 0)
            {
                o.ForwardLimit = limit;
            }
        });
    }

    /// <summary>Whether the operator named any proxy (loopback is always trusted, but is not a load balancer).</summary>
    public static bool HasConfiguredProxies(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() is { Length: > 0 }
        || configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() is { Length: > 0 };

    /// <summary>
    /// The port HTTP requests are redirected to: <c>HTTPS_PORT</c> (or IIS's <c>ANCM_HTTPS_PORT</c>) when set,
    /// else the port of an https address the server listens on; null when there is none.
    /// </summary>
    public static int? HttpsPort(IConfiguration configuration, IServer server)
    {
        if ((configuration.GetValue<int?>("HTTPS_PORT") ?? configuration.GetValue<int?>("ANCM_HTTPS_PORT")) is { } configured)
        {
            return configured;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.Select(BindingAddress.Parse).FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttps)?.Port;
    }

    /// <summary>Start-up warnings about the proxy and HTTPS set-up (Production only).</summary>
    public static void WarnAboutProxiesAndHttps(this WebApplication app)
    {
        if (!app.Environment.IsProduction())
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProxiesAndHttps).FullName!);
            var proxies = HasConfiguredProxies(app.Configuration);
            if (!proxies)
            {
                logger.LogWarning("No trusted proxy is configured (ForwardedHeaders:KnownProxies or KnownNetworks): rate limits and logs use the " +
                    "connection's address, so behind a load balancer or reverse proxy every visitor shares one rate-limit bucket. See docs/operations.md");
            }

            if (!proxies && HttpsPort(app.Configuration, app.Services.GetRequiredService<IServer>()) is null)
            {
                logger.LogWarning("No HTTPS endpoint and no trusted proxy: {Problem}", PlainHttpRefused);
            }
        });
    }

    private delegate bool TryParse<T>(string value, out T result);

    private static List<T> Parse<T>(string[]? values, string name, TryParse<T> tryParse)
    {
        var parsed = new List<T>();
        foreach (var value in values ?? [])
        {
            if (!tryParse(value.Trim(), out var result))
            {
                throw new InvalidOperationException($"{Section}:{name} has an entry that is not an IP address or CIDR range: '{value}'.");
            }

            parsed.Add(result);
        }

        return parsed;
    }
}

/// <summary>
/// Outside Development every cookie is Secure-only, so a page with a form cannot work over plain HTTP. A
/// plain-HTTP request (after the trusted proxy's X-Forwarded-Proto is applied) is redirected to HTTPS (308)
/// when the server has an HTTPS endpoint; otherwise it gets a short page saying what to configure, and the
/// log gets one line an hour, instead of a 500 and a stack trace for every request. <c>/health</c> answers
/// over HTTP for load-balancer probes.
/// </summary>
public sealed class RequireHttpsMiddleware(RequestDelegate next, IConfiguration configuration, IServer server, TimeProvider clock,
    ILogger<RequireHttpsMiddleware> logger)
{
    private static readonly TimeSpan WarningInterval = TimeSpan.FromHours(1);
    private long _lastWarningTicks = long.MinValue;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var request = context.Request;
        if (ProxiesAndHttps.HttpsPort(configuration, server) is { } port)
        {
            var host = port == 443 ? new HostString(request.Host.Host) : new HostString(request.Host.Host, port);
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = UriHelper.BuildAbsolute(Uri.UriSchemeHttps, host, request.PathBase, request.Path, request.QueryString);
            return;
        }

        WarnOncePerInterval();
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync("""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>HTTPS required - PACT West Memphis</title></head>
            <body>
            <main>
            <h1>This site must be reached over HTTPS</h1>
            <p>PACT West Memphis only works over a secure connection. Try the same address starting with <strong>https://</strong>.</p>
            <p>If you run this site: configure a certificate for the app, or a trusted proxy that terminates HTTPS and sends
            <code>X-Forwarded-Proto</code>. The operations guide (docs/operations.md, "HTTPS") has worked examples.</p>
            </main>
            </body>
            </html>
            """);
    }

    private void WarnOncePerInterval()
    {
        var now = clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastWarningTicks);
        if ((last == long.MinValue || now - last >= WarningInterval.Ticks) && Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
        {
            logger.LogWarning("Refused a plain-HTTP request: {Problem} (logged at most once an hour)", ProxiesAndHttps.PlainHttpRefused);
        }
    }
}
