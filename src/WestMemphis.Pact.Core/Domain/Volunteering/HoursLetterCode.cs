using System.Security.Cryptography;
using System.Text;

namespace WestMemphis.Pact.Domain;

/// <summary>
/// A letter's verification code: "PACT-7KQ4-M2XD-9HTR". Twelve characters from 32 that cannot be mistaken for one
/// another (no 0, O, 1 or I), so 60 random bits from <see cref="RandomNumberGenerator"/>: too many to guess even
/// without the rate limit on /verify. Read back case-insensitively, with or without the PACT prefix, spaces or dashes.
/// </summary>
public static class HoursLetterCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const string Prefix = "PACT";

    /// <summary>Characters of the stored (normalised) code.</summary>
    public const int Length = 12;

    /// <summary>The most characters a typed code may have (the printed form, with some room for spaces).</summary>
    public const int MaxTypedLength = 40;

    /// <summary>A new code, normalised (as stored).</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// The stored form of a typed code, or null when it cannot be one: upper case, without spaces, dashes or the
    /// PACT prefix, exactly <see cref="Length"/> characters of the <see cref="Alphabet"/>.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > MaxTypedLength)
        {
            return null;
        }

        var kept = new StringBuilder(typed.Length);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–' or '—' or '_')
            {
                continue;
            }

            kept.Append(char.ToUpperInvariant(c));
        }

        var code = kept.ToString();
        if (code.Length == Prefix.Length + Length && code.StartsWith(Prefix, StringComparison.Ordinal))
        {
            code = code[Prefix.Length..];
        }

        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    /// <summary>The printed form of a stored code: "PACT-7KQ4-M2XD-9HTR".</summary>
    public static string Format(string code) =>
        code.Length == Length ? $"{Prefix}-{code[..4]}-{code[4..8]}-{code[8..]}" : code;
}
