namespace WestMemphis.Pact.Text;

/// <summary>
/// A label (written to stand alone, "Rusty the Crime Dog visit", "PJA coordination", "Part I violent") used inside a
/// sentence: its first letter is lowered only where a person would lower it, so names and acronyms keep their capitals
/// ("a Rusty the Crime Dog visit", "PJA coordination", "part I violent"), never "a rusty the crime dog visit".
/// </summary>
public static class Sentence
{
    // Words that are names wherever they stand.
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Rusty", "National", "West", "Memphis", "Arkansas", "Crittenden", "PACT", "NIBRS", "CompStat",
    };

    /// <summary>The label as it reads inside a sentence.</summary>
    public static string Inside(string label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return label;
        }

        var end = label.IndexOf(' ', StringComparison.Ordinal);
        var first = end < 0 ? label : label[..end];
        var isName = Names.Contains(first);
        var isAcronym = first.Length > 1 && first.Skip(1).Any(char.IsUpper);
        return isName || isAcronym || !char.IsUpper(first[0]) ? label : char.ToLowerInvariant(label[0]) + label[1..];
    }
}
