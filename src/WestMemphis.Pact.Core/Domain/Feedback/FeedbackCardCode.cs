using System.Security.Cryptography;

namespace WestMemphis.Pact.Domain.Feedback;

/// <summary>
/// A card's public code: eight characters of the letter code's alphabet (<see cref="HoursLetterCode.Alphabet"/>), short
/// enough for a small QR code and to type from the printed address. Guessing one only lets someone answer a survey,
/// which the form's own rate budget limits.
/// </summary>
public static class FeedbackCardCode
{
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(HoursLetterCode.Alphabet, Length);

    public static string? Normalize(string? typed)
    {
        var code = typed?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(c => HoursLetterCode.Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
