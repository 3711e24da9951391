using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>A street address read into its parts, in the normalised form street ranges are stored in.</summary>
public sealed record NormalizedAddress(int? HouseNumber, StreetKey Street, string? Unit)
{
    public override string ToString() => (HouseNumber is { } n ? n.ToString(CultureInfo.InvariantCulture) + " " : "") + Street + (Unit is null ? "" : " #" + Unit);
}

/// <summary>
/// Reads the way people type a West Memphis street address: "1500 N Missouri St", "1500 north missouri street apt 4",
/// "1500 N. Missouri, West Memphis, AR 72301". Each rule is small and has its own unit test:
/// case and punctuation, unit numbers, city/state/ZIP, directionals, street suffixes, ordinal street names.
/// </summary>
public static partial class AddressNormalizer
{
    public const int MaxLength = 200;

    private static readonly Dictionary<string, string> Directionals = new(StringComparer.Ordinal)
    {
        ["NORTH"] = "N",
        ["SOUTH"] = "S",
        ["EAST"] = "E",
        ["WEST"] = "W",
        ["NORTHEAST"] = "NE",
        ["NORTHWEST"] = "NW",
        ["SOUTHEAST"] = "SE",
        ["SOUTHWEST"] = "SW",
        ["N"] = "N",
        ["S"] = "S",
        ["E"] = "E",
        ["W"] = "W",
        ["NE"] = "NE",
        ["NW"] = "NW",
        ["SE"] = "SE",
        ["SW"] = "SW",
    };

    // USPS Publication 28 standard suffix abbreviations for the suffixes found in the city.
    private static readonly Dictionary<string, string> Suffixes = new(StringComparer.Ordinal)
    {
        ["STREET"] = "ST",
        ["ST"] = "ST",
        ["STR"] = "ST",
        ["AVENUE"] = "AVE",
        ["AVE"] = "AVE",
        ["AV"] = "AVE",
        ["BOULEVARD"] = "BLVD",
        ["BLVD"] = "BLVD",
        ["DRIVE"] = "DR",
        ["DR"] = "DR",
        ["ROAD"] = "RD",
        ["RD"] = "RD",
        ["LANE"] = "LN",
        ["LN"] = "LN",
        ["COURT"] = "CT",
        ["CT"] = "CT",
        ["PLACE"] = "PL",
        ["PL"] = "PL",
        ["CIRCLE"] = "CIR",
        ["CIR"] = "CIR",
        ["COVE"] = "CV",
        ["CV"] = "CV",
        ["PARKWAY"] = "PKWY",
        ["PKWY"] = "PKWY",
        ["HIGHWAY"] = "HWY",
        ["HWY"] = "HWY",
        ["TERRACE"] = "TER",
        ["TER"] = "TER",
        ["TRAIL"] = "TRL",
        ["TRL"] = "TRL",
        ["WAY"] = "WAY",
        ["LOOP"] = "LOOP",
        ["SQUARE"] = "SQ",
        ["SQ"] = "SQ",
    };

