using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// Everything the portal holds about one account, as the person may see it (/my/data, its JSON and CSV). Only what
/// is theirs: never a password hash, security stamp, token or calendar-feed hash; of a concern only what the reporter
/// gave and the public updates (never internal notes, the assigned officer or the staff who logged it); concerns
/// reported anonymously are not tied to the account and are left out. Requests are theirs by user id or, as on /my,
/// by their confirmed email address.
/// </summary>
public static class PersonalData
{
    public static async Task<PersonalDataExport> LoadAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new AccountData(u.Email ?? "", u.FullName, u.PhoneNumber, u.Area != null ? u.Area.Name : null, u.CreatedUtc, u.EmailConfirmed, u.TwoFactorEnabled,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToList()))
            .FirstAsync(cancellationToken);
        var profile = await db.VolunteerProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new VolunteerProfileData(p.Phone, p.Area != null ? p.Area.Name : null, p.Interests, p.AgeGroup, p.GuardianName, p.GuardianConsentUtc,
                p.GuardianEmail, p.GuardianConsent, p.GuardianSignature, p.GuardianRequestedUtc, p.GuardianAnsweredUtc, p.WaiverVersion, p.WaiverAcceptedUtc, p.BackgroundCheck, p.BackgroundCheckUtc, p.CalendarToken != null, p.CreatedUtc, p.UpdatedUtc))
            .FirstOrDefaultAsync(cancellationToken);
        var signups = await db.Signups.AsNoTracking().Where(s => s.VolunteerId == userId)
            .OrderBy(s => s.Shift!.StartUtc).ThenBy(s => s.Id)
            .Select(s => new SignupData(s.Id, s.Shift!.EventId, s.Shift.Event!.Title, s.Shift.Event.Location, s.Shift.Role, s.Shift.StartUtc, s.Shift.EndUtc,
                s.Status, s.CreatedUtc, s.CancelledUtc, s.CheckedInUtc, s.CheckedOutUtc, s.Hours, s.HoursApproved, null))
            .ToListAsync(cancellationToken);
        var positions = await db.WaitlistPositionsAsync(signups.Where(s => s.Status == SignupStatus.Waitlisted).Select(s => s.Id).ToList(), cancellationToken);
        signups = signups.Select(s => s.Status == SignupStatus.Waitlisted ? s with { WaitlistPosition = positions.GetValueOrDefault(s.Id) } : s).ToList();
        var follows = await db.EventFollows.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.Id)
            .Select(f => new FollowData(f.Type, f.Area != null ? f.Area.Name : null, f.CreatedUtc))
            .ToListAsync(cancellationToken);
        var requests = await RequestsOf(db, userId).AsNoTracking().OrderBy(r => r.CreatedUtc)
            .Select(r => new RequestData(r.ReferenceCode, r.Kind, r.Status, r.RequesterName, r.RequesterRole, r.RequesterEmail, r.RequesterPhone,
                r.School != null ? r.School.Name : r.OrganizationName, r.Topics, r.TopicOther, r.GradeLevels, r.NumberOfClasses, r.AudienceSize, r.Outdoor,
                r.MinutesAllotted, r.Location, r.Parking, r.Greeter, r.OnSitePhone, r.RustyRequested, r.Notes, r.Option1StartUtc, r.Option1EndUtc,
                r.Option2StartUtc, r.Option2EndUtc, r.Option3StartUtc, r.Option3EndUtc, r.CreatedUtc, r.DeclineReason,
                r.Appearance != null && r.Appearance.Active ? r.Appearance.StartUtc : null, r.Appearance != null && r.Appearance.Active ? r.Appearance.EndUtc : null,
                r.Messages.OrderBy(m => m.CreatedUtc).Select(m => new MessageData(m.CreatedUtc, m.Body)).ToList()))
            .ToListAsync(cancellationToken);
        var concerns = await ConcernsOf(db, userId).AsNoTracking().OrderBy(c => c.CreatedUtc)
            .Select(c => new ConcernData(c.ReferenceCode, c.Category, c.Location, c.Area != null ? c.Area.Name : null, c.Description, c.WhenItHappens,
                c.ReporterName, c.ReporterEmail, c.ReporterPhone, c.PhotoStoredName != null, c.Status, c.ResolutionReason, c.CreatedUtc, c.AcknowledgedUtc, c.ResolvedUtc,
                c.Updates.Where(u => u.IsPublic).OrderBy(u => u.CreatedUtc).Select(u => new MessageData(u.CreatedUtc, u.Body)).ToList()))
            .ToListAsync(cancellationToken);
        var letters = await db.HoursLetters.AsNoTracking().Where(l => l.VolunteerId == userId).OrderBy(l => l.IssuedUtc)
            .Select(l => new HoursLetterData(l.VerificationCode, l.VolunteerName, l.FirstShiftUtc, l.LastShiftUtc, l.TotalHours, l.ShiftCount, l.IssuedUtc, l.RevokedUtc))
            .ToListAsync(cancellationToken);
        return new PersonalDataExport(account, profile, signups.Where(s => s.Status != SignupStatus.Waitlisted).ToList(),
            signups.Where(s => s.Status == SignupStatus.Waitlisted).ToList(), follows, requests, concerns, letters);
    }

    /// <summary>The visit requests that are the person's: sent signed in, or with their confirmed email address (as on /my).</summary>
    public static IQueryable<PresentationRequest> RequestsOf(AppDbContext db, string userId) =>
        db.PresentationRequests.Where(r => r.UserId == userId
            || r.RequesterEmail == db.Users.Where(u => u.Id == userId && u.EmailConfirmed).Select(u => u.Email).FirstOrDefault());

    /// <summary>The concerns the person reported signed in and not anonymously.</summary>
    public static IQueryable<Concern> ConcernsOf(AppDbContext db, string userId) =>
        db.Concerns.Where(c => c.ReporterUserId == userId && !c.IsAnonymous);
}

