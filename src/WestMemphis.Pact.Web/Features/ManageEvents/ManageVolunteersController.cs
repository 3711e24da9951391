using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Csv;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>The volunteers directory: search, hours per person and period, background checks, CSV.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class ManageVolunteersController(AppDbContext db, TimeProvider clock, AuditLog audit, IOptions<EventsOptions> options) : Controller
{
    private BackgroundCheckTerms Checks => new(options.Value.BackgroundCheckValidMonths, options.Value.BackgroundCheckReminderDays, clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The directory; <c>check=expiring</c> keeps only volunteers whose background check ends soon or has ended;
    /// <c>consent=waiting</c> lists the minors waiting for their parent or guardian's consent (oldest request first).
    /// </summary>
    [HttpGet("/manage/volunteers")]
    public async Task<IActionResult> Index(string? q, string? from, string? to, string? check, string? consent, CancellationToken cancellationToken)
    {
        var waitingCount = await WaitingForConsent().CountAsync(cancellationToken);
        if (consent == "waiting")
        {
            // The guardian's address is shown masked here, as the outbox shows addresses; in full on the volunteer's page, whose every view is audited.
            var waiting = await WaitingForConsent().OrderBy(p => p.GuardianRequestedUtc).ThenBy(p => p.UserId).Take(500)
                .Select(p => new WaitingConsentRow(p.UserId, p.User!.FullName, p.AgeGroup, p.GuardianName, p.GuardianEmail, p.GuardianRequestedUtc,
                    db.Signups.Count(s => s.VolunteerId == p.UserId && s.Status == SignupStatus.AwaitingConsent)))
                .ToListAsync(cancellationToken);
            waiting = waiting.Select(w => w with { GuardianEmail = w.GuardianEmail is null ? null : Admin.OutboxMasking.Address(w.GuardianEmail) }).ToList();
            return View(new VolunteersViewModel(new VolunteerFilter(null, null, null, CentralTimeZone.Today(clock)), [], Checks, WaitingForConsent: waiting,
                WaitingCount: waitingCount));
        }

        var filter = new VolunteerFilter(q, from, to, CentralTimeZone.Today(clock));
        var rows = await QueryAsync(filter, 500, cancellationToken);
        var checks = Checks;
        var onlyEnding = check == "expiring";
        if (onlyEnding)
        {
            rows = rows.Where(r => checks.Standing(r.BackgroundCheck, r.BackgroundCheckUtc) is BackgroundCheckStanding.ExpiringSoon or BackgroundCheckStanding.Expired).ToList();
        }

        return View(new VolunteersViewModel(filter, rows, checks, onlyEnding, WaitingCount: waitingCount));
    }

    [HttpGet("/manage/volunteers.csv")]
    public async Task<IActionResult> Csv(string? q, string? from, string? to, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(new VolunteerFilter(q, from, to, CentralTimeZone.Today(clock)), 100_000, cancellationToken);
        return CsvDownload.File("volunteers.csv", ["Name", "Email", "Phone", "Area", "Age group", "Background check", "Checked on", "Shifts attended", "Hours", "Approved hours"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Name, r.Email, r.Phone, r.Area, r.AgeGroup.ToString(), r.BackgroundCheck.ToString(),
                r.BackgroundCheckUtc is { } d ? CentralTime.FormatDate(d) : "", r.ShiftsAttended.ToString(CultureInfo.InvariantCulture),
                CsvExport.Number(r.Hours), CsvExport.Number(r.ApprovedHours)]));
    }

    [HttpGet("/manage/volunteers/{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken)
    {
        if (id.Length > 450)
        {
            return NotFound();
        }

        var profile = await db.VolunteerProfiles.AsNoTracking().Include(p => p.User).Include(p => p.Area).FirstOrDefaultAsync(p => p.UserId == id, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        var history = await RosterRow.Query(db, db.Signups.Where(s => s.VolunteerId == id)).ToListAsync(cancellationToken);

        // A volunteer's record (contact details, guardian, background check) is personal: every view is audited.
        await audit.WriteAsync("Viewed", nameof(VolunteerProfile), id, cancellationToken: cancellationToken);
        return View(new VolunteerDetailsViewModel(profile, history.OrderByDescending(h => h.ShiftStartUtc).ToList(), Checks));
    }

    /// <summary>The coordinator emails a minor's guardian the consent request again (a new link; the old one stops working).</summary>
    [HttpPost("/manage/volunteers/{id}/guardian/resend")]
    public async Task<IActionResult> ResendGuardianLink(string id, string? returnTo, [FromServices] Volunteering.GuardianConsents guardians, CancellationToken cancellationToken)
    {
        if (id.Length > 450 || !await db.VolunteerProfiles.AnyAsync(p => p.UserId == id, cancellationToken))
        {
            return NotFound();
        }

        var refusal = await guardians.ResendAsync(id, "sent again by the coordinator", cancellationToken);
        this.SetStatus(refusal ?? "Sent: the parent or guardian was emailed a new link. The link in any earlier email no longer works.");
        return LocalRedirect(returnTo == "list" ? "/manage/volunteers?consent=waiting" : $"/manage/volunteers/{Uri.EscapeDataString(id)}");
    }

    private IQueryable<VolunteerProfile> WaitingForConsent() =>
        db.VolunteerProfiles.AsNoTracking().Where(p => p.GuardianConsent == GuardianConsentStatus.Waiting && p.AgeGroup != AgeGroup.Adult);

    [HttpPost("/manage/volunteers/{id}/background-check")]
    public async Task<IActionResult> BackgroundCheck(string id, string? status, string? checkedOn, string? version, CancellationToken cancellationToken)
    {
        var profile = id.Length > 450 ? null : await db.VolunteerProfiles.FirstOrDefaultAsync(p => p.UserId == id, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        // The form carries the check it was read at: one saved meanwhile by someone else is not overwritten unseen.
        if (version != profile.BackgroundCheckVersion())
        {
            this.SetStatus("This background check changed meanwhile (someone else saved it). Nothing was changed; check it below and save again.");
            return LocalRedirect($"/manage/volunteers/{Uri.EscapeDataString(id)}");
        }

        if (EnumInput.Parse<BackgroundCheckStatus>(status) is not { } value)
        {
            this.SetStatus("Choose a background-check status from the list.");
            return LocalRedirect($"/manage/volunteers/{Uri.EscapeDataString(id)}");
        }

        // The day the check was done (today when left empty): a cleared check is valid for a set number of months from it.
        var today = CentralTimeZone.Today(clock);
        var day = today;
        if (!string.IsNullOrWhiteSpace(checkedOn))
        {
            if (checkedOn.Length > 10 || !DateOnly.TryParseExact(checkedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
                || day > today || day < today.AddYears(-10))
            {
                this.SetStatus("Enter the day the check was done: a real date, not in the future and within the last ten years. Nothing was changed.");
                return LocalRedirect($"/manage/volunteers/{Uri.EscapeDataString(id)}");
            }
        }

        profile.BackgroundCheck = value;
        profile.BackgroundCheckUtc = CentralTimeZone.StartOfDayUtc(day);
        await db.SaveChangesAsync(cancellationToken);
        var terms = Checks;
        this.SetStatus($"Background check saved: {terms.Describe(profile.BackgroundCheck, profile.BackgroundCheckUtc)}.");
        return LocalRedirect($"/manage/volunteers/{Uri.EscapeDataString(id)}");
    }

    private async Task<List<VolunteerRow>> QueryAsync(VolunteerFilter filter, int take, CancellationToken cancellationToken)
    {
        var profiles = db.VolunteerProfiles.AsNoTracking();
        if (filter.Q is { Length: > 0 and <= 100 } q)
        {
            profiles = profiles.Where(p => p.User!.FullName.Contains(q) || p.User.Email!.Contains(q) || p.Phone.Contains(q));
        }

        var fromUtc = filter.FromUtc;
        var toUtc = filter.ToUtc;
        return await profiles.OrderBy(p => p.User!.FullName).Take(take)
            .Select(p => new VolunteerRow(p.UserId, p.User!.FullName, p.User.Email, p.Phone, p.Area != null ? p.Area.Name : null, p.AgeGroup,
                p.BackgroundCheck, p.BackgroundCheckUtc,
                db.Signups.Count(s => s.VolunteerId == p.UserId && s.Status == SignupStatus.Attended && s.Shift!.StartUtc >= fromUtc && s.Shift.StartUtc < toUtc),
                db.Signups.Where(s => s.VolunteerId == p.UserId && s.Status == SignupStatus.Attended && s.Shift!.StartUtc >= fromUtc && s.Shift.StartUtc < toUtc).Sum(s => s.Hours) ?? 0,
                db.Signups.Where(s => s.VolunteerId == p.UserId && s.Status == SignupStatus.Attended && s.HoursApproved && s.Shift!.StartUtc >= fromUtc && s.Shift.StartUtc < toUtc).Sum(s => s.Hours) ?? 0))
            .ToListAsync(cancellationToken);
    }
}
