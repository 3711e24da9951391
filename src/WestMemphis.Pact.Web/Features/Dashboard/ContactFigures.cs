using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <param name="PositiveContacts">People reached, summed over the contacts that said how many.</param>
/// <param name="PeopleNotGiven">Contacts that did not say how many people they reached (not counted as 0).</param>
public sealed record ContactTotals(int Contacts, int PositiveContacts, int CongregationsVisited, int PartnersMet, int FollowUpsOpened, int FollowUpsClosed,
    int PeopleNotGiven = 0);

public sealed record ContactGroupRow(string Label, int Contacts, int PositiveContacts, int ContactsYearEarlier);

public sealed record CongregationRow(int Id, string Name, string? Area, int Visits, int PositiveContacts, DateTime LastVisitUtc);

public sealed record ContactsSection(ContactTotals Current, ContactTotals YearEarlier, IReadOnlyList<ContactGroupRow> ByKind, IReadOnlyList<ContactGroupRow> ByCategory,
    IReadOnlyList<CongregationRow> Congregations, IReadOnlyList<MonthValue> ByMonth, IReadOnlyList<MonthValue> PeopleByMonth);