public sealed record PersonalDataExport(
    AccountData Account,
    VolunteerProfileData? VolunteerProfile,
    IReadOnlyList<SignupData> Signups,
    IReadOnlyList<SignupData> Waitlist,
    IReadOnlyList<FollowData> Follows,
    IReadOnlyList<RequestData> VisitRequests,
    IReadOnlyList<ConcernData> Concerns,
    IReadOnlyList<HoursLetterData> HoursLetters)
{
    public double AttendedHours => Signups.Where(s => s.Status == SignupStatus.Attended).Sum(s => s.Hours ?? 0);
}

public sealed record AccountData(string Email, string FullName, string? Phone, string? Area, DateTime CreatedUtc, bool EmailConfirmed,
    bool TwoFactorEnabled, IReadOnlyList<string> Roles);

/// <summary>
/// The volunteer profile as the person may see it: with a minor's guardian, their email, where the consent stands, the name
/// they signed with and when they were asked and answered (never the hash of the guardian's link).
/// </summary>
public sealed record VolunteerProfileData(string Phone, string? Area, string? Interests, AgeGroup AgeGroup, string? GuardianName, DateTime? GuardianConsentUtc,
    string? GuardianEmail, GuardianConsentStatus GuardianConsent, string? GuardianSignature, DateTime? GuardianAskedUtc, DateTime? GuardianAnsweredUtc,
    string WaiverVersion, DateTime WaiverAcceptedUtc, BackgroundCheckStatus BackgroundCheck, DateTime? BackgroundCheckUtc, bool CalendarFeedOn,
    DateTime CreatedUtc, DateTime UpdatedUtc);

public sealed record SignupData(long Id, int EventId, string Event, string Location, string Shift, DateTime StartUtc, DateTime EndUtc, SignupStatus Status,
    DateTime SignedUpUtc, DateTime? CancelledUtc, DateTime? CheckedInUtc, DateTime? CheckedOutUtc, double? Hours, bool HoursApproved, int? WaitlistPosition);

public sealed record FollowData(EventType? EventType, string? Area, DateTime CreatedUtc);

public sealed record MessageData(DateTime Utc, string Text);

public sealed record RequestData(string ReferenceCode, PresentationKind Kind, PresentationStatus Status, string RequesterName, string? RequesterRole,
    string RequesterEmail, string? RequesterPhone, string? Organization, string? Topics, string? TopicOther, string? GradeLevels, int? NumberOfClasses,
    int AudienceSize, bool Outdoor, int MinutesAllotted, string Location, string? Parking, string? Greeter, string? OnSitePhone, bool RustyRequested,
    string? Notes, DateTime Option1StartUtc, DateTime Option1EndUtc, DateTime? Option2StartUtc, DateTime? Option2EndUtc, DateTime? Option3StartUtc,
    DateTime? Option3EndUtc, DateTime SentUtc, string? DeclineReason, DateTime? ScheduledStartUtc, DateTime? ScheduledEndUtc, IReadOnlyList<MessageData> Messages);

public sealed record ConcernData(string ReferenceCode, ConcernCategory Category, string Location, string? Area, string Description, string? WhenItHappens,
    string? ReporterName, string? ReporterEmail, string? ReporterPhone, bool HasPhoto, ConcernStatus Status, string? ResolutionReason, DateTime ReportedUtc,
    DateTime? AcknowledgedUtc, DateTime? ResolvedUtc, IReadOnlyList<MessageData> PublicUpdates);

/// <summary>A letter of hours served the person issued: what it states and its code (theirs to share), withdrawn or not.</summary>
public sealed record HoursLetterData(string VerificationCode, string NameOnLetter, DateTime FirstShiftUtc, DateTime LastShiftUtc, double TotalHours, int Shifts,
    DateTime IssuedUtc, DateTime? WithdrawnUtc);
