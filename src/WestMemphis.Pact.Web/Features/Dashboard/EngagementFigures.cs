using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <summary>Every figure of the dashboard for one period and area, with the same period a year earlier.</summary>
public sealed record EngagementFigures(ReportPeriod Period, IReadOnlyList<DateOnly> Months, EventsSection Events, VolunteersSection Volunteers,
    PresentationsSection Presentations, ContactsSection Contacts, PartnersSection Partners, ConcernsSection Concerns, ProblemsSection Problems,
    Domain.Feedback.FeedbackSection Feedback)
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
