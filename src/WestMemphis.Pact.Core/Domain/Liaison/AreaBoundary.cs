using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>
/// An area's optional boundary: a GeoJSON Polygon or MultiPolygon (bare, or as a Feature), longitude/latitude.
/// Checked on save so that later point-in-polygon placement (crime data) can rely on it.
/// </summary>
public static class AreaBoundary
{
    public const int MaxLength = 200_000;

    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Null when the text is a usable boundary; otherwise a message saying what is wrong.</summary>
    public static string? Check(string? geoJson) => TryRead(geoJson, out _, out var error) ? null : error;

    public static bool TryRead(string? geoJson, out Geometry? geometry, out string? error)
    {
        geometry = null;
        error = null;
        if (string.IsNullOrWhiteSpace(geoJson))
        {
            return true;
        }

        if (geoJson.Length > MaxLength)
        {
            error = $"The boundary is too long (at most {MaxLength:N0} characters). Simplify the polygon.";
            return false;
        }

        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(geoJson, new JsonDocumentOptions { MaxDepth = 16 });
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            error = "The boundary is not valid JSON. Paste a GeoJSON Polygon, for example {\"type\":\"Polygon\",\"coordinates\":[[[-90.19,35.14],[-90.17,35.14],[-90.17,35.16],[-90.19,35.14]]]}.";
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            error = "The boundary must be a GeoJSON object with a \"type\" of Polygon or MultiPolygon.";
            return false;
        }

        if (type.GetString() == "Feature")
        {
            if (!root.TryGetProperty("geometry", out var inner) || inner.ValueKind != JsonValueKind.Object)
            {
                error = "The Feature has no geometry. It must hold a Polygon or MultiPolygon.";
                return false;
            }

            root = inner;
            type = root.TryGetProperty("type", out var t) ? t : default;
        }

        var kind = type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        if (kind is not ("Polygon" or "MultiPolygon"))
        {
            error = $"The boundary is a {(kind is null ? "shape without a type" : kind)}, not a polygon. An area's boundary must be a Polygon or MultiPolygon.";
            return false;
        }

        if (RingProblem(root, kind) is { } ringError)
        {
            error = ringError;
            return false;
        }

        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(root.GetRawText(), Options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            error = "The polygon could not be read. Check that every position is [longitude, latitude].";
            return false;
        }

        if (geometry is null || geometry.IsEmpty)
        {
            error = "The polygon is empty.";
            return false;
        }

        if (!geometry.IsValid)
        {
            error = "The polygon crosses itself or its rings overlap. Redraw it so its edges do not cross.";
            return false;
        }

        var envelope = geometry.EnvelopeInternal;
        if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
        {
            error = "Positions must be [longitude, latitude] in degrees (longitude -180 to 180, latitude -90 to 90).";
            return false;
        }

        return true;
    }

    /// <summary>Checks each ring's shape by hand so the message can say which rule failed.</summary>
    private static string? RingProblem(JsonElement geometry, string kind)
    {
        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return "The polygon has no coordinates.";
        }

        var polygons = kind == "Polygon" ? [coordinates] : coordinates.EnumerateArray().ToList();
        if (polygons.Count == 0)
        {
            return "The polygon has no coordinates.";
        }

        foreach (var polygon in polygons)
        {
            if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0)
            {
                return "The polygon has no rings.";
            }

            foreach (var ring in polygon.EnumerateArray())
            {
                if (ring.ValueKind != JsonValueKind.Array)
                {
                    return "Each ring must be a list of positions.";
                }

                var points = new List<(double X, double Y)>();
                foreach (var position in ring.EnumerateArray())
                {
                    if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                        || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
                    {
                        return "Each position must be [longitude, latitude] numbers.";
                    }

                    points.Add((position[0].GetDouble(), position[1].GetDouble()));
                }

                if (points.Count < 4)
                {
                    return "A polygon ring needs at least four positions (three corners and the first one again to close it).";
                }

                if (points[0] != points[^1])
                {
                    return "The polygon does not close: its last position must be the same as its first.";
                }
            }
        }

        return null;
    }
}
