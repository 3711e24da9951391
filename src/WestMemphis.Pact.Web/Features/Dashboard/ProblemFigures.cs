namespace WestMemphis.Pact.Web.Features.Dashboard;

public sealed record ProblemTotals(int Opened, int Closed, int AssessedEffective);

public sealed record ProblemsSection(ProblemTotals Current, ProblemTotals YearEarlier);
