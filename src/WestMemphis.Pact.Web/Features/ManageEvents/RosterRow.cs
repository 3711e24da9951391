using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

public sealed record RosterRow(long Id, int ShiftId, string Role, DateTime ShiftStartUtc, DateTime ShiftEndUtc, string VolunteerId, string Name, string? Email,
    string? Phone, SignupStatus Status, DateTime CreatedUtc, DateTime? CheckedInUtc, DateTime? CheckedOutUtc, double? Hours, bool HoursApproved, bool AddedByStaff)
{
    /// <summary>The version the roster's forms carry for this sign-up (<see cref="Signup.RosterVersion()"/>).</summary>
    public string Version => Signup.RosterVersion(Status, CheckedInUtc, CheckedOutUtc, Hours, HoursApproved);

    /// <summary>
    /// The roster's order: by shift, confirmed first, then waitlisted, then those waiting for a guardian's consent (who hold
    /// no seat), then cancelled, then first come.
    /// </summary>
    public static IOrderedQueryable<Signup> InOrder(IQueryable<Signup> signups) => signups
        .OrderBy(s => s.Shift!.StartUtc).ThenBy(s => s.ShiftId).ThenBy(s => s.Status == SignupStatus.Cancelled)
        .ThenBy(s => s.Status == SignupStatus.AwaitingConsent).ThenBy(s => s.Status == SignupStatus.Waitlisted).ThenBy(s => s.Id);

    /// <summary>Rows in roster order; when <paramref name="signups"/> is already a page, its order is kept.</summary>
    public static IQueryable<RosterRow> Query(AppDbContext db, IQueryable<Signup> signups) => InOrder(signups.AsNoTracking())
        .Select(s => new RosterRow(s.Id, s.ShiftId, s.Shift!.Role, s.Shift.StartUtc, s.Shift.EndUtc, s.VolunteerId, s.Volunteer!.FullName, s.Volunteer.Email,
            db.VolunteerProfiles.Where(p => p.UserId == s.VolunteerId).Select(p => p.Phone).FirstOrDefault() ?? s.Volunteer.PhoneNumber,
            s.Status, s.CreatedUtc, s.CheckedInUtc, s.CheckedOutUtc, s.Hours, s.HoursApproved, s.AddedByStaff));
}
