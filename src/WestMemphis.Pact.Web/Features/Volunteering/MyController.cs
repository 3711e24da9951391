using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>My PACT: a resident's own sign-ups, hours, calendar feed and follows. Only ever their own.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class MyController(AppDbContext db, TimeProvider clock, LinkBuilder links, AuditLog audit) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("/my")]
    [CachedPerSession]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The page runs four queries (here and in its two view components, which share this DbContext): one
        // connection, taken from the pool once, serves them all, instead of one open and close per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var rows = await db.Signups.AsNoTracking().Where(s => s.VolunteerId == UserId && s.Status != SignupStatus.Cancelled)
            .OrderBy(s => s.Shift!.StartUtc)
            .Select(s => new MySignupRow(s.Id, s.Shift!.EventId, s.Shift.Event!.Title, s.Shift.Event.Status, s.Shift.Role, s.Shift.StartUtc, s.Shift.EndUtc,
                s.Shift.Event.Location, s.Status, s.Hours, s.HoursApproved, 0))
            .Take(1000)
            .ToListAsync(cancellationToken);
        var positions = await db.WaitlistPositionsAsync(rows.Where(r => r.Status == SignupStatus.Waitlisted).Select(r => r.Id).ToList(), cancellationToken);
        rows = rows.Select(r => r with { WaitlistPosition = positions.GetValueOrDefault(r.Id) }).ToList();
        var profile = await db.VolunteerProfiles.AsNoTracking().Where(p => p.UserId == UserId)
            .Select(p => new { p.CalendarToken }).FirstOrDefaultAsync(cancellationToken);
        var model = new MyViewModel
        {
            Upcoming = rows.Where(r => r.EndUtc >= now && r.Status is SignupStatus.Confirmed or SignupStatus.Waitlisted)
                .Select(r => r with { CanCancel = SignupRules.VolunteerMayCancel(r.EventStatus, r.StartUtc, now) }).ToList(),
            Past = rows.Where(r => r.EndUtc < now || r.Status is SignupStatus.Attended or SignupStatus.NoShow).OrderByDescending(r => r.StartUtc).ToList(),
            HasProfile = profile is not null,
            HasCalendar = profile?.CalendarToken is not null,
        };
        model.TotalHours = model.Past.Where(r => r.Status == SignupStatus.Attended).Sum(r => r.Hours ?? 0);
        return View(model);
    }

    [HttpGet("/my/hours.csv")]
    public async Task<IActionResult> HoursCsv(CancellationToken cancellationToken)
    {
        var rows = await db.Signups.AsNoTracking().Where(s => s.VolunteerId == UserId && s.Status == SignupStatus.Attended)
            .OrderBy(s => s.Shift!.StartUtc)
            .Select(s => new { s.Shift!.Event!.Title, s.Shift.Role, s.Shift.StartUtc, s.Shift.EndUtc, s.Hours, s.HoursApproved })
            .ToListAsync(cancellationToken);
        return CsvExport.File("my-volunteer-hours.csv", ["Event", "Role", "Date", "Time", "Hours", "Approved"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Title, r.Role, CentralTime.FormatDate(r.StartUtc), CentralTime.FormatRange(r.StartUtc, r.EndUtc),
                CsvExport.Number(r.Hours), r.HoursApproved ? "Yes" : "No"]));
    }

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
            .Where(s => s.VolunteerId == userId && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Attended || s.Status == SignupStatus.Waitlisted))
            .OrderBy(s => s.Shift!.StartUtc).Take(500)
            .Select(s => new { s.Id, s.Status, s.Shift!.Role, s.Shift.StartUtc, s.Shift.EndUtc, s.Shift.EventId, s.Shift.Event!.Title, s.Shift.Event.Location, EventStatus = s.Shift.Event.Status })
            .ToListAsync(cancellationToken);
        var items = shifts.Select(s => new CalendarItem(EventCalendar.ShiftUid(s.Id),
            (s.Status == SignupStatus.Waitlisted ? "Waitlisted: " : "") + $"{s.Role} — {s.Title}", null, s.Location, s.StartUtc, s.EndUtc,
            s.EventStatus == EventStatus.Cancelled, links.Absolute(Slug.EventPath(s.EventId, s.Title))));
        Response.Headers.CacheControl = "no-store";
        return File(EventCalendar.Bytes("My PACT volunteer shifts", items, clock.GetUtcNow().UtcDateTime), EventCalendar.ContentType, "my-shifts.ics");
    }

    [HttpGet("/my/follows")]
    public async Task<IActionResult> Follows(CancellationToken cancellationToken) => View(await FollowsModelAsync(cancellationToken));

    [HttpPost("/my/follows")]
    public async Task<IActionResult> Follow(FollowForm form, CancellationToken cancellationToken)
    {
        var type = EnumInput.Parse<EventType>(form.Type);
        int? areaId = int.TryParse(form.AreaId, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && await db.Areas.AnyAsync(x => x.Id == a, cancellationToken) ? a : null;
        if ((type is null) == (areaId is null))
        {
            ModelState.AddModelError(type is null ? nameof(FollowForm.Type) : nameof(FollowForm.AreaId), "Choose one event type or one area to follow.");
            var model = await FollowsModelAsync(cancellationToken);
            model.Form = form;
            return View("Follows", model);
        }

        if (!await db.EventFollows.AnyAsync(f => f.UserId == UserId && f.Type == type && f.AreaId == areaId, cancellationToken))
        {
            db.EventFollows.Add(new EventFollow { UserId = UserId, Type = type, AreaId = areaId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same follow from a double click: the unique index kept one.
            }
        }

        this.SetStatus("Followed. We'll email you when a matching event is published.");
        return LocalRedirect("/my/follows");
    }

    [HttpPost("/my/follows/{id:int}/delete")]
    public async Task<IActionResult> Unfollow(int id, CancellationToken cancellationToken)
    {
        var follow = await db.EventFollows.FirstOrDefaultAsync(f => f.Id == id && f.UserId == UserId, cancellationToken);
        if (follow is null)
        {
            return NotFound();
        }

        db.EventFollows.Remove(follow);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("You no longer follow that.");
        return LocalRedirect("/my/follows");
    }

    private async Task<FollowsViewModel> FollowsModelAsync(CancellationToken cancellationToken) => new()
    {
        Follows = await db.EventFollows.AsNoTracking().Where(f => f.UserId == UserId).OrderBy(f => f.Id)
            .Select(f => new FollowRow(f.Id, f.Type, f.Area != null ? f.Area.Name : null)).ToListAsync(cancellationToken),
        Areas = await db.AreaOptionsAsync(cancellationToken),
    };
}

public sealed record MySignupRow(long Id, int EventId, string EventTitle, EventStatus EventStatus, string Role, DateTime StartUtc, DateTime EndUtc,
    string Location, SignupStatus Status, double? Hours, bool HoursApproved, int WaitlistPosition)
{
    public string EventUrl => Slug.EventPath(EventId, EventTitle);

    /// <summary>Whether "Cancel" is offered (the server checks the same rule again).</summary>
    public bool CanCancel { get; init; }
}

public sealed class MyViewModel
{
    public IReadOnlyList<MySignupRow> Upcoming { get; init; } = [];
    public IReadOnlyList<MySignupRow> Past { get; init; } = [];
    public double TotalHours { get; set; }
    public bool HasProfile { get; init; }
    public bool HasCalendar { get; init; }
}

public sealed class FollowForm
{
    public string? Type { get; set; }
    public string? AreaId { get; set; }
}

public sealed record FollowRow(int Id, EventType? Type, string? AreaName);

public sealed class FollowsViewModel
{
    public IReadOnlyList<FollowRow> Follows { get; init; } = [];
    public IReadOnlyList<AreaOption> Areas { get; init; } = [];
    public FollowForm Form { get; set; } = new();
}

/// <summary>The new private feed address, shown once.</summary>
public sealed record CalendarCreatedViewModel(string Url, bool Replaced);
