using System.Text;
using System.Text.RegularExpressions;

namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>A named place people use instead of an address ("City Hall", "Wonder Elementary"), with the address or area it stands for.</summary>
public sealed class Landmark
{
    /// <summary>The name as people say it; matching ignores case, punctuation and a leading "the".</summary>
    public string Name { get; set; } = "";

    /// <summary>Other names for the same place ("city hall", "municipal building").</summary>
    public List<string> OtherNames { get; set; } = [];

    /// <summary>A street address placed by the street ranges, or null when <see cref="AreaCode"/> names the area.</summary>
    public string? Address { get; set; }

    /// <summary>The code of the area the place is in (for example "W3"), used when no address is given or it cannot be placed.</summary>
    public string? AreaCode { get; set; }
}

/// <summary>The "Landmarks" configuration section: the named places the look-up knows.</summary>
public sealed class LandmarkOptions
{
    public const string Section = "Landmarks";

    public List<Landmark> Places { get; set; } = [];
}

/// <summary>Two streets that cross, as typed: "Broadway and Missouri", "Broadway &amp; Missouri St", "Missouri at Broadway", "corner of 7th and Polk".</summary>
public sealed record Intersection(StreetKey First, StreetKey Second);

/// <summary>
/// Reads the ways people name a place other than a street address: an intersection of two streets, or a landmark
/// by name. Free of the database so each rule has a unit test; <see cref="AreaLocator"/> uses it.
/// </summary>
public static partial class PlaceReader
{
    /// <summary>Reads "A and B", "A &amp; B", "A at B", "A / B", "corner of A and B"; null when the text is not two street names.</summary>
    public static Intersection? ReadIntersection(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > AddressNormalizer.MaxLength)
        {
            return null;
        }

        // "Broadway and Missouri, West Memphis": what follows the first comma is the city.
        var comma = input.IndexOf(',', StringComparison.Ordinal);
        var text = (comma > 0 ? input[..comma] : input).Trim();
        text = Lead().Replace(text, "");
        var parts = Joiner().Split(text);
        if (parts.Length != 2 || parts.Any(p => string.IsNullOrWhiteSpace(p) || StartsWithNumber().IsMatch(p.Trim())))
        {
            return null;
        }

        var first = AddressNormalizer.NormalizeStreet(parts[0].Trim());
        var second = AddressNormalizer.NormalizeStreet(parts[1].Trim());
        return first is null || second is null || first.Name == second.Name ? null : new Intersection(first, second);
    }

    /// <summary>
    /// The areas where both streets run: each street's ranges (any house number) give its areas; two streets that
    /// share exactly one area meet there. None shared is no match; several is ambiguous.
    /// </summary>
    public static AreaLocation MatchIntersection(Intersection intersection, IEnumerable<StreetRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(intersection);
        var list = ranges.ToList();
        var first = AreasOf(intersection.First, list);
        var second = AreasOf(intersection.Second, list);
        var shared = first.Intersect(second).Order().ToList();
        return shared.Count switch
        {
            0 => new AreaLocation(AreaLocationOutcome.NoMatch, null, null, [], PlaceKind.Intersection),
            1 => new AreaLocation(AreaLocationOutcome.Found, null, shared[0], shared, PlaceKind.Intersection),
            _ => new AreaLocation(AreaLocationOutcome.Ambiguous, null, null, shared, PlaceKind.Intersection),
        };
    }

    private static HashSet<int> AreasOf(StreetKey street, List<StreetRange> ranges)
    {
        var fits = ranges.Where(r => street.MayBe(r.Key)).ToList();
        // An exact street match wins over a loose one, as for addresses.
        var exact = fits.Where(r => r.Key == street).ToList();
        return (exact.Count > 0 ? exact : fits).Select(r => r.AreaId).ToHashSet();
    }

    /// <summary>The landmark the text names, or null. Matching ignores case, punctuation, spacing and a leading "the" or "near".</summary>
    public static Landmark? FindLandmark(string? input, IEnumerable<Landmark> landmarks)
    {
        var key = LandmarkKey(input);
        if (key.Length == 0)
        {
            return null;
        }

        return landmarks.FirstOrDefault(l => LandmarkKey(l.Name) == key || l.OtherNames.Any(n => LandmarkKey(n) == key));
    }

    /// <summary>"The City Hall, West Memphis" → "CITY HALL".</summary>
    public static string LandmarkKey(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > AddressNormalizer.MaxLength)
        {
            return "";
        }

        var comma = input.IndexOf(',', StringComparison.Ordinal);
        var text = comma > 0 ? input[..comma] : input;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            clean.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : c is '\'' or '.' ? "" : " ");
        }

        var words = clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "THE" or "NEAR" or "AT" or "BY" or "BEHIND")
        {
            words.RemoveAt(0);
        }

        return string.Join(" ", words);
    }

    [GeneratedRegex(@"^\s*(?:(?:at|near)\s+)?(?:the\s+)?(?:(?:corner|intersection|crossing)\s+of\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s*(?:&|/|@)\s*|\s+(?:and|at)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^\d+\s", RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithNumber();
}
