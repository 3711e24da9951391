using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

public sealed record CleanupTotals(int Cleanups, int Sites, int Volunteers, double VolunteerHours, int Bags, int Tires, int LargeItems, int Pounds);

public sealed record EventsSection(int Held, int HeldYearEarlier, int Cancelled, IReadOnlyList<CountRow> ByType, CleanupTotals Cleanup, IReadOnlyList<MonthValue> ByMonth);
