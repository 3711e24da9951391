using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Domain.Records;

/// <summary>The kinds of record a public-records release copy can be made of.</summary>
public enum ReleaseKind
{
    Concern = 0,
    ContactLog = 1,
    PresentationRequest = 2,
    Problem = 3,
    CrimeReview = 4,
}

/// <summary>One line of a release copy: the field, its value when released, or why it was withheld (value then null).</summary>
public sealed record PacketRow(string Label, string? Value, string? WithheldBecause)
{
    public bool IsWithheld => WithheldBecause is not null;

    public static PacketRow Released(string label, string? value) => new(label, string.IsNullOrWhiteSpace(value) ? "None" : value.Trim(), null);

    public static PacketRow Withheld(string label, string reason) => new(label, null, reason);
}

/// <summary>A dated entry of a record (a public update, an action item), already put into words.</summary>
public sealed record PacketEntry(string Label, string Text);

public sealed record ConcernFacts(int Id, string ReferenceCode, string Category, string Status, string Reported, string Location, string? Area,
    string Description, string? WhenItHappens, string? ReporterName, string? ReporterEmail, string? ReporterPhone, string? AssignedOfficer,
    string? ResolutionReason, IReadOnlyList<PacketEntry> PublicUpdates, int InternalNotes);

public sealed record ContactFacts(int Id, string When, string Officer, string Kind, string Category, bool ClergyVisit, string? Area,
    string? Congregation, string? Clergy, string? Partner, string Purpose, int? PeopleReached, string? Notes, string? FollowUp,
    string? FollowUpDue, string? FollowUpOutcome);

public sealed record RequestFacts(int Id, string ReferenceCode, string Kind, string Status, bool ForMinors, bool AtAHome, string Received,
    string? Organization, string? RequesterName, string? RequesterRole, string? RequesterEmail, string? RequesterPhone, string? OnSitePhone,
    string? Greeter, string? Topics, string? GradeLevels, int? NumberOfClasses, int AudienceSize, string Setting, int MinutesAllotted,
    string Location, string? Parking, bool RustyRequested, IReadOnlyList<string> PreferredTimes, string? Notes, string? DeclineReason,
    int? PeopleReached, string? CompletionNotes);

public sealed record ProblemFacts(int Id, string Title, string Stage, string? Area, string? Location, string Owner, string Opened,
    string? Summary, string? Offender, string? OffenderHandler, string? VictimOrTarget, string? VictimGuardian, string? Place,
    string? PlaceManager, string? AnalysisNotes, string? ResponsePlan, IReadOnlyList<PacketEntry> ActionItems, int LinkedConcerns,
    string? Assessment, string? AssessmentNotes);

public sealed record ReviewFacts(int Id, string MeetingDate, string PeriodEnd, string Areas, string Attendees, string? Notes,
    string? ProblemsDiscussed, IReadOnlyList<PacketEntry> ActionItems);

/// <summary>
/// What a public-records release copy gives and what it withholds by default, as pure functions from a record's plain
/// values to the rows of the copy. The Arkansas Freedom of Information Act (A.C.A. §25-19-105) lists what a public body
/// may keep back; the department withholds by default the identity and contact details of people who report to it,
/// clergy visit notes, details of juveniles and security assessments of congregations, and gives only the hundred
/// block of a home address. A withheld row carries its reason and never its value, so neither the copy, its CSV nor
/// the release register can hold a withheld value.
/// </summary>
public static class ReleaseRules
{
    public const string Law = "A.C.A. §25-19-105";
    public const string ReporterIdentity = "identity of the person who reported (" + Law + ")";
    public const string StatusCode = "the private code the reporter or requester follows the record with";
    public const string ClergyNotes = "clergy visit notes";
    public const string Juvenile = "details of a juvenile";
    public const string SecurityAssessment = "security assessment";
    public const string ExactAddress = "exact address; only the hundred block is released";
    public const string Unroundable = "exact address; it could not be rounded to a hundred block";
    public const string RequesterContact = "personal contact details of a private person";
    public const string InternalNotes = "internal staff notes, which may name the person who reported (" + Law + ")";
    public const string Investigation = "may identify private persons in an undisclosed law-enforcement investigation (" + Law + ")";

    /// <summary>The reason as printed on the copy: "Withheld: …".</summary>
    public static string Shown(string reason) => "Withheld: " + reason;

