using Microsoft.AspNetCore.Http;

namespace WestMemphis.Pact.Text;

/// <summary>Query strings for links, built with <see cref="QueryString.Create(IEnumerable{KeyValuePair{string, string}})"/> so every value is encoded.</summary>
public static class QueryLinks
{
    /// <summary>"?a=1&amp;b=2" from the pairs that have a value, or "" when none has.</summary>
    public static string Build(params (string Key, string? Value)[] parts) =>
        QueryString.Create(parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => KeyValuePair.Create(p.Key, p.Value))).ToString();
}
