namespace WestMemphis.Pact.Domain.Liaison;

public enum HouseNumberParity
{
    Both = 0,
    Odd = 1,
    Even = 2,
}

/// <summary>
/// A block of house numbers on one street that belongs to an area: "100–1999 N Missouri St, both sides".
/// The street is stored as typed (for display) and as its normalised parts (for matching addresses).
/// </summary>
public class StreetRange : IAuditedRecord
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }

    /// <summary>The street as the admin typed it, for example "N. Missouri Street".</summary>
    public required string StreetName { get; set; }

    /// <summary>Normalised directional before the name ("N"), or null.</summary>
    public string? Directional { get; set; }

    /// <summary>Normalised name without directional and suffix ("MISSOURI").</summary>
    public required string NameKey { get; set; }

    /// <summary>Normalised suffix ("ST"), or null.</summary>
    public string? Suffix { get; set; }

    public int FromNumber { get; set; }
    public int ToNumber { get; set; }
    public HouseNumberParity Parity { get; set; }

    public StreetKey Key => new(Directional, NameKey, Suffix);

    public bool Contains(int number) => number >= FromNumber && number <= ToNumber && ParityRules.Fits(Parity, number);
}

/// <summary>A street's normalised identity: directional, name, suffix ("N", "MISSOURI", "ST").</summary>
public sealed record StreetKey(string? Directional, string Name, string? Suffix)
{
    public override string ToString() => string.Join(' ', new[] { Directional, Name, Suffix }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>
    /// Whether an address typed as this key may be on the street <paramref name="street"/>: names equal,
    /// and the directional and suffix equal where the address gives them ("1500 Missouri" may be "N Missouri St").
    /// </summary>
    public bool MayBe(StreetKey street) =>
        Name == street.Name
        && (Directional is null || Directional == street.Directional)
        && (Suffix is null || Suffix == street.Suffix);
}

public static class ParityRules
{
    public static bool Fits(HouseNumberParity parity, int number) => parity switch
    {
        HouseNumberParity.Odd => number % 2 != 0,
        HouseNumberParity.Even => number % 2 == 0,
        _ => true,
    };

    /// <summary>Whether two ranges of the same street share at least one house number.</summary>
    public static bool Overlap(int fromA, int toA, HouseNumberParity parityA, int fromB, int toB, HouseNumberParity parityB)
    {
        var from = Math.Max(fromA, fromB);
        var to = Math.Min(toA, toB);
        if (from > to)
        {
            return false;
        }

        if (parityA != HouseNumberParity.Both && parityB != HouseNumberParity.Both && parityA != parityB)
        {
            return false;
        }

        var parity = parityA != HouseNumberParity.Both ? parityA : parityB;
        // A house number of the right parity exists in [from, to] if the first or the second number fits.
        return ParityRules.Fits(parity, from) || (from + 1 <= to && ParityRules.Fits(parity, from + 1));
    }
}
