using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain.Records;
using WestMemphis.Pact.Web.Features.Presentations;

namespace WestMemphis.Pact.Web.Features.Records;

/// <summary>A record put into the rows of its release copy (<see cref="ReleaseRules"/>), with what to call it and where it lives.</summary>
public sealed record ReleasePacket(ReleaseKind Kind, int Id, string Title, string DetailsUrl, IReadOnlyList<PacketRow> Rows)
{
    public string RecordType => ReleaseKinds.RecordType(Kind);
}

public static class ReleaseKinds
{
    /// <summary>The route segment: /records/release/{segment}/{id}.</summary>
    public static string Segment(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Concern => "concern",
        ReleaseKind.ContactLog => "contact",
        ReleaseKind.PresentationRequest => "request",
        ReleaseKind.Problem => "problem",
        _ => "review",
    };

    /// <summary>The record type written in the audit log, as elsewhere (the entity's name).</summary>
    public static string RecordType(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Concern => nameof(Concern),
        ReleaseKind.ContactLog => nameof(Domain.Liaison.ContactLog),
        ReleaseKind.PresentationRequest => nameof(PresentationRequest),
        ReleaseKind.Problem => nameof(Problem),
        _ => nameof(CrimeReview),
    };

    public static string Name(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Concern => "Neighborhood concern",
        ReleaseKind.ContactLog => "Contact log",
        ReleaseKind.PresentationRequest => "Presentation or visit request",
        ReleaseKind.Problem => "Problem-solving project",
        _ => "Crime review meeting",
    };
}

/// <summary>Loads a record's plain values and hands them to the release rules. Null when there is no such record (or it may not be opened).</summary>
public sealed class ReleasePackets(AppDbContext db)
{
    public Task<ReleasePacket?> LoadAsync(ReleaseKind kind, int id, string? userId, bool isAdmin, CancellationToken cancellationToken) => kind switch
    {
        ReleaseKind.Concern => ConcernAsync(id, cancellationToken),
        ReleaseKind.ContactLog => ContactAsync(id, userId, isAdmin, cancellationToken),
        ReleaseKind.PresentationRequest => RequestAsync(id, cancellationToken),
        ReleaseKind.Problem => ProblemAsync(id, cancellationToken),
        _ => ReviewAsync(id, cancellationToken),
    };

    private async Task<ReleasePacket?> ConcernAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.Concerns.AsNoTracking().Include(x => x.Area).Include(x => x.AssignedOfficer).Include(x => x.Updates)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
        {
            return null;
        }

