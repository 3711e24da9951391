using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Events;

public static class WaitlistPositions
{
    /// <summary>
    /// Each waitlisted sign-up's place in its shift's queue (1 = next to get a seat): first come, first
    /// served, so the place is the number of waitlisted sign-ups of that shift made up to and including it.
    /// Ids that are not waitlisted are left out.
    /// </summary>
    public static async Task<Dictionary<long, int>> WaitlistPositionsAsync(this AppDbContext db, IReadOnlyCollection<long> signupIds, CancellationToken cancellationToken) =>
        signupIds.Count == 0
            ? []
            : await db.Signups.AsNoTracking().Where(s => signupIds.Contains(s.Id) && s.Status == SignupStatus.Waitlisted)
                .Select(s => new { s.Id, Position = db.Signups.Count(w => w.ShiftId == s.ShiftId && w.Status == SignupStatus.Waitlisted && w.Id <= s.Id) })
                .ToDictionaryAsync(x => x.Id, x => x.Position, cancellationToken);
}