    private static readonly Dictionary<string, string> Ordinals = new(StringComparer.Ordinal)
    {
        ["FIRST"] = "1ST",
        ["SECOND"] = "2ND",
        ["THIRD"] = "3RD",
        ["FOURTH"] = "4TH",
        ["FIFTH"] = "5TH",
        ["SIXTH"] = "6TH",
        ["SEVENTH"] = "7TH",
        ["EIGHTH"] = "8TH",
        ["NINTH"] = "9TH",
        ["TENTH"] = "10TH",
        ["ELEVENTH"] = "11TH",
        ["TWELFTH"] = "12TH",
        ["THIRTEENTH"] = "13TH",
        ["FOURTEENTH"] = "14TH",
        ["FIFTEENTH"] = "15TH",
    };

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal) { "APT", "APARTMENT", "UNIT", "STE", "SUITE", "LOT", "RM", "ROOM", "BLDG", "BUILDING", "TRLR", "SPC", "SPACE", "FL", "FLOOR" };

    /// <summary>Reads an address; null when there is no street name in it at all.</summary>
    public static NormalizedAddress? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxLength)
        {
            return null;
        }

        var text = DropCityStateZip(input);
        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        int? number = null;
        var first = HouseNumber().Match(tokens[0]);
        if (first.Success && int.TryParse(first.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 999_999)
        {
            number = n;
            tokens.RemoveAt(0);
        }

        var unit = TakeUnit(tokens);
        var street = Street(tokens);
        return street is null ? null : new NormalizedAddress(number, street, unit);
    }

    /// <summary>Reads a street name (no house number), as typed in a street range: "N. Missouri Street" → N MISSOURI ST.</summary>
    public static StreetKey? NormalizeStreet(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxLength)
        {
            return null;
        }

        var tokens = Tokenize(input);
        return Street(tokens);
    }

    private static StreetKey? Street(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        string? directional = null;
        string? suffix = null;
        // A leading directional is a directional only when a name follows it ("100 West St" is West Street).
        if (tokens.Count > 1 && Directionals.TryGetValue(tokens[0], out var pre) && !(tokens.Count == 2 && Suffixes.ContainsKey(tokens[1])))
        {
            directional = pre;
            tokens.RemoveAt(0);
        }

        // A trailing directional ("Missouri St North") counts as the street's directional when none came first.
        if (tokens.Count > 1 && Directionals.TryGetValue(tokens[^1], out var post) && directional is null)
        {
            directional = post;
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (tokens.Count > 1 && Suffixes.TryGetValue(tokens[^1], out var suf))
        {
            suffix = suf;
            tokens.RemoveAt(tokens.Count - 1);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (Ordinals.TryGetValue(tokens[i], out var ordinal))
            {
                tokens[i] = ordinal;
            }
        }

        var name = string.Join(' ', tokens);
        return name.Length == 0 ? null : new StreetKey(directional, name, suffix);
    }

    private static string? TakeUnit(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].StartsWith('#'))
            {
                var value = tokens[i].TrimStart('#');
                var unit = value.Length > 0 ? value : i + 1 < tokens.Count ? tokens[i + 1] : null;
                tokens.RemoveRange(i, tokens.Count - i);
                return unit;
            }

            if (UnitWords.Contains(tokens[i]) && i > 0)
            {
                var unit = i + 1 < tokens.Count ? tokens[i + 1].TrimStart('#') : null;
                tokens.RemoveRange(i, tokens.Count - i);
                return unit;
            }
        }

        return null;
    }

    private static string DropCityStateZip(string input)
    {
        // "1500 N Missouri St, West Memphis, AR 72301": the street is what comes before the first comma.
        var comma = input.IndexOf(',', StringComparison.Ordinal);
        var text = comma > 0 ? input[..comma] : input;
        return CityStateZip().Replace(text, "");
    }

    private static List<string> Tokenize(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c) || c == '#')
            {
                clean.Append(char.ToUpperInvariant(c));
            }
            else if (c is '-' or '/' or '&')
            {
                // "1500-B" keeps its letter with the number; a hyphenated name keeps its parts.
                clean.Append(c == '-' ? '-' : ' ');
            }
            else
            {
                // Periods, commas, quotes and any other mark or space separate words ("N." is "N").
                clean.Append(c is '.' or '\'' ? "" : " ");
            }
        }

        return clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim('-')).Where(t => t.Length > 0).ToList();
    }

    [GeneratedRegex(@"^(\d{1,6})(?:-?[A-Z]|-\d+|[A-Z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"\s+(?:west\s+memphis)?\s*(?:\bar\b|\barkansas\b)?\s*(?:\d{5}(?:-\d{4})?)?\s*$|\s+west\s+memphis\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CityStateZip();
}
