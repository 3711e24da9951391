namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// One string per distinct value of a column that repeats (offense descriptions, codes, beats, flags), looked up by the
/// characters read from the file, so a million rows share a few hundred strings instead of allocating one per row and
/// keeping it until the chunk is written. Bounded: past <see cref="MaxEntries"/> distinct values it only makes strings.
/// Not thread-safe (one reader thread uses it).
/// </summary>
internal sealed class StringPool
{
    public const int MaxEntries = 20_000;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (_bySpan.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(made);
        }

        return made;
    }
}
