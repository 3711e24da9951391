using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// Places an incident in an area: the file's beat, then ward, through the source's mapping table; else its coordinates by
/// point-in-polygon on the areas' boundaries; else its address through the areas' street ranges; else unassigned.
/// Everything is held in memory for the length of an import (a few areas, a few hundred street ranges), and address
/// answers are cached, so placing a million rows makes no database calls.
/// </summary>
public sealed class AreaResolver
{
    private const int AddressCacheLimit = 50_000;
    private static readonly GeometryFactory Geometry = new(new PrecisionModel(), 4326);

    private readonly Dictionary<(string Field, string Value), int> _sourceMap;
    private readonly List<(int AreaId, IPreparedGeometry Shape, Envelope Box)> _shapes = [];
    private readonly Dictionary<string, List<StreetRange>> _streets;
    private readonly Dictionary<string, int?> _addressCache = new(StringComparer.Ordinal);

    public AreaResolver(string source, IEnumerable<AreaSourceMapping> sourceMappings, IEnumerable<(int AreaId, string? BoundaryGeoJson)> areas, IEnumerable<StreetRange> streets)
    {
        _sourceMap = sourceMappings.Where(m => m.Source == source)
            .ToDictionary(m => (m.Field, m.Value.Trim().ToUpperInvariant()), m => m.AreaId);
        foreach (var (areaId, geoJson) in areas)
        {
            if (AreaBoundary.TryRead(geoJson, out var shape, out _) && shape is not null)
            {
                _shapes.Add((areaId, new PreparedGeometryFactory().Create(shape), shape.EnvelopeInternal));
            }
        }

        _streets = streets.GroupBy(s => s.NameKey).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public (int? AreaId, AreaPlacement How) Place(CrimeRow row)
    {
        if (row.Beat is not null && _sourceMap.TryGetValue((AreaSourceFields.Beat, row.Beat.ToUpperInvariant()), out var byBeat))
        {
            return (byBeat, AreaPlacement.SourceMapping);
        }

        if (row.Ward is not null && _sourceMap.TryGetValue((AreaSourceFields.Ward, row.Ward.ToUpperInvariant()), out var byWard))
        {
            return (byWard, AreaPlacement.SourceMapping);
        }

        if (row.Latitude is { } lat && row.Longitude is { } lon && _shapes.Count > 0)
        {
            var point = Geometry.CreatePoint(new Coordinate(lon, lat));
            foreach (var (areaId, shape, box) in _shapes)
            {
                if (box.Contains(lon, lat) && shape.Covers(point))
                {
                    return (areaId, AreaPlacement.Coordinates);
                }
            }
        }

        if (row.Address is { } address && _streets.Count > 0)
        {
            if (!_addressCache.TryGetValue(address, out var cached))
            {
                cached = ByAddress(address);
                if (_addressCache.Count < AddressCacheLimit)
                {
                    _addressCache[address] = cached;
                }
            }

            if (cached is { } byAddress)
            {
                return (byAddress, AreaPlacement.Address);
            }
        }

        return (null, AreaPlacement.Unassigned);
    }

    private int? ByAddress(string address)
    {
        // A hundred block ("15XX N MISSOURI ST") is placed by the middle of its block.
        var space = address.IndexOf(' ', StringComparison.Ordinal);
        if (space > 2 && address.AsSpan(0, space).EndsWith("XX", StringComparison.OrdinalIgnoreCase))
        {
            address = address[..(space - 2)] + "50" + address[space..];
        }

        var normalized = AddressNormalizer.Normalize(address);
        if (normalized?.HouseNumber is null || !_streets.TryGetValue(normalized.Street.Name, out var ranges))
        {
            return null;
        }

        return StreetRangeMatcher.Match(normalized, ranges).AreaId;
    }
}