        var updates = c.Updates.Where(u => u.IsPublic).OrderBy(u => u.Id)
            .Select(u => new PacketEntry("Public update, " + CentralTime.FormatDate(u.CreatedUtc), u.Body)).ToList();
        var rows = ReleaseRules.Concern(new ConcernFacts(c.Id, c.ReferenceCode, ConcernRules.Label(c.Category), ConcernRules.Label(c.Status),
            CentralTime.FormatDate(c.CreatedUtc), c.Location, c.Area?.Name, c.Description, c.WhenItHappens, c.ReporterName, c.ReporterEmail,
            c.ReporterPhone, c.AssignedOfficer?.FullName, c.ResolutionReason, updates, c.Updates.Count(u => !u.IsPublic)));
        return new(ReleaseKind.Concern, id, $"{ConcernRules.Label(c.Category)} concern reported {CentralTime.FormatDate(c.CreatedUtc)}",
            $"/concerns/manage/{id}", rows);
    }

    private async Task<ReleasePacket?> ContactAsync(int id, string? userId, bool isAdmin, CancellationToken cancellationToken)
    {
        var c = await db.ContactLogs.AsNoTracking().Include(x => x.Officer).Include(x => x.Area).Include(x => x.Congregation).Include(x => x.Clergy)
            .Include(x => x.PartnerOrganization).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null || !c.MayBeOpenedBy(userId, isAdmin))
        {
            return null;
        }

        var kind = Domain.Liaison.ContactKinds.Label(c.Kind);
        var rows = ReleaseRules.Contact(new ContactFacts(c.Id, CentralTime.Format(c.WhenUtc), c.Officer?.FullName ?? "", kind,
            Domain.Liaison.ContactKinds.Label(c.Category), c.Kind is Domain.Liaison.ContactKind.ChurchVisit or Domain.Liaison.ContactKind.ClergyMeeting,
            c.Area?.Name, c.Congregation?.Name, c.Clergy?.Name, c.PartnerOrganization?.Name, c.Purpose, c.PositiveContacts, c.Notes, c.FollowUp,
            c.FollowUpDue?.ToString("ddd, MMM d, yyyy", CultureInfo.InvariantCulture), c.FollowUpOutcome));
        return new(ReleaseKind.ContactLog, id, $"{kind}, {CentralTime.FormatDate(c.WhenUtc)}", $"/liaison/contacts/{id}", rows);
    }

    private async Task<ReleasePacket?> RequestAsync(int id, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.AsNoTracking().Include(x => x.School).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return null;
        }

        // A visit to a school or to classes is a visit to children: what the requester wrote about it may describe them.
        var forMinors = r.Kind == PresentationKind.SchoolPresentation || r.SchoolId is not null || !string.IsNullOrWhiteSpace(r.GradeLevels);
        var times = r.Options().Select(o => CentralTime.FormatRange(o.StartUtc, o.EndUtc)).ToList();
        var rows = ReleaseRules.Request(new RequestFacts(r.Id, r.ReferenceCode, PresentationLabels.Name(r.Kind), PresentationLabels.Name(r.Status),
            forMinors, r.Kind == PresentationKind.NationalNightOut, CentralTime.FormatDate(r.CreatedUtc), r.School?.Name ?? r.OrganizationName,
            r.RequesterName, r.RequesterRole, r.RequesterEmail, r.RequesterPhone, r.OnSitePhone, r.Greeter, PresentationLabels.TopicList(r.Topics),
            r.GradeLevels, r.NumberOfClasses, r.AudienceSize, r.Outdoor ? "Outdoor" : "Indoor", r.MinutesAllotted, r.Location, r.Parking,
            r.WantsRusty, times, r.Notes, r.DeclineReason, r.PeopleReached, r.CompletionNotes));
        return new(ReleaseKind.PresentationRequest, id, $"{PresentationLabels.Name(r.Kind)} for {r.School?.Name ?? r.OrganizationName}",
            $"/manage/presentations/{id}", rows);
    }

    private async Task<ReleasePacket?> ProblemAsync(int id, CancellationToken cancellationToken)
    {
        var p = await db.Problems.AsNoTracking().Include(x => x.Area).Include(x => x.Owner).Include(x => x.ActionItems)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var linked = await db.Concerns.CountAsync(c => c.ProblemId == id, cancellationToken);
        var items = p.ActionItems.OrderBy(a => a.Id).Select(a => new PacketEntry("Action item",
            $"{a.What} ({a.Owner}{(a.Due is { } d ? ", due " + d.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) : "")}), "
            + ActionItemStatuses.Label(a.Status) + (a.Outcome is null ? "" : ": " + a.Outcome))).ToList();
        var assessment = p.Effective is { } effective ? (effective ? "Effective" : "Not effective")
            + (p.ConcernsBefore is { } cb && p.ConcernsAfter is { } ca ? $"; concerns {cb} before, {ca} after" : "")
            + (p.IncidentsBefore is { } ib && p.IncidentsAfter is { } ia ? $"; incidents {ib} before, {ia} after" : "") : null;
        var rows = ReleaseRules.Problem(new ProblemFacts(p.Id, p.Title, ProblemRules.Label(p.Stage), p.Area?.Name, p.Location,
            p.Owner?.FullName ?? "", CentralTime.FormatDate(p.OpenedUtc), p.Summary, p.Offender, p.OffenderHandler, p.VictimOrTarget,
            p.VictimGuardian, p.Place, p.PlaceManager, p.AnalysisNotes, p.ResponsePlan, items, linked, assessment, p.AssessmentNotes));
        return new(ReleaseKind.Problem, id, p.Title, $"/problems/{id}", rows);
    }

    private async Task<ReleasePacket?> ReviewAsync(int id, CancellationToken cancellationToken)
    {
        var m = await db.CrimeReviews.AsNoTracking().Include(r => r.Areas).ThenInclude(a => a.Area).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (m is null)
        {
            return null;
        }

        var items = await db.CrimeActionItems.AsNoTracking().Include(i => i.OwnerUser)
            .Where(i => i.CurrentReviewId == id || i.RaisedInReviewId == id || i.OutcomeReviewId == id).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var entries = items.Select(i => new PacketEntry("Action item",
            $"{i.What} ({i.OwnerUser?.FullName ?? i.PartnerName ?? CrimeActionItem.OwnerLabel(i.OwnerKind)}"
            + (i.DueDate is { } d ? ", due " + d.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) : "") + "), "
            + CrimeActionItem.StatusLabel(i.Status) + (i.Outcome is null ? "" : ": " + i.Outcome))).ToList();
        var date = m.MeetingDate.ToString("ddd, MMM d, yyyy", CultureInfo.InvariantCulture);
        var rows = ReleaseRules.Review(new ReviewFacts(m.Id, date, m.PeriodEnd.ToString("ddd, MMM d, yyyy", CultureInfo.InvariantCulture),
            m.Areas.Count == 0 ? "Citywide" : string.Join(", ", m.Areas.Select(a => a.Area?.Name)), m.Attendees, m.Notes, m.ProblemsDiscussed, entries));
        return new(ReleaseKind.CrimeReview, id, "Crime review meeting, " + date, $"/crime/reviews/{id}", rows);
    }
}
