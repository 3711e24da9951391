using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// An authenticator app for tests: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits) from the base32 key the
/// portal shows. Keys of the staff accounts that tests create are remembered by email.
/// </summary>
public static class Totp
{
    public static readonly ConcurrentDictionary<string, string> KeysByEmail = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, long> LastStepByKey = new(StringComparer.Ordinal);

    /// <summary>
    /// A code the portal has not accepted before, as a person signing in again gets from their app: the portal
    /// takes each time step once, so tests that sign the same person in several times within 30 seconds use
    /// the following steps (inside the two steps of drift the portal allows), and wait for the clock only
    /// when those are used up too.
    /// </summary>
    public static string NextCode(string base32Key)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var last = LastStepByKey.GetOrAdd(base32Key, long.MinValue);
            // Never an older step than now: on a loaded machine the code may reach the portal a step later.
            var step = Math.Max(last == long.MinValue ? now : last + 1, now);
            if (step > now + 2)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(250)); // until the clock reaches the next step
                continue;
            }

            if (LastStepByKey.TryUpdate(base32Key, step, last))
            {
                return Code(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
            }
        }
    }

    public static string Code(string base32Key, DateTimeOffset? at = null)
    {
        var key = Base32Decode(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var counter = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in input.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
