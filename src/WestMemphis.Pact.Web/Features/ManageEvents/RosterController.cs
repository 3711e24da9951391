using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>A shift's roster at the door: check-in and check-out with one tap each, hours, no-shows, adding and removing people.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class RosterController(AppDbContext db, ShiftSignups signups, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("/manage/shifts/{id:int}/roster")]
    [CachedPerSession]
    public async Task<IActionResult> Index(int id, int page = 1, CancellationToken cancellationToken = default)
    {
        // Three queries, one connection taken from the pool (not one open and close per query).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var shift = await db.Shifts.Where(s => s.Id == id)
            .Select(s => new RosterShift(s.Id, s.EventId, s.Event!.Title, s.Role, s.StartUtc, s.EndUtc, s.Filled, s.Capacity, s.WaitlistCount))
            .FirstOrDefaultAsync(cancellationToken);
        if (shift is null)
        {
            return NotFound();
        }

        // A long roster comes a page at a time, in the roster's order (confirmed first, then waitlisted, then cancelled).
        var total = await db.Signups.CountAsync(s => s.ShiftId == id, cancellationToken);
        var pages = Math.Max(1, (total + RosterViewModel.PageSize - 1) / RosterViewModel.PageSize);
        page = Math.Clamp(page, 1, pages);
        // The page of sign-ups is chosen first, so names and phone numbers are looked up for that page only.
        var rows = await RosterRow.Query(db, RosterRow.InOrder(db.Signups.Where(s => s.ShiftId == id))
            .Skip((page - 1) * RosterViewModel.PageSize).Take(RosterViewModel.PageSize)).ToListAsync(cancellationToken);
        var awaiting = await db.Signups.CountAsync(s => s.ShiftId == id && s.Status == SignupStatus.AwaitingConsent, cancellationToken);
        return View(new RosterViewModel(shift, rows, page, pages, total, awaiting));
    }

    [HttpPost("/manage/signups/{id:long}/checkin")]
    public Task<IActionResult> CheckIn(long id, RosterForm form, CancellationToken cancellationToken) =>
        ChangeAsync(id, form.Version, (s, now) => s.CheckIn(now), "checked in", cancellationToken);

    [HttpPost("/manage/signups/{id:long}/checkout")]
    public Task<IActionResult> CheckOut(long id, RosterForm form, CancellationToken cancellationToken) =>
        ChangeAsync(id, form.Version, (s, now) => s.CheckOut(now), "checked out", cancellationToken);

    [HttpPost("/manage/signups/{id:long}/noshow")]
    public Task<IActionResult> NoShow(long id, RosterForm form, CancellationToken cancellationToken) =>
        ChangeAsync(id, form.Version, (s, _) => s.MarkNoShow(), "marked as not attending", cancellationToken);

    [HttpPost("/manage/signups/{id:long}/hours")]
    public Task<IActionResult> Hours(long id, HoursForm form, CancellationToken cancellationToken) => ChangeAsync(id, form.Version,
        // Unreadable input becomes NaN, which the domain refuses with the same message as any other bad number.
        (s, _) => s.SetHours(double.TryParse(form.Hours, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) ? hours : double.NaN, form.Approve),
        form.Approve ? "hours approved" : "hours saved", cancellationToken);

    [HttpPost("/manage/signups/{id:long}/remove")]
    public async Task<IActionResult> Remove(long id, RosterForm form, CancellationToken cancellationToken)
    {
        var signup = await db.Signups.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signup is null)
        {
            return NotFound();
        }

        var shiftId = signup.ShiftId;
        if (form.Version != signup.RosterVersion())
        {
            this.SetStatus(Stale);
            return LocalRedirect($"/manage/shifts/{shiftId}/roster#signup-{id}");
        }

        var outcome = (await signups.CancelAsync(id, volunteerId: null, cancellationToken)).Outcome;
        if (outcome == CancelOutcome.Cancelled)
        {
            // The cancellation is a conditional UPDATE, which the automatic audit does not see: say who did it.
            await audit.WriteAsync("SignupRemovedByStaff", nameof(Signup), id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        }

        this.SetStatus(outcome == CancelOutcome.Cancelled ? "Volunteer removed from the shift. If the event is still ahead and someone was waiting, the next person on the waitlist was confirmed and emailed." : "That sign-up was not active.");
        return LocalRedirect($"/manage/shifts/{shiftId}/roster");
    }

    [HttpPost("/manage/shifts/{id:int}/add")]
    public async Task<IActionResult> Add(int id, AddVolunteerForm form, CancellationToken cancellationToken)
    {
        if (!await db.Shifts.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var email = form.Email?.Trim();
        var user = string.IsNullOrEmpty(email) || email.Length > 256 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            this.SetStatus("No account has that email address. The volunteer must register first.");
            return LocalRedirect($"/manage/shifts/{id}/roster");
        }

        var result = await signups.SignUpAsync(id, user.Id, "staff-" + Guid.NewGuid().ToString("N"), byStaff: true, cancellationToken);
        this.SetStatus(result.Outcome switch
        {
            SignupOutcome.Confirmed => $"{user.FullName} added and confirmed.",
            SignupOutcome.Waitlisted => $"The shift is full: {user.FullName} is number {result.WaitlistPosition} on the waitlist.",
            SignupOutcome.AwaitingConsent => $"{user.FullName} added, waiting for their parent or guardian's consent: no seat is held until they agree.",
            SignupOutcome.Refused => result.Message!,
            _ => $"{user.FullName} is already on this shift.",
        });
        return LocalRedirect($"/manage/shifts/{id}/roster");
    }

    /// <summary>Said when a roster form was read before the sign-up changed, or the save lost a race with another change.</summary>
    private const string Stale = "This sign-up changed meanwhile (the volunteer may have cancelled, or someone else changed it). Nothing was saved; check the roster again.";

    private async Task<IActionResult> ChangeAsync(long id, string? version, Func<Signup, DateTime, string?> change, string done, CancellationToken cancellationToken)
    {
        var signup = await db.Signups.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signup is null)
        {
            return NotFound();
        }

        // The form's version is the state it was read at: a form read before someone else changed the sign-up changes nothing.
        var error = version != signup.RosterVersion() ? Stale : change(signup, clock.GetUtcNow().UtcDateTime);
        if (error is null && !await db.TrySaveChangesAsync(cancellationToken))
        {
            error = Stale;
        }

        var name = await db.Users.Where(u => u.Id == signup.VolunteerId).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
        this.SetStatus(error ?? $"{name}: {done}.");
        return LocalRedirect($"/manage/shifts/{signup.ShiftId}/roster#signup-{id}");
    }
}
