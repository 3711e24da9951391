using WestMemphis.Pact.Domain.Dashboard;

namespace WestMemphis.Pact.Web.Features.Dashboard;

public sealed record ContactTotals(int Contacts, int PositiveContacts, int CongregationsVisited, int PartnersMet, int FollowUpsOpened, int FollowUpsClosed);

public sealed record ContactGroupRow(string Label, int Contacts, int PositiveContacts, int ContactsYearEarlier);

public sealed record CongregationRow(int Id, string Name, string? Area, int Visits, int PositiveContacts, DateTime LastVisitUtc);

public sealed record ContactsSection(ContactTotals Current, ContactTotals YearEarlier, IReadOnlyList<ContactGroupRow> ByKind, IReadOnlyList<ContactGroupRow> ByCategory,
    IReadOnlyList<CongregationRow> Congregations, IReadOnlyList<MonthValue> ByMonth, IReadOnlyList<MonthValue> PeopleByMonth);
