using System.Globalization;
using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Domain.Digest;

/// <summary>An area's row of the public crime summary for one closed month, as /crime shows it (withheld cells are null).</summary>
public sealed record DigestCrimeMonth(DateOnly Month, IReadOnlyList<PublicCell> ByCategory, PublicCell Total);

/// <summary>
/// What the weekly area digest says, and how (docs/decisions/0023). Every figure is one the public pages already
/// show, cell for cell: the crime figures are the area's row of the public crime summary (/crime) for the latest closed
/// month and the months before it, and the concerns are the area page's "You said" month. The digest never works a
/// figure out of withheld ones: a comparison is made only when every count it needs is shown. Weekly crime counts are
/// not published (the summary shows closed months only, the latest days withheld), so the digest says the latest
/// published month, not last week.
/// </summary>
public static class AreaDigestRules
{
    /// <summary>How many months before the latest one it is compared with.</summary>
    public const int PriorMonths = 3;

    public const string Withheld = "withheld (a small number, or withheld to protect one)";

    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// The first day of the digest week the local time falls in, or null before the send hour of that first day
    /// (the week's digest is not due yet).
    /// </summary>
    public static DateOnly? DueWeek(DateTime localNow, DayOfWeek day, int hour)
    {
        var today = DateOnly.FromDateTime(localNow);
        var weekOf = today.AddDays(-(((int)today.DayOfWeek - (int)day + 7) % 7));
        return today == weekOf && localNow.Hour < hour ? null : weekOf;
    }

    public static string MonthLabel(DateOnly month) => month.ToString("MMMM yyyy", Us);

    /// <summary>
    /// One sentence per crimes-against category and one for all of them: the latest month's count against the average of
    /// the <see cref="PriorMonths"/> before it, in words. <paramref name="newestFirst"/> holds the latest closed month first.
    /// </summary>
    public static IReadOnlyList<string> CrimeLines(IReadOnlyList<DigestCrimeMonth> newestFirst)
    {
        if (newestFirst.Count == 0)
        {
            return [];
        }

        var latest = newestFirst[0];
        var prior = newestFirst.Skip(1).Take(PriorMonths).ToList();
        var lines = new List<string>();
        for (var c = 0; c < PublicCrimeRules.Columns.Count; c++)
        {
            var column = c;
            lines.Add($"{Label(PublicCrimeRules.Columns[c])}: {Compare(latest.ByCategory[c], prior.Select(p => p.ByCategory[column]).ToList(), latest.Month, prior.Select(p => p.Month).ToList())}");
        }

        lines.Add($"All published offenses: {Compare(latest.Total, prior.Select(p => p.Total).ToList(), latest.Month, prior.Select(p => p.Month).ToList())}");
        return lines;
    }

    /// <summary>A count against the months before it, in words; never a withheld count, nor an average of withheld ones.</summary>
    public static string Compare(PublicCell latest, IReadOnlyList<PublicCell> prior, DateOnly month, IReadOnlyList<DateOnly> priorMonths)
    {
        var label = MonthLabel(month);
        if (latest.Value is not { } now)
        {
            return $"{Withheld} in {label}.";
        }

        var said = $"{Count(now)} in {label}";
        if (prior.Count == 0)
        {
            return said + ".";
        }

        var span = prior.Count == 1 ? MonthLabel(priorMonths[0]) : $"{MonthLabel(priorMonths[^1])} to {MonthLabel(priorMonths[0])}";
        if (prior.Any(p => p.Suppressed))
        {
            return $"{said}; it cannot be compared with {span}, as some of those months' counts are withheld.";
        }

        var average = prior.Average(p => (double)p.Value!.Value);
        var months = prior.Count == 1 ? "the month before" : $"the {prior.Count} months before ({span})";
        var shown = Math.Round(average, MidpointRounding.AwayFromZero).ToString("N0", Us);
        var perMonth = prior.Count == 1 ? $"{shown} in {span}" : $"an average of {shown} a month over {months}";
        return Direction(now, average) switch
        {
            0 when now == 0 && average == 0 => $"{said}, none in {months} either.",
            0 => $"{said}, about the same as {perMonth}.",
            > 0 => $"{said}, more than {perMonth}.",
            _ => $"{said}, fewer than {perMonth}.",
        };
    }

    /// <summary>0 for "about the same" (within one, or a tenth of the average), else the sign of the difference.</summary>
    public static int Direction(int now, double average)
    {
        var difference = now - average;
        return Math.Abs(difference) <= Math.Max(1.0, average / 10) ? 0 : Math.Sign(difference);
    }

    /// <summary>The area page's month of concerns in words: how many were raised, of which kinds, and how many were resolved.</summary>
    public static IReadOnlyList<string> ConcernLines(DateOnly month, IReadOnlyList<(string Category, PublicCell Count)> categories, PublicCell total, PublicCell resolved)
    {
        var label = MonthLabel(month);
        var lines = new List<string>();
        if (total.Value == 0 && categories.Count == 0)
        {
            lines.Add($"No concerns were raised in {label}.");
        }
        else
        {
            lines.Add(total.Value is { } n ? $"Concerns raised in {label}: {Count(n)}." : $"Concerns raised in {label}: {Withheld}.");
            lines.AddRange(categories.Select(c => $"- {c.Category}: {(c.Count.Value is { } v ? Count(v) : Withheld)}"));
        }

        lines.Add(resolved.Value is { } r ? $"Concerns resolved in {label}: {Count(r)}." : $"Concerns resolved in {label}: {Withheld}.");
        return lines;
    }

    public static string Label(CrimesAgainstKind kind) => kind switch
    {
        CrimesAgainstKind.Persons => "Crimes against persons",
        CrimesAgainstKind.Property => "Crimes against property",
        _ => "Crimes against society",
    };

    private static string Count(int n) => n.ToString("N0", Us);
}
