using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <param name="MedianDaysToResolve">Over the concerns resolved in the period; null when none was.</param>
public sealed record ConcernTotals(int Received, int Resolved, double? MedianDaysToResolve);

public sealed record ConcernsSection(ConcernTotals Current, ConcernTotals YearEarlier, IReadOnlyList<MonthValue> ByMonth);
