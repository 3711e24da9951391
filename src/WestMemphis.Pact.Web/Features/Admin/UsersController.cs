using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Admin;

/// <summary>/admin/users: find accounts, grant and remove roles, disable and re-enable. Inviting a user is in InviteUser.cs.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/users")]
public sealed partial class UsersController(AppDbContext db, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? role, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, 10_000);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q) && q.Length <= 100)
        {
            var term = q.Trim();
            query = query.Where(u => u.Email!.Contains(term) || u.FullName.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(role) && Roles.All.Contains(role))
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(cancellationToken);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var total = await query.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await query.OrderBy(u => u.Email).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new UserRow(u.Id, u.Email!, u.FullName, u.EmailConfirmed, u.IsDisabled, u.TwoFactorEnabled,
                u.LockoutEnd != null && u.LockoutEnd > now,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList()))
            .ToListAsync(cancellationToken);
        return View(new UsersIndexViewModel(rows, q, role, page, total, PageSize));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var roles = await users.GetRolesAsync(user);
        return View(new UserDetailsViewModel(user.Id, user.Email!, user.FullName, user.PhoneNumber, user.EmailConfirmed, user.IsDisabled,
            user.TwoFactorEnabled, user.LockoutEnd > clock.GetUtcNow(), user.AccessFailedCount, roles.ToList(), user.CreatedUtc,
            AwaitingPassword: !user.EmailConfirmed && user.PasswordHash is null));
    }

    [HttpPost("{id}/roles")]
    public async Task<IActionResult> ChangeRole(string id, string? role, bool grant)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (role is null || !Roles.All.Contains(role))
        {
            this.SetStatus("Choose one of the listed roles.");
            return RedirectToAction(nameof(Details), new { id });
        }

        if (!grant && role == Roles.Admin && user.Id == users.GetUserId(User))
        {
            this.SetStatus("You cannot remove your own Admin role. Ask another admin.");
            return RedirectToAction(nameof(Details), new { id });
        }

        var has = await users.IsInRoleAsync(user, role);
        if (grant && !has && Roles.RefuseGrant(role, user.TwoFactorEnabled) is { } refused)
        {
            this.SetStatus(refused);
            return RedirectToAction(nameof(Details), new { id });
        }

        if (grant != has)
        {
            var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
            if (result.Succeeded)
            {
                // A role change ends the user's current sessions so the new permissions apply at once.
                await users.UpdateSecurityStampAsync(user);
                await audit.WriteAsync(grant ? "RoleGranted" : "RoleRemoved", nameof(ApplicationUser), user.Id, role);
            }
        }

        this.SetStatus(grant ? $"{user.Email} now has the {role} role." : $"{user.Email} no longer has the {role} role.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (disabled && user.Id == users.GetUserId(User))
        {
            this.SetStatus("You cannot disable your own account.");
            return RedirectToAction(nameof(Details), new { id });
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(disabled ? "AccountDisabled" : "AccountEnabled", nameof(ApplicationUser), user.Id);
        this.SetStatus(disabled ? $"{user.Email} is disabled and has been signed out." : $"{user.Email} can sign in again.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync("AccountUnlocked", nameof(ApplicationUser), user.Id);
        this.SetStatus($"{user.Email} is unlocked.");
        return RedirectToAction(nameof(Details), new { id });
    }
}

public sealed record UserRow(string Id, string Email, string FullName, bool EmailConfirmed, bool IsDisabled, bool TwoFactor, bool LockedOut, List<string> Roles);

public sealed record UsersIndexViewModel(IReadOnlyList<UserRow> Users, string? Query, string? Role, int Page, int Total, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The link to page <paramref name="page"/> of this search.</summary>
    public string PageLink(int page) => "/admin/users" + QueryLinks.Build(("q", Query), ("role", Role), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

public sealed record UserDetailsViewModel(string Id, string Email, string FullName, string? Phone, bool EmailConfirmed, bool IsDisabled,
    bool TwoFactor, bool LockedOut, int FailedAttempts, List<string> Roles, DateTime CreatedUtc, bool AwaitingPassword);
