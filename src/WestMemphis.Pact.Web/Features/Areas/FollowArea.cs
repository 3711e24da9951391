using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// Follow an area for its weekly digest (<see cref="AreaFollows"/>, docs/decisions/0023): anyone with an email address
/// (double opt-in: the emailed link confirms), or a signed-in resident with their confirmed account address at once;
/// and stop it from any digest. The link pages hold a secret in their address: kept out of the request log and of any
/// cache or referrer, rate-limited per client like the status links. Confirming and stopping are POSTs with the
/// antiforgery token, from a button on the page the link opens (a mail scanner that fetches links confirms nothing) —
/// except the RFC 8058 one-click stop, which mail providers POST without a form and so without a token: it can only
/// stop the follow its own 192-bit secret names, which whoever holds the email may do anyway.
/// </summary>
public sealed partial class PublicAreasController
{
    [HttpGet("/areas/{area}/follow")]
    public async Task<IActionResult> FollowArea(string area, CancellationToken cancellationToken)
    {
        var chosen = await FindAreaAsync(area, cancellationToken);
        return chosen is null ? NotFound() : View("Follow", await FollowPageAsync(chosen, new FollowAreaForm(), cancellationToken));
    }

    [HttpPost("/areas/{area}/follow"), FormBudget]
    public async Task<IActionResult> FollowArea(string area, FollowAreaForm form, [FromServices] IValidator<FollowAreaForm> validator,
        [FromServices] AreaFollows follows, [FromServices] ILogger<PublicAreasController> logger, CancellationToken cancellationToken)
    {
        var chosen = await FindAreaAsync(area, cancellationToken);
        if (chosen is null)
        {
            return NotFound();
        }

        var page = await FollowPageAsync(chosen, form, cancellationToken);
        if (page.AccountEmail is not null && string.IsNullOrWhiteSpace(form.Email))
        {
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
            await follows.FollowAsAccountAsync(chosen.Id, userId, cancellationToken);
            // The account's follow also tells of events published in the area: one "following an area" on /my/follows.
            if (!await db.EventFollows.AnyAsync(f => f.UserId == userId && f.AreaId == chosen.Id, cancellationToken))
            {
                db.EventFollows.Add(new EventFollow { UserId = userId, AreaId = chosen.Id, CreatedUtc = clock.GetUtcNow().UtcDateTime });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // A double click: the first kept it.
                }
            }

            logger.LogInformation("Area {AreaId} followed by account {UserId}", chosen.Id, userId);
            this.SetStatus($"You follow {chosen.Name}: its digest comes every week to your account's email address, and we email you when an event there is published.");
            return LocalRedirect("/my/follows");
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Follow", page);
        }

