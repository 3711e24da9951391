using System.Threading.RateLimiting;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Per-IP limits on the forms that attract abuse: log-in, registration, password reset and every public
/// form. Over the limit the answer is 429 with a readable page (the limiter's own default is 503).
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
            limiter.AddPolicy(SignIn, context => PerIp(context, options.SignInPerMinute));
            limiter.AddPolicy(PublicForms, context => PerIp(context, options.PublicFormsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerIp(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, permits),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
}
