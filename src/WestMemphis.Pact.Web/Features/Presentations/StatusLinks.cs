using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// The private status links (<see cref="StatusLink"/>): made for each email about a request or a concern and for the
/// sent page, looked up by the hash of the presented secret, revoked all at once. A new link is added to the
/// caller's unit of work, so it is saved (or not) with the email that carries it. The secret (192 random bits, as
/// <see cref="FeedTokens"/>) lives only in the link; the request log never shows it (RedactInLogs on /status/{token}).
/// </summary>
public sealed class StatusLinks(AppDbContext db, LinkBuilder links, TimeProvider clock)
{
    public static string PathFor(string token) => "/status/" + token;

    /// <summary>A new link to this request (saved with the caller's changes); the absolute address to send.</summary>
    public string NewFor(PresentationRequest request)
    {
        var (token, link) = New();
        // By id when the request is saved (it may be an untracked copy, which Add would insert again); by navigation when new.
        if (request.Id != 0)
        {
            link.PresentationRequestId = request.Id;
        }
        else
        {
            link.PresentationRequest = request;
        }

        db.StatusLinks.Add(link);
        return links.Absolute(PathFor(token));
    }

    /// <summary>A new link to this concern (saved with the caller's changes); the absolute address to send.</summary>
    public string NewFor(Concern concern)
    {
        var (token, link) = New();
        if (concern.Id != 0)
        {
            link.ConcernId = concern.Id;
        }
        else
        {
            link.Concern = concern;
        }

        db.StatusLinks.Add(link);
        return links.Absolute(PathFor(token));
    }

    private (string Token, StatusLink Link) New()
    {
        var token = FeedTokens.New();
        return (token, new StatusLink { TokenHash = FeedTokens.Hash(token), CreatedUtc = clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>The request or concern a presented secret opens, or null (malformed, unknown or revoked).</summary>
    public async Task<StatusLink?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || !FeedTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = FeedTokens.Hash(token);
        return await db.StatusLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
    }

    /// <summary>Every link of the request (or the concern) stops working; how many there were.</summary>
    public Task<int> RevokeAsync(int? requestId, int? concernId, CancellationToken cancellationToken) =>
        requestId is { } r
            ? db.StatusLinks.Where(l => l.PresentationRequestId == r).ExecuteDeleteAsync(cancellationToken)
            : concernId is { } c
                ? db.StatusLinks.Where(l => l.ConcernId == c).ExecuteDeleteAsync(cancellationToken)
                : Task.FromResult(0);
}
