using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <summary>Every figure of the dashboard for one period and area, with the same period a year earlier.</summary>
public sealed record EngagementFigures(ReportPeriod Period, IReadOnlyList<DateOnly> Months, EventsSection Events, VolunteersSection Volunteers,
    PresentationsSection Presentations, ContactsSection Contacts, PartnersSection Partners, ConcernsSection Concerns, ProblemsSection Problems)
{
    /// <summary>The headline figures, this period against the same period a year earlier.</summary>
    public IReadOnlyList<Headline> Headlines { get; } =
    [
        new("events", "Events held", Events.Held, Events.HeldYearEarlier),
        new("volunteers", "Volunteers who attended a shift", Volunteers.Current.Volunteers, Volunteers.YearEarlier.Volunteers),
        new("seats", "Shift places filled", Volunteers.Current.SeatsFilled, Volunteers.YearEarlier.SeatsFilled),
        new("hours", "Volunteer hours", Volunteers.Current.Hours, Volunteers.YearEarlier.Hours),
        new("presentations", "Presentations and visits given", Presentations.Current.Given, Presentations.YearEarlier.Given),
        new("rusty", "Rusty the Crime Dog appearances", Presentations.Current.Rusty, Presentations.YearEarlier.Rusty),
        new("presentation-people", "People reached by presentations", Presentations.Current.PeopleReached, Presentations.YearEarlier.PeopleReached),
        new("students", "Students reached (school presentations)", Presentations.Current.StudentsReached, Presentations.YearEarlier.StudentsReached),
        new("contacts", "Officers' contacts", Contacts.Current.Contacts, Contacts.YearEarlier.Contacts),
        new("positive", "Positive contacts (people reached)", Contacts.Current.PositiveContacts, Contacts.YearEarlier.PositiveContacts),
        new("congregations", "Congregations visited", Contacts.Current.CongregationsVisited, Contacts.YearEarlier.CongregationsVisited),
        new("partners-met", "Partners met", Contacts.Current.PartnersMet, Contacts.YearEarlier.PartnersMet),
        new("concerns", "Concerns received", Concerns.Current.Received, Concerns.YearEarlier.Received),
        new("concerns-resolved", "Concerns resolved", Concerns.Current.Resolved, Concerns.YearEarlier.Resolved),
        new("problems-opened", "Problems opened", Problems.Current.Opened, Problems.YearEarlier.Opened),
        new("problems-closed", "Problems closed", Problems.Current.Closed, Problems.YearEarlier.Closed),
        new("problems-effective", "Problems assessed effective", Problems.Current.AssessedEffective, Problems.YearEarlier.AssessedEffective),
    ];

    /// <summary>The monthly charts, each with its data table.</summary>
    public IReadOnlyList<MonthlyChart> Charts { get; } =
    [
        new("chart-events", "Events held by month", "Events", Events.ByMonth),
        new("chart-hours", "Volunteer hours by month", "Hours", Volunteers.HoursByMonth),
        new("chart-presentations", "Presentations and visits given by month", "Presentations", Presentations.ByMonth),
        new("chart-contacts", "Officers' contacts by month", "Contacts", Contacts.ByMonth),
        new("chart-positive", "Positive contacts by month", "People reached", Contacts.PeopleByMonth),
        new("chart-concerns", "Concerns received by month", "Concerns", Concerns.ByMonth),
    ];
}

public sealed record Headline(string Key, string Label, double Current, double Previous)
{
    public YearOverYear Change => YearOverYear.Of(Current, Previous);
}

public sealed record MonthlyChart(string Id, string Title, string ValueLabel, IReadOnlyList<MonthValue> Values);

public sealed record CountRow(string Label, int Current, int Other);

public sealed record CleanupTotals(int Cleanups, int Sites, int Volunteers, double VolunteerHours, int Bags, int Tires, int LargeItems, int Pounds);

public sealed record EventsSection(int Held, int HeldYearEarlier, int Cancelled, IReadOnlyList<CountRow> ByType, CleanupTotals Cleanup, IReadOnlyList<MonthValue> ByMonth);

public sealed record VolunteerTotals(int ShiftsOffered, int ShiftsFull, int PlacesOffered, int SeatsFilled, int Attended, int NoShows, int Volunteers, double Hours);

public sealed record VolunteersSection(VolunteerTotals Current, VolunteerTotals YearEarlier, IReadOnlyList<MonthValue> HoursByMonth);

public sealed record PresentationTotals(int Given, int PeopleReached, int StudentsReached, int Rusty);

public sealed record PresentationKindRow(string Kind, int Given, int PeopleReached, int GivenYearEarlier);

public sealed record PresentationsSection(PresentationTotals Current, PresentationTotals YearEarlier, IReadOnlyList<PresentationKindRow> ByKind,
    IReadOnlyList<MonthValue> ByMonth, IReadOnlyList<MonthValue> PeopleByMonth);

public sealed record ContactTotals(int Contacts, int PositiveContacts, int CongregationsVisited, int PartnersMet, int FollowUpsOpened, int FollowUpsClosed);

public sealed record ContactGroupRow(string Label, int Contacts, int PositiveContacts, int ContactsYearEarlier);

public sealed record CongregationRow(int Id, string Name, string? Area, int Visits, int PositiveContacts, DateTime LastVisitUtc);

public sealed record ContactsSection(ContactTotals Current, ContactTotals YearEarlier, IReadOnlyList<ContactGroupRow> ByKind, IReadOnlyList<ContactGroupRow> ByCategory,
    IReadOnlyList<CongregationRow> Congregations, IReadOnlyList<MonthValue> ByMonth, IReadOnlyList<MonthValue> PeopleByMonth);

public sealed record PartnerRow(int Id, string Name, string Kind, bool Active, int Contacts, int PositiveContacts);

public sealed record PartnersSection(int Active, int Engaged, IReadOnlyList<PartnerRow> Partners, IReadOnlyList<CountRow> ByKind);

/// <param name="MedianDaysToResolve">Over the concerns resolved in the period; null when none was.</param>
public sealed record ConcernTotals(int Received, int Resolved, double? MedianDaysToResolve);

public sealed record ConcernsSection(ConcernTotals Current, ConcernTotals YearEarlier, IReadOnlyList<MonthValue> ByMonth);

public sealed record ProblemTotals(int Opened, int Closed, int AssessedEffective);

public sealed record ProblemsSection(ProblemTotals Current, ProblemTotals YearEarlier);
