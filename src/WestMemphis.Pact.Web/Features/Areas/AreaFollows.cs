using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// Following an area by email for its weekly digest (<see cref="AreaFollow"/>, docs/decisions/0023): the double opt-in
/// and the links each email carries. Every link has its own secret (192 random bits, <see cref="FeedTokens"/>), stored
/// only as its hash, as <see cref="Presentations.StatusLinks"/> does; a link opens the follow it was made for, to confirm
/// it or to stop it. Changes are added to the caller's unit of work, so a link is saved with the email that carries it.
/// </summary>
public sealed class AreaFollows(AppDbContext db, Outbox outbox, LinkBuilder links, TimeProvider clock)
{
    /// <summary>A pending follow that is not confirmed within this many days is deleted (with its address).</summary>
    public const int PendingDays = 7;

    /// <summary>At most one confirmation email a day per address and area, so the public form cannot flood an inbox.</summary>
    public static readonly TimeSpan ConfirmationInterval = TimeSpan.FromDays(1);

    public static string ConfirmPath(string token) => $"/areas/follow/confirm/{token}";

    public static string StopPath(string token) => $"/areas/follow/stop/{token}";

    public static string OneClickPath(string token) => $"/areas/follow/stop/{token}/one-click";

    /// <summary>A new link secret for the follow (saved with the caller's changes).</summary>
    public string NewToken(AreaFollow follow)
    {
        var token = FeedTokens.New();
        var link = new AreaFollowLink { TokenHash = FeedTokens.Hash(token), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        if (follow.Id != 0)
        {
            link.AreaFollowId = follow.Id;
        }
        else
        {
            link.AreaFollow = follow;
        }

        db.AreaFollowLinks.Add(link);
        return token;
    }

    /// <summary>
    /// An address typed on the public page: a new pending follow with its confirmation email, or the confirmation sent
    /// again for a pending one (once a day at most). An address that already follows gets nothing; the page answers the
    /// same in every case, so it tells nobody whether an address follows an area. Saves.
    /// </summary>
    public async Task RequestAsync(int areaId, string areaName, string email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var address = Normalize(email);
        var follow = await db.AreaFollows.FirstOrDefaultAsync(f => f.AreaId == areaId && f.Email == address, cancellationToken);
        if (follow is { ConfirmedUtc: not null } || follow?.ConfirmationSentUtc > now - ConfirmationInterval)
        {
            return;
        }

        if (follow is null)
        {
            follow = new AreaFollow { AreaId = areaId, Email = address, CreatedUtc = now };
            db.AreaFollows.Add(follow);
        }

        follow.ConfirmationSentUtc = now;
        var token = NewToken(follow);
        outbox.Enqueue("AreaFollowConfirmation", address, null, $"Confirm: weekly PACT digest for {areaName}",
            $"Hello,\n\nSomeone, we hope you, asked for the weekly PACT digest for {areaName} (West Memphis Police Department) to be sent to this address.\n\n"
            + $"To start it, open this link and press Confirm:\n{links.Absolute(ConfirmPath(token))}\n\n"
            + $"If it was not you, ignore this email: nothing will be sent, and the request and this address are deleted after {PendingDays} days.\n\n"
            + "PACT West Memphis");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address and area from a double click: the unique index kept one, with its email.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A signed-in resident's follow: confirmed at once when the account's address is confirmed (no second opt-in),
    /// nothing otherwise. False when the account's address is not confirmed. Saves.
    /// </summary>
    public async Task<bool> FollowAsAccountAsync(int areaId, string userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.EmailConfirmed }).FirstOrDefaultAsync(cancellationToken);
        if (account is not { EmailConfirmed: true, Email: { } email })
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var address = Normalize(email);
        var follow = await db.AreaFollows.FirstOrDefaultAsync(f => f.AreaId == areaId && (f.UserId == userId || f.Email == address), cancellationToken);
        if (follow is null)
        {
            db.AreaFollows.Add(new AreaFollow { AreaId = areaId, Email = address, UserId = userId, CreatedUtc = now, ConfirmedUtc = now });
        }
        else
        {
            follow.UserId = userId;
            follow.ConfirmedUtc ??= now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        return true;
    }

    /// <summary>The follow a presented secret opens, with its area, tracked; null when malformed, unknown or stopped.</summary>
    public async Task<AreaFollow?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || !FeedTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = FeedTokens.Hash(token);
        return await db.AreaFollows.Include(f => f.Area).FirstOrDefaultAsync(f => f.Links.Any(l => l.TokenHash == hash), cancellationToken);
    }

    /// <summary>Stops the follow: the row, its links and the address go. Saves.</summary>
    public async Task StopAsync(AreaFollow follow, CancellationToken cancellationToken)
    {
        await db.AreaFollowLinks.Where(l => l.AreaFollowId == follow.Id).ExecuteDeleteAsync(cancellationToken);
        await db.AreaFollows.Where(f => f.Id == follow.Id).ExecuteDeleteAsync(cancellationToken);
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// Confirmed follows with where each one's email goes: an address follow to its address, an account follow to the
    /// account's current address while it is confirmed and the account enabled (<see cref="FollowerAddress.To"/>). In the
    /// follows' order (filter before, take after).
    /// </summary>
    public IQueryable<FollowerAddress> Confirmed(IQueryable<AreaFollow> follows) =>
        follows.Where(f => f.ConfirmedUtc != null).OrderBy(f => f.Id).Select(f => new FollowerAddress(f.Id, f.AreaId, f.Email, f.UserId,
            f.UserId == null ? null : db.Users.Where(u => u.Id == f.UserId && u.EmailConfirmed && !u.IsDisabled).Select(u => u.Email).FirstOrDefault()));

    /// <summary>
    /// Queues an email to one follower with its own stop link: <paramref name="footer"/> gets the stop page's address
    /// to end the body with (why they get it, how to stop), and the message carries the RFC 8058 one-click address
    /// (List-Unsubscribe). The link's secret is saved with the caller's changes, so with the email.
    /// </summary>
    public void EnqueueToFollower(string kind, FollowerAddress follow, string to, string subject, string body, Func<string, string> footer)
    {
        var token = NewToken(new AreaFollow { Id = follow.FollowId, AreaId = follow.AreaId, Email = follow.Email });
        outbox.Enqueue(kind, to, null, subject, body + footer(links.Absolute(StopPath(token))), unsubscribeUrl: links.Absolute(OneClickPath(token)));
    }
}

/// <summary>A confirmed follow and the address its emails go to now (null: nowhere, for a disabled or unconfirmed account).</summary>
public sealed record FollowerAddress(int FollowId, int AreaId, string Email, string? UserId, string? AccountEmail)
{
    public string? To => UserId is null ? Email : AccountEmail;
}
