using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>Log out (ending the person's other sessions too), keep a session alive, and the access-denied page.</summary>
public sealed partial class AccountController
{
    [HttpPost("Logout")]
    public async Task<IActionResult> Logout()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            // A new security stamp ends this user's other sessions too.
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync("Logout", nameof(ApplicationUser), user.Id);
        }

        await signIn.SignOutAsync();
        this.SetStatus("You have been logged out.");
        return Redirect("/");
    }

    /// <summary>The "stay signed in" button of the idle warning: any authenticated request slides the session.</summary>
    [HttpPost("KeepAlive")]
    public IActionResult KeepAlive() => NoContent();

    [AllowAnonymous, HttpGet("AccessDenied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
