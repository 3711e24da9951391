using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// The security check of every signed-in request without a database round trip or a new cookie: the stamp in the
/// cookie is compared with the account's current stamp (and its disabled flag), kept in memory. Any saved change
/// to an account or its roles (<see cref="SecurityStampInvalidator"/>) drops that account's entry at once, so on
/// this instance a log-out elsewhere, a password or role change, or disabling the account takes effect on the very
/// next request. Entries also expire after <see cref="SignInSessionOptions.StaffStampCheck"/> (staff) or
/// <see cref="SignInSessionOptions.ResidentStampCheck"/>: with several instances, the longest another instance
/// can go on accepting a revoked cookie.
/// </summary>
public sealed class SecurityStampCache(IMemoryCache cache, TimeProvider clock, IOptions<SignInSessionOptions> sessions, IOptions<IdentityOptions> identity)
{
    private long _generation;

    private sealed record Entry(string? Stamp, bool Disabled, DateTimeOffset Expires);

    /// <summary>True when the cookie's stamp is the account's current one and the account may sign in.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (!cache.TryGetValue(Key(userId), out Entry? entry) || entry is null || entry.Expires <= now)
        {
            var generation = Interlocked.Read(ref _generation);
            var db = requestServices.GetRequiredService<AppDbContext>();
            var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.IsDisabled }).FirstOrDefaultAsync(cancellationToken);
            var lifetime = principal.IsStaff() ? sessions.Value.StaffStampCheck : sessions.Value.ResidentStampCheck;
            entry = new Entry(row?.SecurityStamp, row is null || row.IsDisabled, now + lifetime);
            if (Interlocked.Read(ref _generation) == generation)
            {
                // Only when no account changed meanwhile: a read that raced a change must not outlive it.
                cache.Set(Key(userId), entry, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 });
            }
        }

        return !entry.Disabled && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal);
    }

    /// <summary>Forgets what is known of these accounts (called after their change is saved).</summary>
    public void Evict(IEnumerable<string> userIds)
    {
        Interlocked.Increment(ref _generation);
        foreach (var id in userIds)
        {
            cache.Remove(Key(id));
        }
    }

    private static string Key(string userId) => "pact:stamp:" + userId;
}
