using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Domain.Problems;

/// <summary>SARA: Scanning, Analysis, Response, Assessment; then closed.</summary>
public enum ProblemStage
{
    Scanning = 0,
    Analysis = 1,
    Response = 2,
    Assessment = 3,
    Closed = 4,
}

/// <summary>
/// A problem-solving project: a recurring issue in a place, worked through SARA. The analysis follows the
/// problem triangle (offender, victim or target, place, each with who can act on it: handler, guardian,
/// manager). The assessment compares equal periods before and after the response.
/// </summary>
public class Problem : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Scanning: what the problem is and how it was noticed.</summary>
    public string? Summary { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }

    /// <summary>Where exactly, when narrower than the area ("the 700 block of S 8th St").</summary>
    public string? Location { get; set; }
    public ProblemStage Stage { get; set; }
    public required string OwnerId { get; set; }
    public ApplicationUser? Owner { get; set; }

    // Analysis: the problem triangle.
    public string? Offender { get; set; }
    public string? OffenderHandler { get; set; }
    public string? VictimOrTarget { get; set; }
    public string? VictimGuardian { get; set; }
    public string? Place { get; set; }
    public string? PlaceManager { get; set; }
    public string? AnalysisNotes { get; set; }

    /// <summary>Response: the plan in words; the steps are <see cref="ActionItems"/>.</summary>
    public string? ResponsePlan { get; set; }

    // Assessment: equal periods before and after the response.
    public bool? ResponseCarriedOut { get; set; }
    public bool? Effective { get; set; }
    public DateOnly? BeforeStart { get; set; }
    public DateOnly? BeforeEnd { get; set; }
    public DateOnly? AfterStart { get; set; }
    public DateOnly? AfterEnd { get; set; }
    public int? ConcernsBefore { get; set; }
    public int? ConcernsAfter { get; set; }
    public int? IncidentsBefore { get; set; }
    public int? IncidentsAfter { get; set; }
    public string? AssessmentNotes { get; set; }
    public DateTime? AssessedUtc { get; set; }

    public DateTime OpenedUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public bool IsDemo { get; set; }
    public Guid Version { get; set; }

    public List<ProblemActionItem> ActionItems { get; set; } = [];
    public List<Concern> Concerns { get; set; } = [];
    public List<ProblemPartner> Partners { get; set; } = [];
    public List<ProblemCongregation> Congregations { get; set; } = [];

    /// <summary>The NIBRS offense types the assessment counts before and after.</summary>
    public List<ProblemOffenseCode> OffenseCodes { get; set; } = [];
}

/// <summary>A step of the response plan.</summary>
public class ProblemActionItem : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public int ProblemId { get; set; }
    public Problem? Problem { get; set; }
    public required string What { get; set; }

    /// <summary>Who carries it out: an officer, a unit or a partner, in words.</summary>
    public required string Owner { get; set; }
    public DateOnly? Due { get; set; }
    public ActionItemStatus Status { get; set; }
    public string? Outcome { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A partner organization involved in a problem.</summary>
public class ProblemPartner : IAuditedRecord
{
    public int ProblemId { get; set; }
    public Problem? Problem { get; set; }
    public int PartnerOrganizationId { get; set; }
    public PartnerOrganization? PartnerOrganization { get; set; }
}

/// <summary>A congregation involved in a problem.</summary>
public class ProblemCongregation : IAuditedRecord
{
    public int ProblemId { get; set; }
    public Problem? Problem { get; set; }
    public int CongregationId { get; set; }
    public Congregation? Congregation { get; set; }
}
