using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Contacts;

public sealed record FollowUpRow(int ContactId, string What, DateOnly? Due, string Owner, string Officer, DateTime VisitUtc, ContactKind Kind, string? With, string? Area,
    DateTime? ClosedUtc, string? Outcome, string Version)
{
    public bool IsOverdue(DateOnly today) => ClosedUtc is null && Due is { } d && d < today;
}