        await follows.RequestAsync(chosen.Id, chosen.Name, form.Email!, cancellationToken);
        logger.LogInformation("Area {AreaId} follow requested by email", chosen.Id);
        this.SetStatus($"Check your email: we have sent a link to confirm that you want the weekly digest for {chosen.Name}. Nothing is sent until you confirm.");
        return LocalRedirect($"/areas/{chosen.Code.ToLowerInvariant()}/follow");
    }

    [HttpGet("/areas/follow/confirm/{token}"), RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> ConfirmFollow(string token, [FromServices] AreaFollows follows, CancellationToken cancellationToken)
    {
        NoStore();
        var follow = await follows.FindAsync(token, cancellationToken);
        return View("FollowLink", follow is null ? FollowLinkPage.Broken : new FollowLinkPage(follow.ConfirmedUtc is null ? FollowLinkState.Confirm : FollowLinkState.Confirmed, follow.Area!.Name, follow.Area.Code, token));
    }

    [HttpPost("/areas/follow/confirm/{token}"), RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> ConfirmFollowPost(string token, [FromServices] AreaFollows follows, [FromServices] ILogger<PublicAreasController> logger, CancellationToken cancellationToken)
    {
        NoStore();
        var follow = await follows.FindAsync(token, cancellationToken);
        if (follow is null)
        {
            return View("FollowLink", FollowLinkPage.Broken);
        }

        if (follow.ConfirmedUtc is null)
        {
            follow.ConfirmedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Area follow {FollowId} confirmed", follow.Id);
        }

        return View("FollowLink", new FollowLinkPage(FollowLinkState.Confirmed, follow.Area!.Name, follow.Area.Code, token));
    }

    [HttpGet("/areas/follow/stop/{token}"), RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> StopFollow(string token, [FromServices] AreaFollows follows, CancellationToken cancellationToken)
    {
        NoStore();
        var follow = await follows.FindAsync(token, cancellationToken);
        return View("FollowLink", follow is null ? FollowLinkPage.Broken : new FollowLinkPage(FollowLinkState.Stop, follow.Area!.Name, follow.Area.Code, token));
    }

    [HttpPost("/areas/follow/stop/{token}"), RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> StopFollowPost(string token, [FromServices] AreaFollows follows, [FromServices] ILogger<PublicAreasController> logger, CancellationToken cancellationToken)
    {
        NoStore();
        var follow = await follows.FindAsync(token, cancellationToken);
        if (follow is null)
        {
            return View("FollowLink", FollowLinkPage.Broken);
        }

        await follows.StopAsync(follow, cancellationToken);
        logger.LogInformation("Area follow {FollowId} stopped", follow.Id);
        return View("FollowLink", new FollowLinkPage(FollowLinkState.Stopped, follow.Area!.Name, follow.Area.Code, null));
    }

    /// <summary>
    /// RFC 8058 one-click unsubscribe: the mail provider POSTs <c>List-Unsubscribe=One-Click</c> to the address in the
    /// digest's <c>List-Unsubscribe</c> header, with no page and no cookie, so no antiforgery token can be asked for. The
    /// address carries the follow's own secret, which is what authorises the request (nothing else can be done with it,
    /// and it only stops that one follow). Anything other than the one-click body is refused.
    /// </summary>
    [HttpPost("/areas/follow/stop/{token}/one-click"), IgnoreAntiforgeryToken, RedactInLogs("token"), EnableRateLimiting(RateLimits.StatusLink)]
    public async Task<IActionResult> StopFollowOneClick(string token, [FromServices] AreaFollows follows, [FromServices] ILogger<PublicAreasController> logger, CancellationToken cancellationToken)
    {
        NoStore();
        if (!Request.HasFormContentType || (await Request.ReadFormAsync(cancellationToken))["List-Unsubscribe"] != "One-Click")
        {
            return BadRequest();
        }

        var follow = await follows.FindAsync(token, cancellationToken);
        if (follow is not null)
        {
            await follows.StopAsync(follow, cancellationToken);
            logger.LogInformation("Area follow {FollowId} stopped by one-click", follow.Id);
        }

        // Stopped, or already gone: the same answer (the provider needs only a success).
        return View("FollowLink", new FollowLinkPage(FollowLinkState.Stopped, follow?.Area?.Name, follow?.Area?.Code, null));
    }

    private void NoStore()
    {
        // The address holds a secret: never stored by a browser cache or sent on as a referrer.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private async Task<PublicAreaViewModel?> FindAreaAsync(string area, CancellationToken cancellationToken)
    {
        var areas = await AreasAsync(cancellationToken);
        var wanted = Slug(area);
        return areas.FirstOrDefault(a => string.Equals(a.Code, area.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? areas.FirstOrDefault(a => wanted.Length > 0 && Slug(a.Name) == wanted);
    }

    /// <summary>The follow page; a signed-in resident whose account address is confirmed follows with it, no form to fill.</summary>
    private async Task<FollowAreaPage> FollowPageAsync(PublicAreaViewModel area, FollowAreaForm form, CancellationToken cancellationToken)
    {
        string? accountEmail = null;
        var following = false;
        if (User.Identity?.IsAuthenticated == true && User.IsInRole(Roles.Resident) && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            accountEmail = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
            following = await db.AreaFollows.AnyAsync(f => f.AreaId == area.Id && f.UserId == userId && f.ConfirmedUtc != null, cancellationToken);
        }

        return new FollowAreaPage(area, form, accountEmail, following);
    }
}

public sealed class FollowAreaForm
{
    public string? Email { get; set; }
}

public sealed class FollowAreaFormValidator : AbstractValidator<FollowAreaForm>
{
    public FollowAreaFormValidator() => RuleFor(f => f.Email).EmailRules();
}

/// <param name="AccountEmail">The signed-in resident's confirmed address, when they may follow with it.</param>
/// <param name="Following">The signed-in resident already follows the area from their account.</param>
public sealed record FollowAreaPage(PublicAreaViewModel Area, FollowAreaForm Form, string? AccountEmail, bool Following = false);

public enum FollowLinkState
{
    Broken,
    Confirm,
    Confirmed,
    Stop,
    Stopped,
}

public sealed record FollowLinkPage(FollowLinkState State, string? AreaName, string? AreaCode, string? Token)
{
    public static FollowLinkPage Broken { get; } = new(FollowLinkState.Broken, null, null, null);
}
