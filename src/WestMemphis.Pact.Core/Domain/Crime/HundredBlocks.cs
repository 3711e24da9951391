using System.Globalization;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// The public-safe form of an address: the house number's last two digits hidden ("1523 N Missouri St" → "15XX N MISSOURI ST",
/// "23 E Broadway" → "0XX E BROADWAY"). An address that is already a block ("015XX N STATE ST", "5XX BLOCK OF PINE ST") or has
/// no house number (an intersection) is kept, upper case; unit numbers are dropped.
/// </summary>
public static class HundredBlocks
{
    /// <summary>The hundred block of an address, at most <see cref="CrimeLimits.Address"/> characters like its column.</summary>
    public static string? From(string? address) =>
        Unclipped(address) is { Length: > CrimeLimits.Address } block ? block[..CrimeLimits.Address] : Unclipped(address);

    // Can be longer than the address it came from: "1 X…" becomes "0XX X…".
    private static string? Unclipped(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var text = address.Trim().ToUpperInvariant();
        if (text.Length > CrimeLimits.Address)
        {
            text = text[..CrimeLimits.Address];
        }

        var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
        var first = firstSpace > 0 ? text[..firstSpace] : text;
        if (first.Contains("XX", StringComparison.Ordinal))
        {
            // Chicago writes "015XX"; drop the padding but keep "0XX" for the first block.
            var trimmed = first.TrimStart('0');
            return (trimmed.StartsWith('X') ? "0" + trimmed : trimmed) + text[first.Length..];
        }

        var normalized = AddressNormalizer.Normalize(text);
        if (normalized?.HouseNumber is not { } number)
        {
            // No house number: an intersection or a bare street. Nothing finer than the street is in it, but a leading
            // number we could not read would be; keep only what follows it.
            return first.Any(char.IsDigit) && firstSpace > 0 ? text[(firstSpace + 1)..] : text;
        }

        return (number / 100).ToString(CultureInfo.InvariantCulture) + "XX " + normalized.Street;
    }
}
