using Microsoft.AspNetCore.Mvc.Rendering;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.Web.Features.Problems;

public sealed record ProblemDetailsViewModel(ProblemView Problem, string? Area, string Owner, IReadOnlyList<ActionItemRow> Actions, IReadOnlyList<LinkedConcern> Concerns,
    IReadOnlyList<LinkedRecord> Partners, IReadOnlyList<LinkedRecord> Congregations, IReadOnlyList<SelectListItem> PartnerChoices, IReadOnlyList<SelectListItem> CongregationChoices,
    bool CanEdit, DateOnly Today, IReadOnlyList<OffenseChoice> Offenses)
{
    public string? NewText => null;
}

/// <summary>A problem's own fields as its page shows them (its SARA sections and assessment), read without tracking.</summary>
public sealed record ProblemView(int Id, string Title, string? Summary, int? AreaId, string OwnerId, string? Location, ProblemStage Stage,
    string? Offender, string? OffenderHandler, string? VictimOrTarget, string? VictimGuardian, string? Place, string? PlaceManager, string? AnalysisNotes,
    string? ResponsePlan, bool? ResponseCarriedOut, bool? Effective, DateOnly? BeforeStart, DateOnly? BeforeEnd, DateOnly? AfterStart, DateOnly? AfterEnd,
    int? ConcernsBefore, int? ConcernsAfter, int? IncidentsBefore, int? IncidentsAfter, string? AssessmentNotes, DateTime? AssessedUtc,
    DateTime OpenedUtc, DateTime? ClosedUtc, Guid Version);

public sealed record ActionItemRow(int Id, string What, string Owner, DateOnly? Due, ActionItemStatus Status, string? Outcome, string Version);

public sealed record LinkedConcern(int Id, string ReferenceCode, ConcernCategory Category, ConcernStatus Status, DateTime CreatedUtc);

/// <summary>A partner or congregation linked to a problem.</summary>
public sealed record LinkedRecord(int Id, string Name);
