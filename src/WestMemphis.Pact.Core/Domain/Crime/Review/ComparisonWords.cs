using System.Globalization;

namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>
/// A comparison said in words for the phone layout of the review and the flag badges: "up 40% — 14 vs 10",
/// "unusually high, z = 3.1". Only |z| ≥ 3 is called unusual, as only that is flagged.
/// </summary>
public static class ComparisonWords
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Change(Comparison c)
    {
        var counts = $"{c.Current.ToString(Inv)} vs {c.Previous.ToString(Inv)}";
        if (c.Change == 0)
        {
            return $"no change — {counts}";
        }

        var direction = c.Change > 0 ? "up" : "down";
        return c.PercentChange is { } p
            ? $"{direction} {Math.Abs(p).ToString("0.#", Inv)}% — {counts}"
            : $"{direction} from none — {counts}";
    }

    public static string Z(Comparison c)
    {
        var z = $"z = {c.Z.ToString("0.0;−0.0;0.0", Inv)}";
        if (!c.Flagged)
        {
            return $"within the usual range, {z}";
        }

        return c.Z > 0 ? $"unusually high, {z}" : $"unusually low, {z}";
    }

    /// <summary>The words of a flag badge; null when the change is not flagged.</summary>
    public static string? Flag(Comparison c) => !c.Flagged ? null : c.Z > 0 ? "Flagged up: unusually high" : "Flagged down: unusually low";
}
