using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Domain.Liaison;

public enum AreaLocationOutcome
{
    /// <summary>One area covers the address.</summary>
    Found,

    /// <summary>The address was read but no street range covers it.</summary>
    NoMatch,

    /// <summary>The address leaves out a directional or suffix and ranges in more than one area could hold it.</summary>
    Ambiguous,

    /// <summary>No house number or street could be read.</summary>
    Unreadable,
}

/// <summary>What the typed place was read as.</summary>
public enum PlaceKind
{
    Address = 0,
    Intersection = 1,
    Landmark = 2,
}

/// <summary>The answer to "which area is this address (or intersection, or landmark) in?".</summary>
public sealed record AreaLocation(AreaLocationOutcome Outcome, NormalizedAddress? Address, int? AreaId, IReadOnlyList<int> CandidateAreaIds, PlaceKind Kind = PlaceKind.Address)
{
    public static AreaLocation Unreadable() => new(AreaLocationOutcome.Unreadable, null, null, []);
}

/// <summary>
/// Places a street address in an area by the areas' street ranges. Used by the public "find your liaison
/// officer" box, contact logs and directories, and by later features (crime data, concerns).
/// Never throws for bad input: an address it cannot read or place is an outcome, not an error.
/// </summary>
public interface IAreaLocator
{
    Task<AreaLocation> LocateAsync(string? address, CancellationToken cancellationToken = default);
}

/// <summary>The matching rule, free of the database, so it has unit tests of its own.</summary>
public static class StreetRangeMatcher
{
    public static AreaLocation Match(NormalizedAddress? address, IEnumerable<StreetRange> ranges)
    {
        if (address is null || address.HouseNumber is not { } number)
        {
            return new AreaLocation(AreaLocationOutcome.Unreadable, address, null, []);
        }

        var fits = ranges.Where(r => address.Street.MayBe(r.Key) && r.Contains(number)).ToList();
        // An exact street match wins over a loose one ("1500 Missouri" when both N and S Missouri exist is loose).
        var exact = fits.Where(r => r.Key == address.Street).ToList();
        var chosen = exact.Count > 0 ? exact : fits;
        var areas = chosen.Select(r => r.AreaId).Distinct().Order().ToList();
        return areas.Count switch
        {
            0 => new AreaLocation(AreaLocationOutcome.NoMatch, address, null, []),
            1 => new AreaLocation(AreaLocationOutcome.Found, address, areas[0], areas),
            _ => new AreaLocation(AreaLocationOutcome.Ambiguous, address, null, areas),
        };
    }
}

/// <summary>
/// Reads the place as, in turn, a landmark by name, a street address, and an intersection of two streets
/// (<see cref="PlaceReader"/>); the first reading that places it wins.
/// </summary>
public sealed class AreaLocator(AppDbContext db, IOptions<LandmarkOptions> landmarks) : IAreaLocator
{
    public async Task<AreaLocation> LocateAsync(string? address, CancellationToken cancellationToken = default)
    {
        if (PlaceReader.FindLandmark(address, landmarks.Value.Places) is { } landmark && await LandmarkAsync(landmark, cancellationToken) is { } place)
        {
            return place;
        }

        var normalized = AddressNormalizer.Normalize(address);
        if (normalized?.HouseNumber is { } number)
        {
            var name = normalized.Street.Name;
            var ranges = await db.StreetRanges.AsNoTracking()
                .Where(r => r.NameKey == name && r.FromNumber <= number && r.ToNumber >= number)
                .ToListAsync(cancellationToken);
            return StreetRangeMatcher.Match(normalized, ranges);
        }

        if (PlaceReader.ReadIntersection(address) is { } intersection)
        {
            var names = new[] { intersection.First.Name, intersection.Second.Name };
            var ranges = await db.StreetRanges.AsNoTracking().Where(r => names.Contains(r.NameKey)).ToListAsync(cancellationToken);
            return PlaceReader.MatchIntersection(intersection, ranges);
        }

        return new AreaLocation(AreaLocationOutcome.Unreadable, normalized, null, []);
    }

    private async Task<AreaLocation?> LandmarkAsync(Landmark landmark, CancellationToken cancellationToken)
    {
        if (landmark.Address is not null && AddressNormalizer.Normalize(landmark.Address) is { HouseNumber: { } number } normalized)
        {
            var name = normalized.Street.Name;
            var ranges = await db.StreetRanges.AsNoTracking()
                .Where(r => r.NameKey == name && r.FromNumber <= number && r.ToNumber >= number)
                .ToListAsync(cancellationToken);
            if (StreetRangeMatcher.Match(normalized, ranges) is { Outcome: AreaLocationOutcome.Found } found)
            {
                return found with { Kind = PlaceKind.Landmark };
            }
        }

        if (landmark.AreaCode is { Length: > 0 } code)
        {
            var areaId = await db.Areas.AsNoTracking().Where(a => a.Code == code).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (areaId is { } id)
            {
                return new AreaLocation(AreaLocationOutcome.Found, null, id, [id], PlaceKind.Landmark);
            }
        }

        return null;
    }
}
