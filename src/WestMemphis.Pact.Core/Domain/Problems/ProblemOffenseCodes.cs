namespace WestMemphis.Pact.Domain.Problems;

/// <summary>The NIBRS codes a problem counts: typed or ticked codes normalised, and the problem's rows made exactly those.</summary>
public static class ProblemOffenseCodes
{
    /// <summary>Trimmed, upper case, blanks dropped, each once, in ordinal order ("23f ", "220", "23F" → "220", "23F").</summary>
    public static List<string> Normalize(IEnumerable<string?> codes) =>
        codes.Select(c => c?.Trim().ToUpperInvariant()).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Makes the problem's offense types exactly <paramref name="codes"/> (normalised), keeping the rows that stay.</summary>
    public static void Apply(Problem problem, IEnumerable<string?> codes)
    {
        var wanted = Normalize(codes);
        problem.OffenseCodes.RemoveAll(c => !wanted.Contains(c.NibrsCode, StringComparer.Ordinal));
        foreach (var code in wanted.Where(code => problem.OffenseCodes.All(c => c.NibrsCode != code)))
        {
            problem.OffenseCodes.Add(new ProblemOffenseCode { NibrsCode = code });
        }
    }
}
