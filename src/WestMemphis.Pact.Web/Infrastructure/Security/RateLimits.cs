using System.Threading.RateLimiting;
using RedisRateLimiting;
using WestMemphis.Pact.Web.Infrastructure.Scaling;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Per-IP limits on the forms that attract abuse: log-in, registration, password reset and every public
/// form. Over the limit the answer is 429 with a readable page (the limiter's own default is 503).
/// The key is the client's address after the trusted-proxy rules (UseForwardedHeaders runs first). With
/// Redis configured the counts are shared by every instance (<see cref="SharedRateLimiter"/>), falling back
/// to this instance's own count while Redis is down.
/// </summary>
public static class RateLimits
{
    /// <summary>Log-in and two-factor codes.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Registration, forgotten password, confirmation emails, and public request and concern forms.</summary>
    public const string PublicForms = "public-forms";

    public sealed class Options
    {
        public const string Section = "RateLimits";
        public int SignInPerMinute { get; set; } = 10;
        public int PublicFormsPerMinute { get; set; } = 5;
    }

    public static IServiceCollection AddPactRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(SignIn, context => PerIp(context, SignIn, options.SignInPerMinute));
            limiter.AddPolicy(PublicForms, context => PerIp(context, PublicForms, options.PublicFormsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerIp(HttpContext context, string policy, int permits)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var local = new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        if (context.RequestServices.GetService<SharedRedis>() is not { } redis)
        {
            return RateLimitPartition.GetFixedWindowLimiter(ip, _ => local);
        }

        // One Redis key per policy and address, shared by every instance.
        var key = $"{redis.Options.InstanceName}rl:{policy}:{ip}";
        return RateLimitPartition.Get(key, k => new SharedRateLimiter(
            new RedisFixedWindowRateLimiter<string>(k, new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis.Connection,
                PermitLimit = Math.Max(1, permits),
                Window = TimeSpan.FromMinutes(1),
            }),
            new FixedWindowRateLimiter(local),
            redis));
    }
}
