using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WestMemphis.Pact.Domain;

/// <summary>
/// The version of a record that has no <see cref="IVersioned.Version"/> column, taken from the values a form edits: a form
/// carries the version it was read at, and a post whose version no longer matches the record is refused, so a change
/// made meanwhile is never overwritten unseen. A short hash, so the page shows no values of its own (ADR 0029).
/// </summary>
public static class StateVersion
{
    public static string Of(params object?[] values)
    {
        var text = string.Join('|', values.Select(v => v switch
        {
            null => "-",
            DateTime d => d.Ticks.ToString(CultureInfo.InvariantCulture),
            double x => x.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }
}
