namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// Gives an offense its NIBRS code: the file's own code when it is a known code; else the source's description mapping
/// ("THEFT: RETAIL THEFT", then "THEFT"); else a description that is a NIBRS offense name; else none (imported as
/// unknown and listed for mapping).
/// </summary>
public sealed class OffenseResolver
{
    private readonly Dictionary<string, NibrsOffenseCode> _codes;
    private readonly Dictionary<string, string> _mappings;
    private readonly Dictionary<string, string> _names;

    public OffenseResolver(IEnumerable<NibrsOffenseCode> codes, IEnumerable<(string Source, string Description, string Code)> mappings)
    {
        _codes = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _mappings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mappings)
        {
            _mappings[Key(m.Source, m.Description)] = m.Code;
        }

        _names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in _codes.Values)
        {
            _names.TryAdd(c.Name.ToUpperInvariant(), c.Code);
        }
    }

    private static string Key(string source, string description) => source + "\u001f" + description;

    public NibrsOffenseCode? Code(string? code) => code is not null && _codes.TryGetValue(code, out var c) ? c : null;

    public NibrsOffenseCode? Resolve(string source, CrimeRow row)
    {
        if (Code(row.NibrsCode) is { } direct)
        {
            return direct;
        }

        if (row.SubDescription is not null && _mappings.TryGetValue(Key(source, row.FullDescription), out var full))
        {
            return Code(full);
        }

        if (_mappings.TryGetValue(Key(source, row.Description), out var mapped))
        {
            return Code(mapped);
        }

        return _names.TryGetValue(row.Description, out var byName) ? Code(byName) : null;
    }
}
