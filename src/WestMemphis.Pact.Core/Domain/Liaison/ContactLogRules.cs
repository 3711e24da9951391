namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>The rules a logged contact must meet, wherever it is saved from.</summary>
public static class ContactLogRules
{
    /// <summary>Phones' clocks drift; a visit up to this far ahead of the server clock still counts as "now".</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static string? CheckWhen(DateTime whenUtc, DateTime nowUtc) =>
        whenUtc > nowUtc + ClockSkew ? "A visit cannot be in the future. Log it after it happens." :
        whenUtc < nowUtc.AddYears(-2) ? "That is more than two years ago. Check the date." : null;

    public static string? CheckFollowUpDue(DateOnly visitDay, DateOnly? due) =>
        due is { } d && d < visitDay ? "The follow-up cannot be due before the visit." :
        due is { } e && e > visitDay.AddYears(2) ? "Choose a due date within two years." : null;

    /// <summary>
    /// The area a contact belongs to: the one staff chose, else the congregation's, else the partner's, else the
    /// area the officer was assigned to on the day of the visit (<paramref name="officersArea"/>).
    /// </summary>
    public static int? AreaOf(int? chosen, int? congregationsArea, int? partnersArea, int? officersArea) =>
        chosen ?? congregationsArea ?? partnersArea ?? officersArea;

    /// <summary>
    /// The directory entries a typed name means: those whose name equals it (ignoring case), else those whose name
    /// contains it. One is the match; several are listed back to the officer; none is refused.
    /// </summary>
    public static IReadOnlyList<T> MatchName<T>(IEnumerable<T> entries, Func<T, string> name, string typed)
    {
        ArgumentNullException.ThrowIfNull(name);
        var list = entries.ToList();
        var text = typed.Trim();
        var exact = list.Where(e => string.Equals(name(e), text, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count > 0 || text.Length == 0 ? exact : list.Where(e => name(e).Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>"A, B, C and 2 more": the names several matches are listed by.</summary>
    public static string ListNames(IEnumerable<string> names, int max = 5)
    {
        var all = names.ToList();
        var shown = string.Join(", ", all.Take(max));
        return all.Count > max ? $"{shown} and {all.Count - max} more" : shown;
    }

    /// <summary>The day of the visit in West Memphis, the day whose assignment decides the officer's area.</summary>
    public static DateOnly VisitDay(DateTime whenUtc) => CentralTimeZone.DayOf(whenUtc);
}
