using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;

namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>
/// Charts drawn on the server as SVG markup: no script, no style attributes (the CSP allows neither), colours as SVG
/// presentation attributes, every chart named (role="img", title, desc) and shown beside a table with the same numbers.
/// </summary>
public static class SvgCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string N(double value) => value.ToString("0.#", Inv);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A line chart of this year's weekly counts against the same weeks a year earlier.</summary>
    public static string WeeklyTrend(string id, string title, IReadOnlyList<int> thisYear, IReadOnlyList<int> yearEarlier, IReadOnlyList<DateSpan> weeks)
    {
        const int width = 640, height = 220, left = 40, right = 10, top = 12, bottom = 36;
        var max = Math.Max(1, Math.Max(thisYear.DefaultIfEmpty().Max(), yearEarlier.DefaultIfEmpty().Max()));
        var count = Math.Max(2, thisYear.Count);
        double X(int i) => left + (width - left - right) * (double)i / (count - 1);
        double Y(int v) => top + (height - top - bottom) * (1 - (double)v / max);
        string Points(IReadOnlyList<int> values) => string.Join(' ', values.Select((v, i) => N(X(i)) + "," + N(Y(v))));

        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"chart\" id=\"{E(id)}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{E(id)}-t {E(id)}-d\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(Inv, $"<title id=\"{E(id)}-t\">{E(title)}</title>");
        sb.Append(Inv, $"<desc id=\"{E(id)}-d\">Weekly offenses, last 52 weeks (solid line, total {thisYear.Sum()}) against the same weeks a year earlier (dashed line, total {yearEarlier.Sum()}). The table below gives every week.</desc>");
        // Axes and a few gridlines with their values.
        foreach (var v in new[] { 0, max / 2, max }.Distinct())
        {
            sb.Append(Inv, $"<line x1=\"{left}\" y1=\"{N(Y(v))}\" x2=\"{width - right}\" y2=\"{N(Y(v))}\" stroke=\"#c8ccd4\" stroke-width=\"1\"/>");
            sb.Append(Inv, $"<text x=\"{left - 6}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1f2a3c\">{v}</text>");
        }

        if (weeks.Count > 0)
        {
            foreach (var i in new[] { 0, weeks.Count / 2, weeks.Count - 1 }.Distinct())
            {
                sb.Append(Inv, $"<text x=\"{N(X(i))}\" y=\"{height - 14}\" text-anchor=\"{(i == 0 ? "start" : i == weeks.Count - 1 ? "end" : "middle")}\" font-size=\"12\" fill=\"#1f2a3c\">{weeks[i].End.ToString("MMM d, yyyy", Inv)}</text>");
            }
        }

        sb.Append(Inv, $"<polyline points=\"{Points(yearEarlier)}\" fill=\"none\" stroke=\"#6b7280\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        sb.Append(Inv, $"<polyline points=\"{Points(thisYear)}\" fill=\"none\" stroke=\"#12284c\" stroke-width=\"2.5\"/>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>How an area's change is shaded on the map.</summary>
    public enum Shade
    {
        NoData,
        MuchLower,
        Lower,
        Level,
        Higher,
        MuchHigher,
    }

    /// <summary>Flagged changes (|z| ≥ 3) get the strong shades.</summary>
    public static Shade ShadeFor(Comparison comparison) => comparison switch
    {
        { Current: 0, Previous: 0 } => Shade.Level,
        { Flagged: true, Change: > 0 } => Shade.MuchHigher,
        { Flagged: true, Change: < 0 } => Shade.MuchLower,
        { Change: > 0 } => Shade.Higher,
        { Change: < 0 } => Shade.Lower,
        _ => Shade.Level,
    };

    public static string ShadeLabel(Shade shade) => shade switch
    {
        Shade.MuchHigher => "Much higher (|z| ≥ 3)",
        Shade.Higher => "Higher",
        Shade.Level => "No change",
        Shade.Lower => "Lower",
        Shade.MuchLower => "Much lower (|z| ≥ 3)",
        _ => "No boundary data",
    };

    /// <summary>Fill colours: a diverging palette readable in grey (print) with the labels on the map legend.</summary>
    public static string ShadeColor(Shade shade) => shade switch
    {
        Shade.MuchHigher => "#b2182b",
        Shade.Higher => "#ef8a62",
        Shade.Level => "#f7f7f7",
        Shade.Lower => "#67a9cf",
        Shade.MuchLower => "#2166ac",
        _ => "#dddddd",
    };

    /// <summary>One area to draw: its boundary (may be null), its change, and where its name links.</summary>
    public sealed record MapArea(string Name, Geometry? Boundary, Comparison Change, string? Href);

    /// <summary>
    /// A map of the areas' boundaries (longitude/latitude, drawn with the latitude's cosine so shapes keep their
    /// proportions), each shaded by its change and linked to its review; areas without a boundary are listed in the table.
    /// </summary>
    public static string AreaMap(string id, string title, IReadOnlyList<MapArea> areas)
    {
        const int width = 640, height = 420, pad = 10;
        var drawn = areas.Where(a => a.Boundary is { IsEmpty: false }).ToList();
        var sb = new StringBuilder();
        // role="group", not "img": the areas are links, and an image's content is presentational (axe: nested-interactive).
        sb.Append(Inv, $"<svg class=\"chart area-map\" id=\"{E(id)}\" viewBox=\"0 0 {width} {height}\" role=\"group\" aria-labelledby=\"{E(id)}-t {E(id)}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(Inv, $"<title id=\"{E(id)}-t\">{E(title)}</title>");
        sb.Append(Inv, $"<desc id=\"{E(id)}-d\">{E(string.Join("; ", areas.Select(a => $"{a.Name}: {ShadeLabel(a.Boundary is null ? Shade.NoData : ShadeFor(a.Change))}, {a.Change.Current} against {a.Change.Previous}")))}.</desc>");
        if (drawn.Count == 0)
        {
            sb.Append(Inv, $"<text x=\"{width / 2}\" y=\"{height / 2}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#1f2a3c\">No area has a boundary yet.</text></svg>");
            return sb.ToString();
        }

        var envelope = new Envelope();
        foreach (var a in drawn)
        {
            envelope.ExpandToInclude(a.Boundary!.EnvelopeInternal);
        }

        var cos = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var spanX = Math.Max(1e-9, envelope.Width * cos);
        var spanY = Math.Max(1e-9, envelope.Height);
        var scale = Math.Min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
        var offsetX = (width - spanX * scale) / 2;
        var offsetY = (height - spanY * scale) / 2;
        string Pt(Coordinate c) => N((c.X - envelope.MinX) * cos * scale + offsetX) + "," + N((envelope.MaxY - c.Y) * scale + offsetY);

        foreach (var a in drawn)
        {
            var shade = ShadeFor(a.Change);
            var path = new StringBuilder();
            foreach (var polygon in Polygons(a.Boundary!))
            {
                foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                {
                    path.Append('M').Append(string.Join(" L", ring.Coordinates.Select(Pt))).Append(" Z ");
                }
            }

            var label = $"{a.Name}: {a.Change.Current} against {a.Change.Previous} ({a.Change.PercentText}, z {a.Change.ZText})";
            var shape = $"<path d=\"{path.ToString().Trim()}\" fill=\"{ShadeColor(shade)}\" fill-rule=\"evenodd\" stroke=\"#12284c\" stroke-width=\"1.5\"><title>{E(label)}</title></path>";
            sb.Append(a.Href is null ? shape : $"<a href=\"{E(a.Href)}\" aria-label=\"{E(label)}\">{shape}</a>");
            var centre = a.Boundary!.InteriorPoint.Coordinate;
            var xy = Pt(centre).Split(',');
            sb.Append(Inv, $"<text x=\"{xy[0]}\" y=\"{xy[1]}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#000000\" aria-hidden=\"true\">{E(a.Name)}</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static IEnumerable<Polygon> Polygons(Geometry geometry) => geometry switch
    {
        Polygon p => [p],
        MultiPolygon m => m.Geometries.OfType<Polygon>(),
        GeometryCollection g => g.Geometries.SelectMany(Polygons),
        _ => [],
    };
}
