using Serilog.Core;
using Serilog.Events;

namespace WestMemphis.Pact.Web.Infrastructure.Logging;

/// <summary>
/// Marks route values that are secrets (a private feed's token, a look-up code) so the request path is
/// written to the logs with the value replaced by its name, for example <c>/my/calendar/{token}.ics</c>.
/// Put it on any action whose URL carries a credential.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class RedactInLogsAttribute(params string[] routeValues) : Attribute
{
    public IReadOnlyList<string> RouteValues { get; } = routeValues;
}

/// <summary>
/// Keeps the signed-in user's id out of the request log of an action whose use must not be tied to an account,
/// such as the concern form (an anonymous report). Put it on every action of such a form, whatever was ticked,
/// so that the log does not single out the anonymous ones either.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class LogWithoutUserAttribute : Attribute;

/// <summary>
/// The path as logs may show it. The redacted path is worked out once, as soon as routing has chosen the
/// endpoint, and kept for the whole request: an error or status-code page re-executes under another
/// endpoint and clears the route values, but the request log must still hide the original secret.
/// </summary>
public static class LogRedaction
{
    private const string ItemKey = "Pact.PathForLogs";
    private const string WithoutUserKey = "Pact.LogWithoutUser";

    /// <summary>Runs right after routing.</summary>
    public static IApplicationBuilder UseLogRedaction(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            Capture(context);
            return next(context);
        });

    public static void Capture(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<LogWithoutUserAttribute>() is not null)
        {
            context.Items[WithoutUserKey] = true;
        }

        var names = context.GetEndpoint()?.Metadata.GetMetadata<RedactInLogsAttribute>()?.RouteValues;
        if (names is null || names.Count == 0 || context.Items.ContainsKey(ItemKey))
        {
            return;
        }

        var path = context.Request.Path.Value ?? "";
        foreach (var name in names)
        {
            if (context.Request.RouteValues.TryGetValue(name, out var value) && value?.ToString() is { Length: > 0 } secret)
            {
                path = path.Replace(secret, "{" + name + "}", StringComparison.Ordinal);
            }
        }

        context.Items[ItemKey] = path;
    }

    /// <summary>The path to log: redacted when the endpoint asked for it, the plain path otherwise.</summary>
    public static string PathForLogs(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var redacted) && redacted is string path ? path : context.Request.Path.Value ?? "";

    /// <summary>Whether this request's log events must not carry the user's id (see <see cref="LogWithoutUserAttribute"/>).</summary>
    public static bool KeepsUserOut(HttpContext context) => context.Items.ContainsKey(WithoutUserKey);

    /// <summary>Whether this request's path had something to hide.</summary>
    public static bool IsRedacted(HttpContext context) => context.Items.ContainsKey(ItemKey);
}

/// <summary>
/// Every other log event written during a request carries the request path from ASP.NET Core's logging
/// scope (<c>RequestPath</c>); this replaces it with the redacted one where there is one.
/// </summary>
public sealed class RedactedRequestPathEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.ContainsKey("RequestPath") && accessor.HttpContext is { } context && LogRedaction.IsRedacted(context))
        {
            logEvent.AddOrUpdateProperty(propertyFactory.CreateProperty("RequestPath", LogRedaction.PathForLogs(context)));
        }
    }
}
