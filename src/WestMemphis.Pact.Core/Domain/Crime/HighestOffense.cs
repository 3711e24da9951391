namespace WestMemphis.Pact.Domain.Crime;

/// <summary>An incident's highest offense: the lowest UCR hierarchy rank among its offenses' codes, ties to the first code
/// in ordinal order; offenses without a code (not yet mapped) never win, and an incident with none has no highest.</summary>
public static class HighestOffense
{
    private const int Unranked = 999;

    public static string? Of(IEnumerable<string?> codes, IReadOnlyDictionary<string, int> rank)
    {
        string? best = null;
        var bestRank = Unranked;
        foreach (var code in codes)
        {
            if (code is null)
            {
                continue;
            }

            var r = rank.GetValueOrDefault(code, Unranked);
            if (best is null || r < bestRank || (r == bestRank && string.CompareOrdinal(code, best) < 0))
            {
                best = code;
                bestRank = r;
            }
        }

        return best;
    }
}
