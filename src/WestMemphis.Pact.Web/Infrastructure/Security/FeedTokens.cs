using System.Security.Cryptography;
using System.Text;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Private calendar feed addresses carry a bearer secret. Like any bearer secret it is shown once, when it is
/// made, and only its SHA-256 (hex) is kept, so a reader of the database cannot subscribe to anyone's feed.
/// The secret has 192 random bits, so an unsalted fast hash is enough: there is nothing to guess.
/// </summary>
public static class FeedTokens
{
    /// <summary>A new secret: 48 lowercase hex characters.</summary>
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    /// <summary>What is stored for, and looked up by, a secret: 64 lowercase hex characters.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>Whether a presented value has the shape of a secret (anything else is refused before any lookup).</summary>
    public static bool IsWellFormed(string token) => token.Length == 48 && token.All(char.IsAsciiHexDigitLower);
}
