using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

public sealed record RosterViewModel(Shift Shift, IReadOnlyList<RosterRow> Rows, int Page = 1, int Pages = 1, int Total = 0, int AwaitingConsent = 0)
{
    public const int PageSize = 50;
}
