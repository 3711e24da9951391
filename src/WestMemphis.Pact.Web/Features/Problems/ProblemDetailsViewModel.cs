using Microsoft.AspNetCore.Mvc.Rendering;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.Web.Features.Problems;

public sealed record ProblemDetailsViewModel(Problem Problem, string? Area, string Owner, IReadOnlyList<ActionItemRow> Actions, IReadOnlyList<LinkedConcern> Concerns,
    IReadOnlyList<LinkedRecord> Partners, IReadOnlyList<LinkedRecord> Congregations, IReadOnlyList<SelectListItem> PartnerChoices, IReadOnlyList<SelectListItem> CongregationChoices,
    bool CanEdit, DateOnly Today, IReadOnlyList<OffenseChoice> Offenses)
{
    public string? NewText => null;
}

public sealed record ActionItemRow(int Id, string What, string Owner, DateOnly? Due, ActionItemStatus Status, string? Outcome, string Version);

public sealed record LinkedConcern(int Id, string ReferenceCode, ConcernCategory Category, ConcernStatus Status, DateTime CreatedUtc);

/// <summary>A partner or congregation linked to a problem.</summary>
public sealed record LinkedRecord(int Id, string Name);
