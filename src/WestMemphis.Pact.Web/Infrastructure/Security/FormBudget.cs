using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Scaling;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>What a public form's budget counts.</summary>
public enum FormBudgetKind
{
    /// <summary>
    /// Posts the form accepted. A post that only fails validation costs nothing against that budget (a school secretary
    /// correcting a Rusty request is never stopped), though a flood of refused posts meets a separate, generous cap.
    /// </summary>
    AcceptedPosts,

    /// <summary>Every post, accepted or not: a look-up by reference code, where each post is a guess.</summary>
    EveryPost,
}

/// <summary>
/// A public form's own budget per client address and minute (<see cref="FormBudgets"/>). Over it, the form is shown
/// again, status 429, with what was typed and when to send it again: the action sees a form-level error, so its
/// <c>AddTo(ModelState)</c> answers false and it redisplays exactly as for a validation error, saving nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FormBudgetAttribute(FormBudgetKind kind = FormBudgetKind.AcceptedPosts) : Attribute, IFilterFactory
{
    public FormBudgetKind Kind { get; } = kind;

    /// <summary>A budget of its own size (a <see cref="RateLimits"/> name, e.g. <see cref="RateLimits.FeedbackCard"/>); null: the public forms' size.</summary>
    public string? Budget { get; init; }

    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new FormBudgetFilter(Kind, Budget, serviceProvider.GetRequiredService<FormBudgets>());

    private sealed class FormBudgetFilter(FormBudgetKind kind, string? budget, FormBudgets budgets) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var form = context.ActionDescriptor.AttributeRouteInfo?.Template ?? context.ActionDescriptor.DisplayName ?? "form";
            var client = context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var refusal = await budgets.RefusalAsync(kind, form, client, budget);
            if (refusal is not null)
            {
                context.ModelState.AddModelError(string.Empty, refusal.Message);
            }

            var executed = await next();
            if (refusal is not null)
            {
                context.HttpContext.Response.Headers.RetryAfter = refusal.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                if (executed.Result is ViewResult view)
                {
                    view.StatusCode = StatusCodes.Status429TooManyRequests;
                }
                else if (executed.Exception is null)
                {
                    executed.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
                }

                return;
            }

            if (kind == FormBudgetKind.AcceptedPosts && executed.Exception is null)
            {
                await budgets.SpendAsync(form, client, accepted: context.ModelState.IsValid);
            }
        }
    }
}

/// <summary>Why a post was not taken, and how long until the form's budget is back.</summary>
public sealed record FormBudgetRefusal(string Message, int RetryAfterSeconds);

/// <summary>
/// Counts each public form's posts per client address over a minute from the first one (in memory, or in Redis when
/// configured so every instance shares the count; this instance's own count while Redis is down). Budgets are per
/// form: a school office, a library PC or church Wi-Fi is one address, and a concern sent from there does not use up
/// the Rusty request's budget.
/// </summary>
public sealed class FormBudgets(IOptions<RateLimits.Options> options, IMemoryCache memory, TimeProvider clock, IServiceProvider services)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly SharedRedis? _redis = services.GetService<SharedRedis>();

    /// <summary>
    /// Null when the post may go ahead; for <see cref="FormBudgetKind.EveryPost"/>, the post is counted here.
    /// <paramref name="budget"/> names a budget of its own size (<see cref="RateLimits.Options.AcceptedPerMinute"/>).
    /// </summary>
    public async Task<FormBudgetRefusal?> RefusalAsync(FormBudgetKind kind, string form, string client, string? budget = null)
    {
        var limits = options.Value;
        (long Count, int SecondsLeft)? over = null;
        if (kind == FormBudgetKind.EveryPost)
        {
            var every = await CountAsync(Key("every", form, client), increment: true);
            over = every.Count > Math.Max(1, limits.PublicFormsPerMinute) ? every : null;
        }
        else
        {
            var accepted = await CountAsync(Key("accepted", form, client), increment: false);
            var refused = await CountAsync(Key("refused", form, client), increment: false);
            over = accepted.Count >= Math.Max(1, limits.AcceptedPerMinute(budget)) ? accepted
                : refused.Count >= Math.Max(1, limits.RefusedPostsPerMinute) ? refused
                : null;
        }

        if (over is not { SecondsLeft: var wait })
        {
            return null;
        }

        var at = CentralTimeZone.ToLocal(clock.GetUtcNow().UtcDateTime.AddSeconds(wait)).ToString("h:mm:ss tt", CultureInfo.GetCultureInfo("en-US"));
        return new FormBudgetRefusal(
            "This form has been sent from your network as many times in the last minute as we accept, so it was not sent this time. " +
            $"What you typed is still below: send it again after {at} (in about {wait} seconds).",
            wait);
    }

    /// <summary>Counts a post the form handled: accepted, or refused for what was typed.</summary>
    public Task SpendAsync(string form, string client, bool accepted) =>
        CountAsync(Key(accepted ? "accepted" : "refused", form, client), increment: true);

    private string Key(string what, string form, string client) =>
        $"{_redis?.Options.InstanceName ?? "pact:"}fb:{what}:{form}:{client}";

    /// <summary>The count in the current window (after adding one, with <paramref name="increment"/>) and the seconds it has left.</summary>
    private async Task<(long Count, int SecondsLeft)> CountAsync(string key, bool increment)
    {
        if (_redis is { IsConnected: true } redis)
        {
            try
            {
                var db = redis.Connection.GetDatabase();
                long count;
                if (increment)
                {
                    count = await db.StringIncrementAsync(key);
                    if (count == 1)
                    {
                        await db.KeyExpireAsync(key, Window);
                    }
                }
                else
                {
                    count = (await db.StringGetAsync(key)).TryParse(out long stored) ? stored : 0;
                }

                var ttl = count == 0 ? null : await db.KeyTimeToLiveAsync(key);
                return (count, Seconds(ttl ?? Window));
            }
            catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
            {
                redis.Failed("form budget", ex);
            }
        }

        var now = clock.GetUtcNow();
        if (!increment)
        {
            return memory.TryGetValue(key, out Counter? found) && found!.Ends > now ? (Interlocked.Read(ref found.Value), Seconds(found.Ends - now)) : (0, 0);
        }

        if (!memory.TryGetValue(key, out Counter? counter) || counter!.Ends <= now)
        {
            counter = memory.Set(key, new Counter { Ends = now + Window }, now + Window);
        }

        return (Interlocked.Increment(ref counter.Value), Seconds(counter.Ends - now));
    }

    private static int Seconds(TimeSpan left) => Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));

    private sealed class Counter
    {
        public long Value;

        public required DateTimeOffset Ends { get; init; }
    }
}
