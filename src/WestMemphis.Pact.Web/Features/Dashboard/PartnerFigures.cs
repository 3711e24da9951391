namespace WestMemphis.Pact.Web.Features.Dashboard;

public sealed record PartnerRow(int Id, string Name, string Kind, bool Active, int Contacts, int PositiveContacts);

public sealed record PartnersSection(int Active, int Engaged, IReadOnlyList<PartnerRow> Partners, IReadOnlyList<CountRow> ByKind);