    public static IReadOnlyList<PacketRow> Concern(ConcernFacts c)
    {
        var rows = new List<PacketRow>
        {
            PacketRow.Released("Record number", Number(c.Id)),
            PacketRow.Withheld("Reference code", StatusCode),
            PacketRow.Released("Category", c.Category),
            PacketRow.Released("Status", c.Status),
            PacketRow.Released("Reported", c.Reported),
            HundredBlock("Location", c.Location),
            PacketRow.Released("Area", c.Area),
            PacketRow.Released("Description", c.Description),
            PacketRow.Released("When it happens", c.WhenItHappens),
            PacketRow.Withheld("Reporter's name", ReporterIdentity),
            PacketRow.Withheld("Reporter's email", ReporterIdentity),
            PacketRow.Withheld("Reporter's phone", ReporterIdentity),
            PacketRow.Released("Assigned officer", c.AssignedOfficer),
            PacketRow.Released("Resolution", c.ResolutionReason),
        };
        rows.AddRange(c.PublicUpdates.Select(u => PacketRow.Released(u.Label, u.Text)));
        if (c.InternalNotes > 0)
        {
            rows.Add(PacketRow.Withheld($"Internal notes ({Number(c.InternalNotes)})", InternalNotes));
        }

        return rows;
    }

    public static IReadOnlyList<PacketRow> Contact(ContactFacts c)
    {
        var clergy = c.ClergyVisit || c.Congregation is not null || c.Clergy is not null;
        var rows = new List<PacketRow>
        {
            PacketRow.Released("Record number", Number(c.Id)),
            PacketRow.Released("When", c.When),
            PacketRow.Released("Officer", c.Officer),
            PacketRow.Released("Kind", c.Kind),
            PacketRow.Released("Category", c.Category),
            PacketRow.Released("Area", c.Area),
        };
        if (c.Congregation is not null)
        {
            rows.Add(PacketRow.Released("Congregation", c.Congregation));
        }

        if (c.Clergy is not null)
        {
            rows.Add(PacketRow.Withheld("Clergy contact", ClergyNotes));
        }

        if (c.Partner is not null)
        {
            rows.Add(PacketRow.Released("Partner organization", c.Partner));
        }

        rows.Add(PacketRow.Released("Purpose", c.Purpose));
        rows.Add(PacketRow.Released("People reached", c.PeopleReached is { } n ? Number(n) : "Not given"));
        rows.Add(clergy ? PacketRow.Withheld("Visit notes", ClergyNotes) : PacketRow.Released("Visit notes", c.Notes));
        if (c.FollowUp is not null)
        {
            rows.Add(clergy ? PacketRow.Withheld("Follow-up", ClergyNotes) : PacketRow.Released("Follow-up", c.FollowUp));
            rows.Add(PacketRow.Released("Follow-up due", c.FollowUpDue));
            if (c.FollowUpOutcome is not null)
            {
                rows.Add(clergy ? PacketRow.Withheld("Follow-up outcome", ClergyNotes) : PacketRow.Released("Follow-up outcome", c.FollowUpOutcome));
            }
        }

        if (c.Congregation is not null)
        {
            rows.Add(PacketRow.Withheld("Security assessments of the congregation", SecurityAssessment));
        }

        return rows;
    }

    public static IReadOnlyList<PacketRow> Request(RequestFacts r)
    {
        var rows = new List<PacketRow>
        {
            PacketRow.Released("Record number", Number(r.Id)),
            PacketRow.Withheld("Reference code", StatusCode),
            PacketRow.Released("Kind", r.Kind),
            PacketRow.Released("Status", r.Status),
            PacketRow.Released("Received", r.Received),
            PacketRow.Released("School or organization", r.Organization),
            PacketRow.Withheld("Requester's name", RequesterContact),
            PacketRow.Released("Requester's role", r.RequesterRole),
            PacketRow.Withheld("Requester's email", RequesterContact),
            PacketRow.Withheld("Requester's phone", RequesterContact),
            PacketRow.Withheld("On-site phone", RequesterContact),
            PacketRow.Withheld("Who greets", RequesterContact),
            PacketRow.Released("Topics", r.Topics),
            PacketRow.Released("Grade levels", r.GradeLevels),
            PacketRow.Released("Number of classes", r.NumberOfClasses is { } n ? Number(n) : null),
            PacketRow.Released("Audience size", Number(r.AudienceSize)),
            PacketRow.Released("Setting", r.Setting),
            PacketRow.Released("Time allotted", Number(r.MinutesAllotted) + " minutes"),
            r.AtAHome ? HundredBlock("Location", r.Location) : PacketRow.Released("Location", r.Location),
            PacketRow.Released("Parking", r.Parking),
            PacketRow.Released("Rusty the Crime Dog requested", r.RustyRequested ? "Yes" : "No"),
            PacketRow.Released("Preferred times", r.PreferredTimes.Count == 0 ? null : string.Join("; ", r.PreferredTimes)),
            r.ForMinors ? PacketRow.Withheld("Notes", Juvenile) : PacketRow.Released("Notes", r.Notes),
        };
        if (r.DeclineReason is not null)
        {
            rows.Add(PacketRow.Released("Reason declined", r.DeclineReason));
        }

        if (r.PeopleReached is { } reached)
        {
            rows.Add(PacketRow.Released("People reached", Number(reached)));
        }

        if (r.CompletionNotes is not null)
        {
            rows.Add(r.ForMinors ? PacketRow.Withheld("Notes after the visit", Juvenile) : PacketRow.Released("Notes after the visit", r.CompletionNotes));
        }

        return rows;
    }

