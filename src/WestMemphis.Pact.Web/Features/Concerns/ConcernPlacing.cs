using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Places a new concern in an area by <see cref="ConcernIntake.Place"/>, asking the address lookup and the meeting only when needed.</summary>
public static class ConcernPlacing
{
    public static async Task PlaceAsync(this IAreaLocator locator, Concern concern, int? pickedAreaId, Func<CancellationToken, Task<int?>>? meetingArea,
        CancellationToken cancellationToken)
    {
        int? found = null;
        int? meeting = null;
        if (pickedAreaId is null && await locator.LocateAsync(concern.Location, cancellationToken) is { Outcome: AreaLocationOutcome.Found } located)
        {
            found = located.AreaId;
        }

        if (pickedAreaId is null && found is null && meetingArea is not null)
        {
            meeting = await meetingArea(cancellationToken);
        }

        ConcernIntake.Place(concern, pickedAreaId, found, meeting);
    }
}
