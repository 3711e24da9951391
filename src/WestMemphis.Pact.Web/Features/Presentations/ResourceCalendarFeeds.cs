using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Each officer's or resource's private, revocable .ics feed of appearances: create or replace it, switch it off, and serve it.</summary>
public sealed partial class AppearanceCalendarController
{
    /// <summary>Creates (or replaces) the secret feed address of an officer ("u:" + user id) or a resource ("r:" + id).</summary>
    [HttpPost("manage/resources/calendar")]
    public async Task<IActionResult> CreateFeed(string? resource, CancellationToken cancellationToken) =>
        await SetFeedAsync(resource, FeedTokens.New(), cancellationToken);

    [HttpPost("manage/resources/calendar/revoke")]
    public async Task<IActionResult> RevokeFeed(string? resource, CancellationToken cancellationToken) => await SetFeedAsync(resource, null, cancellationToken);

    /// <summary>The feed: the secret, revocable address is the credential (like the volunteers' own feed).</summary>
    [AllowAnonymous]
    [HttpGet("appearances/{token}.ics"), RedactInLogs("token")]
    public async Task<IActionResult> Feed(string token, CancellationToken cancellationToken)
    {
        if (!FeedTokens.IsWellFormed(token))
        {
            return NotFound();
        }

        var hash = FeedTokens.Hash(token);
        var owner = await db.BookableResources.AsNoTracking().Where(r => r.CalendarToken == hash).Select(r => new { r.Id, r.Name }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-60);
        var items = await db.Appearances.AsNoTracking().Where(a => a.Active && a.EndUtc > since && a.Bookings.Any(b => b.ResourceId == owner.Id))
            .OrderBy(a => a.StartUtc).Take(500)
            .Select(a => new { a.Id, a.StartUtc, a.EndUtc, a.Location, a.Request!.Kind, For = a.Request.School != null ? a.Request.School.Name : a.Request.OrganizationName })
            .ToListAsync(cancellationToken);
        var calendar = EventCalendar.Serialize($"PACT appearances: {owner.Name}",
            items.Select(a => new CalendarItem(PresentationEmails.AppearanceUid(a.Id), $"{PresentationLabels.Name(a.Kind)}: {a.For}", null, a.Location, a.StartUtc, a.EndUtc, false, null)),
            clock.GetUtcNow().UtcDateTime);
        Response.Headers.CacheControl = "private, no-store";
        return Content(calendar, EventCalendar.ContentType);
    }

    private async Task<IActionResult> SetFeedAsync(string? resource, string? token, CancellationToken cancellationToken)
    {
        int? id = null;
        if (resource is { Length: > 2 and <= 460 } && resource.StartsWith("u:", StringComparison.Ordinal))
        {
            var userId = resource[2..];
            var isOfficer = await db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Officer), cancellationToken);
            id = isOfficer ? (await scheduler.OfficerResourcesAsync([userId], cancellationToken)).FirstOrDefault() : null;
        }
        else if (resource is { Length: > 2 and <= 12 } && resource.StartsWith("r:", StringComparison.Ordinal)
            && int.TryParse(resource[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var rid))
        {
            id = rid;
        }

        var hash = token is null ? null : FeedTokens.Hash(token);
        var changed = id is null ? 0 : await db.BookableResources.Where(r => r.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CalendarToken, hash).SetProperty(r => r.Version, Guid.NewGuid()), cancellationToken);
        if (changed == 0)
        {
            return NotFound();
        }

        await audit.WriteAsync(token is null ? "CalendarFeedRevoked" : "CalendarFeedCreated", nameof(BookableResource), id!.Value.ToString(CultureInfo.InvariantCulture),
            resource!.StartsWith("u:", StringComparison.Ordinal) ? "Officer " + resource[2..] : null, cancellationToken: cancellationToken);
        if (token is null)
        {
            this.SetStatus("Feed switched off: the old address no longer works.");
            return LocalRedirect("/manage/resources");
        }

        // Shown on this response only: just its hash is kept, so it can never be shown again.
        Response.Headers.CacheControl = "no-store";
        return await ResourcesViewAsync(new ResourceForm(), cancellationToken, Feed(token));
    }

    private string? Feed(string? token) => token is null ? null : links.Absolute($"/appearances/{token}.ics");
}
