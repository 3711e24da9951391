using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Records;

/// <summary>Arrangement: one record of each kind straight into the database, with distinctive values to look for (and not find).</summary>
public static class ReleaseSteps
{
    public const string ReporterName = "Zebediah Quillfeather";
    public const string ReporterEmail = "zebediah.quill@example.org";
    public const string ReporterPhone = "870-555-0187";
    public const string ConcernAddress = "1523 N Missouri St";
    public const string ConcernDescription = "Tires dumped behind the laundromat every weekend";
    public const string InternalNote = "Reporter lives next door, say nothing";
    public const string ClergyNotes = "Pastor Thistlewood worried about the youth group";
    public const string ContactPurpose = "Introductory church visit";
    public const string RequesterName = "Marigold Fenwick";
    public const string RequesterEmail = "marigold.fenwick@example.org";
    public const string RequesterPhone = "870-555-0142";
    public const string RequestNotes = "Jimmy Pruett in 3rd grade is being bullied";
    public const string Offender = "Bartholomew Crane";
    public const string ProblemPlan = "Cameras and a monthly cleanup";
    public const string ReviewNotes = "Burglaries up on the east side";

    public static Task<int> ConcernAsync(this PactFactory factory) => factory.WithDbAsync(async db =>
    {
        var c = new Concern
        {
            ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
            Category = ConcernCategory.IllegalDumping, Location = ConcernAddress, Description = ConcernDescription, WhenItHappens = "Weekends",
            ReporterName = ReporterName, ReporterEmail = ReporterEmail, ReporterPhone = ReporterPhone, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
        };
        c.Updates.Add(new ConcernUpdate { Body = "Code enforcement is on it", IsPublic = true, CreatedUtc = DateTime.UtcNow });
        c.Updates.Add(new ConcernUpdate { Body = InternalNote, IsPublic = false, CreatedUtc = DateTime.UtcNow });
        db.Concerns.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    public static Task<int> ClergyContactAsync(this PactFactory factory, string officerId) => factory.WithDbAsync(async db =>
    {
        var church = new Congregation { Name = "Greater Hope " + Guid.NewGuid().ToString("N")[..6], Address = "700 Polk Ave" };
        church.Clergy.Add(new Clergy { Name = "Rev. Obadiah Thistlewood", Title = "Pastor", Phone = "870-555-0111" });
        db.Congregations.Add(church);
        var log = new ContactLog
        {
            OfficerId = officerId, WhenUtc = DateTime.UtcNow.AddHours(-2), Kind = ContactKind.ChurchVisit, Category = ContactCategory.Relationship,
            Congregation = church, Clergy = church.Clergy[0], Purpose = ContactPurpose, Notes = ClergyNotes, PositiveContacts = 6, CreatedUtc = DateTime.UtcNow,
        };
        db.ContactLogs.Add(log);
        await db.SaveChangesAsync();
        return log.Id;
    });

    public static Task<int> SchoolRequestAsync(this PactFactory factory) => factory.WithDbAsync(async db =>
    {
        var when = DateTime.UtcNow.AddDays(30);
        var r = new PresentationRequest
        {
            ReferenceCode = "PR-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
            Kind = PresentationKind.SchoolPresentation, Status = PresentationStatus.Submitted, RequesterName = RequesterName, RequesterRole = "Teacher",
            RequesterEmail = RequesterEmail, RequesterPhone = RequesterPhone, OrganizationName = "Wonder Elementary", GradeLevels = "3rd",
            Topics = nameof(PresentationTopic.Bullying), AudienceSize = 60, MinutesAllotted = 45, Location = "Wonder Elementary gym", Notes = RequestNotes,
            Option1StartUtc = when, Option1EndUtc = when.AddHours(1), CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
        };
        db.PresentationRequests.Add(r);
        await db.SaveChangesAsync();
        return r.Id;
    });

    public static Task<int> ProblemAsync(this PactFactory factory, string ownerId) => factory.WithDbAsync(async db =>
    {
        var p = new Problem
        {
            Title = "Dumping on Elm " + Guid.NewGuid().ToString("N")[..6], OwnerId = ownerId, Location = "714 Elm St", Summary = "Tires every weekend",
            Offender = Offender, VictimOrTarget = "The laundromat", ResponsePlan = ProblemPlan, Stage = ProblemStage.Response, OpenedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
        };
        p.ActionItems.Add(new ProblemActionItem { What = "Put up a camera", Owner = "Code enforcement", CreatedUtc = DateTime.UtcNow });
        db.Problems.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    public static Task<int> ReviewMeetingAsync(this PactFactory factory, string createdById) => factory.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var m = new CrimeReview
        {
            MeetingDate = today, PeriodEnd = today.AddDays(-1), Attendees = "Lt. Moss, Ofc. Reed", Notes = ReviewNotes, SnapshotJson = "{}",
            CreatedById = createdById, CreatedUtc = DateTime.UtcNow, AreasKey = "",
        };
        m.ActionItems.Add(new CrimeActionItem { What = "Extra patrols on Polk", OwnerKind = ActionOwnerKind.UniformPatrol, CreatedUtc = DateTime.UtcNow, RaisedInReview = m, CurrentReview = m });
        db.CrimeReviews.Add(m);
        await db.SaveChangesAsync();
        return m.Id;
    });

    /// <summary>The audit rows of releases of one record.</summary>
    public static Task<List<AuditEntry>> ReleasesAsync(this PactFactory factory, string recordType, int id) =>
        factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "RecordReleased" && a.RecordType == recordType && a.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());
}
