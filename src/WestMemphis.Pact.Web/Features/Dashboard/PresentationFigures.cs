using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

public sealed record PresentationTotals(int Given, int PeopleReached, int StudentsReached, int Rusty);

public sealed record PresentationKindRow(string Kind, int Given, int PeopleReached, int GivenYearEarlier);

public sealed record PresentationsSection(PresentationTotals Current, PresentationTotals YearEarlier, IReadOnlyList<PresentationKindRow> ByKind,
    IReadOnlyList<MonthValue> ByMonth, IReadOnlyList<MonthValue> PeopleByMonth);
