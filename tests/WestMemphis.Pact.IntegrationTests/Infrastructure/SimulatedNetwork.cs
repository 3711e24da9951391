using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// What the app's socket would show, for the in-memory test server: <c>X-Test-Peer</c> sets the connection's
/// remote address (a proxy or a client) and <c>X-Test-Scheme</c> the scheme the request arrived with (a
/// proxy that terminated TLS speaks plain HTTP to the app). Runs before the app's own pipeline, so the
/// forwarded-headers middleware then decides, as in production, whether to believe X-Forwarded-*.
/// </summary>
public sealed class SimulatedNetwork : IStartupFilter
{
    public const string Peer = "X-Test-Peer";
    public const string Scheme = "X-Test-Scheme";

    public static void AddTo(IServiceCollection services) => services.AddTransient<IStartupFilter, SimulatedNetwork>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[Peer].ToString() is { Length: > 0 } peer)
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            }

            if (context.Request.Headers[Scheme].ToString() is { Length: > 0 } scheme)
            {
                context.Request.Scheme = scheme;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
