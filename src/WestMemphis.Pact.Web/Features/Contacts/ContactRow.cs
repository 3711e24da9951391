using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Contacts;

public sealed record ContactRow(int Id, DateTime WhenUtc, ContactKind Kind, ContactCategory Category, string Officer, string? With, string? Area, string Purpose,
    int? PositiveContacts, string? FollowUp, DateOnly? FollowUpDue, DateTime? FollowUpClosedUtc);
