using System.Globalization;

namespace WestMemphis.Pact.Web.Features.Crime.DemoData;

/// <summary>
/// Demo data only: simple, invented boundaries for the five wards (rectangles over West Memphis, longitude/latitude) so
/// the review's area map has shapes to draw. They are not the city's real ward lines; a real installation draws its own
/// under Areas. Ward 1 along the north (Interstate 40), Ward 4 to the west, Ward 3 south-central, Ward 2 and Ward 5 east.
/// </summary>
public static class DemoWardBoundaries
{
    private static readonly IReadOnlyDictionary<string, (double West, double South, double East, double North)> Boxes =
        new Dictionary<string, (double, double, double, double)>(StringComparer.Ordinal)
        {
            ["W1"] = (-90.230, 35.160, -90.130, 35.180),
            ["W4"] = (-90.230, 35.120, -90.195, 35.160),
            ["W3"] = (-90.195, 35.120, -90.160, 35.160),
            ["W2"] = (-90.160, 35.140, -90.130, 35.160),
            ["W5"] = (-90.160, 35.120, -90.130, 35.140),
        };

    /// <summary>The GeoJSON Polygon of a ward by its code, or null for any other area.</summary>
    public static string? For(string areaCode)
    {
        if (!Boxes.TryGetValue(areaCode, out var b))
        {
            return null;
        }

        string P(double lon, double lat) => "[" + lon.ToString("0.000", CultureInfo.InvariantCulture) + "," + lat.ToString("0.000", CultureInfo.InvariantCulture) + "]";
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + string.Join(",", P(b.West, b.South), P(b.East, b.South), P(b.East, b.North), P(b.West, b.North), P(b.West, b.South)) + "]]}";
    }
}
