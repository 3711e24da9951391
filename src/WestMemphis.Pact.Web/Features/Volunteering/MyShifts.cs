using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>/my: the resident's coming and past shifts, with waitlist places and total hours.</summary>
public sealed partial class MyController
{
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
            .Select(p => new { p.CalendarToken, p.AgeGroup, p.GuardianConsent, p.GuardianEmail, p.GuardianName }).FirstOrDefaultAsync(cancellationToken);
        var model = new MyViewModel
        {
            Upcoming = rows.Where(r => r.EndUtc >= now && r.Status is SignupStatus.Confirmed or SignupStatus.Waitlisted or SignupStatus.AwaitingConsent)
                .Select(r => r with { CanCancel = SignupRules.VolunteerMayCancel(r.EventStatus, r.StartUtc, now) }).ToList(),
            Past = rows.Where(r => r.EndUtc < now || r.Status is SignupStatus.Attended or SignupStatus.NoShow).OrderByDescending(r => r.StartUtc).ToList(),
            HasProfile = profile is not null,
            HasCalendar = profile?.CalendarToken is not null,
            GuardianConsent = profile is not null && GuardianConsentRules.IsMinor(profile.AgeGroup) ? profile.GuardianConsent : null,
            GuardianName = profile?.GuardianName,
            GuardianEmailMissing = profile is not null && GuardianConsentRules.IsLegacyConsent(profile.AgeGroup, profile.GuardianConsent, profile.GuardianEmail),
        };
        model.TotalHours = model.Past.Where(r => r.Status == SignupStatus.Attended).Sum(r => r.Hours ?? 0);
        return View(model);
    }
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

    /// <summary>A minor's guardian consent (null for adults and people without a profile).</summary>
    public GuardianConsentStatus? GuardianConsent { get; init; }
    public string? GuardianName { get; init; }

    /// <summary>Consent by the old ticked box: the guardian's email is still to be given.</summary>
    public bool GuardianEmailMissing { get; init; }
}
