using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Features.Shared;

/// <summary>
/// The name, email and phone of the signed-in account, to fill in a public form's contact fields so a resident does
/// not type again what the portal already knows. Null for anonymous visitors. The person can still change them.
/// </summary>
public sealed record SignedInContact(string Name, string? Email, string? Phone)
{
    public static async Task<SignedInContact?> FindAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        return await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new SignedInContact(u.FullName, u.Email, u.PhoneNumber))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