    public static IReadOnlyList<PacketRow> Problem(ProblemFacts p)
    {
        var rows = new List<PacketRow>
        {
            PacketRow.Released("Record number", Number(p.Id)),
            PacketRow.Released("Title", p.Title),
            PacketRow.Released("Stage", p.Stage),
            PacketRow.Released("Area", p.Area),
        };
        if (!string.IsNullOrWhiteSpace(p.Location))
        {
            rows.Add(HundredBlock("Location", p.Location));
        }

        rows.AddRange(
        [
            PacketRow.Released("Owner", p.Owner),
            PacketRow.Released("Opened", p.Opened),
            PacketRow.Released("Scanning: summary", p.Summary),
            PacketRow.Withheld("Analysis: offender", Investigation),
            PacketRow.Withheld("Analysis: handler of the offender", Investigation),
            PacketRow.Withheld("Analysis: victim or target", Investigation),
            PacketRow.Withheld("Analysis: guardian of the victim", Investigation),
            PacketRow.Released("Analysis: place", p.Place),
            PacketRow.Released("Analysis: manager of the place", p.PlaceManager),
            PacketRow.Withheld("Analysis: notes", Investigation),
            PacketRow.Released("Response plan", p.ResponsePlan),
        ]);
        rows.AddRange(p.ActionItems.Select(a => PacketRow.Released(a.Label, a.Text)));
        rows.Add(PacketRow.Released("Linked concerns", Number(p.LinkedConcerns)));
        rows.Add(PacketRow.Released("Assessment", p.Assessment));
        rows.Add(PacketRow.Released("Assessment notes", p.AssessmentNotes));
        return rows;
    }

    public static IReadOnlyList<PacketRow> Review(ReviewFacts r)
    {
        var rows = new List<PacketRow>
        {
            PacketRow.Released("Record number", Number(r.Id)),
            PacketRow.Released("Meeting date", r.MeetingDate),
            PacketRow.Released("Period reviewed, ending", r.PeriodEnd),
            PacketRow.Released("Areas", r.Areas),
            PacketRow.Released("Attendees", r.Attendees),
            PacketRow.Released("Notes", r.Notes),
            PacketRow.Released("Problems discussed", r.ProblemsDiscussed),
        };
        rows.AddRange(r.ActionItems.Select(a => PacketRow.Released(a.Label, a.Text)));
        return rows;
    }

    /// <summary>What the release register keeps of a copy: the labels given and the labels withheld with why, never a withheld value.</summary>
    public static string Summary(IReadOnlyList<PacketRow> rows)
    {
        var released = rows.Where(r => !r.IsWithheld).Select(r => r.Label);
        var withheld = rows.Where(r => r.IsWithheld).Select(r => $"{r.Label} ({r.WithheldBecause})");
        return $"Released: {string.Join(", ", released)}. Withheld: {(rows.Any(r => r.IsWithheld) ? string.Join(", ", withheld) : "nothing")}.";
    }

    private static PacketRow HundredBlock(string label, string? address) =>
        PublicCrimeRules.PublicBlock(address, null, domestic: false, juvenile: false) is { } block
            ? PacketRow.Released(label + " (hundred block)", block)
            : PacketRow.Withheld(label, Unroundable);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
