namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>A shift's roster page: the shift's heading figures and one page of its sign-ups.</summary>
public sealed record RosterViewModel(RosterShift Shift, IReadOnlyList<RosterRow> Rows, int Page = 1, int Pages = 1, int Total = 0, int AwaitingConsent = 0)
{
    public const int PageSize = 50;
}

/// <summary>What the roster shows of its shift (read in one query, not the tracked entity).</summary>
public sealed record RosterShift(int Id, int EventId, string EventTitle, string Role, DateTime StartUtc, DateTime EndUtc, int Filled, int Capacity, int WaitlistCount);

/// <summary>One person on the roster, under a heading of the given level (2 in the roster, 3 in the section of those waiting for consent).</summary>
public sealed record RosterEntry(RosterRow Row, int HeadingLevel);
