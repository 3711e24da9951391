using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

public sealed record VolunteerTotals(int ShiftsOffered, int ShiftsFull, int PlacesOffered, int SeatsFilled, int Attended, int NoShows, int Volunteers, double Hours);

public sealed record VolunteersSection(VolunteerTotals Current, VolunteerTotals YearEarlier, IReadOnlyList<MonthValue> HoursByMonth);
