namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// A stable 64-bit FNV-1a hash of a row's values, to tell "unchanged" on re-import. Values are hashed as they are
/// (a string's characters, a number's bits), never formatted to text first, and each is followed by a separator so
/// that ("ab", "c") and ("a", "bc") differ; a missing value hashes differently from an empty one.
/// </summary>
internal struct ContentHash()
{
    private const ulong Prime = 1099511628211UL;
    private ulong _hash = 14695981039346656037UL;

    public readonly long Value => unchecked((long)_hash);

    private void Byte(byte b) => _hash = (_hash ^ b) * Prime;

    private void End() => Byte(0x1F);

    private void Bits(ulong bits)
    {
        for (var i = 0; i < 8; i++)
        {
            Byte((byte)(bits >> (i * 8)));
        }
    }

    public ContentHash Add(string? text)
    {
        if (text is null)
        {
            Byte(0);
        }
        else
        {
            foreach (var ch in text)
            {
                Byte((byte)ch);
                Byte((byte)(ch >> 8));
            }
        }

        End();
        return this;
    }

    public ContentHash Add(long? number)
    {
        if (number is { } n)
        {
            Bits(unchecked((ulong)n));
        }
        else
        {
            Byte(0);
        }

        End();
        return this;
    }

    public ContentHash Add(double? number) => Add(number is { } d ? BitConverter.DoubleToInt64Bits(d) : null);

    public ContentHash Add(bool flag) => Add(flag ? 1L : 0L);
}
