using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>The private calendar feed of one's own shifts: create or replace its secret address, switch it off, and the feed itself.</summary>
public sealed partial class MyController
{
    /// <summary>Creates the private feed URL, or replaces it (the old URL stops working).</summary>
    [HttpPost("/my/calendar")]
    public async Task<IActionResult> ResetCalendar(CancellationToken cancellationToken)
    {
        var profile = await db.VolunteerProfiles.FirstOrDefaultAsync(p => p.UserId == UserId, cancellationToken);
        if (profile is null)
        {
            this.SetStatus("Fill in your volunteer profile first.");
            return LocalRedirect("/volunteer/profile?returnUrl=%2Fmy");
        }

        var had = profile.CalendarToken is not null;
        var token = FeedTokens.New();
        profile.CalendarToken = FeedTokens.Hash(token);
        audit.Add(had ? "CalendarFeedReplaced" : "CalendarFeedCreated", nameof(VolunteerProfile), UserId);
        await db.SaveChangesAsync(cancellationToken);
        // Shown this once (only its hash is kept), on this response rather than after a redirect, so it is never in
        // TempData or in the cached /my page.
        Response.Headers.CacheControl = "no-store";
        return View("CalendarCreated", new CalendarCreatedViewModel(links.Absolute($"/my/calendar/{token}.ics"), had));
    }

    [HttpPost("/my/calendar/revoke")]
    public async Task<IActionResult> RevokeCalendar(CancellationToken cancellationToken)
    {
        var revoked = await db.VolunteerProfiles.Where(p => p.UserId == UserId && p.CalendarToken != null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.CalendarToken, (string?)null), cancellationToken);
        if (revoked > 0)
        {
            await audit.WriteAsync("CalendarFeedRevoked", nameof(VolunteerProfile), UserId, cancellationToken: cancellationToken);
        }

        this.SetStatus("Your calendar link is switched off.");
        return LocalRedirect("/my#calendar");
    }

    /// <summary>The private feed of one's own shifts. The secret in the URL is the only credential (calendar apps cannot log in).</summary>
    [AllowAnonymous, HttpGet("/my/calendar/{token}.ics"), RedactInLogs("token")]
    public async Task<IActionResult> CalendarFeed(string token, CancellationToken cancellationToken)
    {
        if (!FeedTokens.IsWellFormed(token))
        {
            return NotFound();
        }

        var hash = FeedTokens.Hash(token);
        var userId = await db.VolunteerProfiles.AsNoTracking().Where(p => p.CalendarToken == hash).Select(p => p.UserId).FirstOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return NotFound();
        }

        var shifts = await db.Signups.AsNoTracking()
            .Where(s => s.VolunteerId == userId && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Attended || s.Status == SignupStatus.Waitlisted
                || s.Status == SignupStatus.AwaitingConsent))
            .OrderBy(s => s.Shift!.StartUtc).Take(500)
            .Select(s => new { s.Id, s.Status, s.Shift!.Role, s.Shift.StartUtc, s.Shift.EndUtc, s.Shift.EventId, s.Shift.Event!.Title, s.Shift.Event.Location, EventStatus = s.Shift.Event.Status })
            .ToListAsync(cancellationToken);
        var items = shifts.Select(s => new CalendarItem(EventCalendar.ShiftUid(s.Id),
            (s.Status == SignupStatus.Waitlisted ? "Waitlisted: " : s.Status == SignupStatus.AwaitingConsent ? "Waiting for consent: " : "") + $"{s.Role} — {s.Title}", null, s.Location, s.StartUtc, s.EndUtc,
            s.EventStatus == EventStatus.Cancelled, links.Absolute(Slug.EventPath(s.EventId, s.Title))));
        Response.Headers.CacheControl = "no-store";
        return File(EventCalendar.Bytes("My PACT volunteer shifts", items, clock.GetUtcNow().UtcDateTime), EventCalendar.ContentType, "my-shifts.ics");
    }
}

/// <summary>The new private feed address, shown once.</summary>
public sealed record CalendarCreatedViewModel(string Url, bool Replaced);
