using System.Threading.RateLimiting;
using RedisRateLimiting;
using WestMemphis.Pact.Web.Infrastructure.Scaling;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Per-IP limits on log-in and two-factor codes (this middleware policy), and the settings of every public form's own
/// budget (<see cref="FormBudgets"/>, applied by <see cref="FormBudgetAttribute"/>). Over the sign-in limit the answer
/// is 429 with a readable page (the limiter's own default is 503); an over-budget public form is shown again instead.
/// The key is the client's address after the trusted-proxy rules (UseForwardedHeaders runs first). With
/// Redis configured the counts are shared by every instance (<see cref="SharedRateLimiter"/>), falling back
/// to this instance's own count while Redis is down.
/// </summary>
public static class RateLimits
{
    /// <summary>Log-in and two-factor codes.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Opening a private status link (a GET, so not a form budget): per address, against floods of guesses.</summary>
    public const string StatusLink = "status-link";

    /// <summary>
    /// A printed feedback card's anonymous answers (a form budget of its own size): a room at a Park and Walk or a
    /// presentation answers from one Wi-Fi address, so the card takes <see cref="Options.FeedbackAnswersPerMinute"/>.
    /// </summary>
    public const string FeedbackCard = "feedback-card";

    public sealed class Options
    {
        public const string Section = "RateLimits";
        public int SignInPerMinute { get; set; } = 10;

        /// <summary>Private status links opened from one address in a minute.</summary>
        public int StatusLinksPerMinute { get; set; } = 30;

        /// <summary>Accepted posts of one public form from one address in a minute (every post, for a look-up by code).</summary>
        public int PublicFormsPerMinute { get; set; } = 5;

        /// <summary>Posts of one public form refused for what was typed, from one address in a minute: a cap on floods only.</summary>
        public int RefusedPostsPerMinute { get; set; } = 30;

        /// <summary>Accepted answers to one feedback card (<see cref="FeedbackCard"/>) from one address in a minute: a room on one Wi-Fi.</summary>
        public int FeedbackAnswersPerMinute { get; set; } = 60;

        /// <summary>The accepted posts a minute of a form's budget: its own named size, else the public forms' one.</summary>
        public int AcceptedPerMinute(string? budget) => budget == FeedbackCard ? FeedbackAnswersPerMinute : PublicFormsPerMinute;
    }

    public static IServiceCollection AddPactRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        services.Configure<Options>(configuration.GetSection(Options.Section));
        services.AddSingleton<FormBudgets>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(SignIn, context => PerIp(context, SignIn, options.SignInPerMinute));
            limiter.AddPolicy(StatusLink, context => PerIp(context, StatusLink, options.StatusLinksPerMinute));
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
