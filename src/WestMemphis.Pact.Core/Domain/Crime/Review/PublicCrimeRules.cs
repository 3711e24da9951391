using System.Globalization;
using System.Text.RegularExpressions;

namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>Settings of the public crime summary (configuration section "PublicCrime").</summary>
public sealed class PublicCrimeOptions
{
    public const string Section = "PublicCrime";

    /// <summary>The most recent days never shown in public (still being investigated, easy to tie to a person).</summary>
    public int WithheldDays { get; set; } = 7;

    /// <summary>Counts from 1 up to this minus one are always withheld (with whatever else protects them: <see cref="PublishedTableProtection"/>).</summary>
    public int MinimumCell { get; set; } = 3;

    /// <summary>How many closed months the public page offers.</summary>
    public int Months { get; set; } = 12;
}

/// <summary>
/// The privacy rules of the public crime summary (docs/product.md, "Crime data"), as pure functions:
/// nothing finer than the hundred block; sex offenses (11A–11D, 36A, 36B), human trafficking (64A, 64B) and incidents
/// flagged domestic or juvenile never located at all, not even by area; counts under the minimum withheld, with as many
/// other counts and totals as it takes (<see cref="PublishedTableProtection"/>) so that no withheld count can be worked
/// out, or told to be small, from the rest of the page; the latest days withheld
/// (only whole months that ended before them are shown); an offense type counted only once an admin published it.
/// </summary>
public static partial class PublicCrimeRules
{
    public static readonly IReadOnlySet<string> NeverLocatedCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "11A", "11B", "11C", "11D", "36A", "36B", "64A", "64B" };

    /// <summary>Whether an offense may be tied to any place (area or block) in public.</summary>
    public static bool MayLocate(string? code, bool domestic, bool juvenile) =>
        !domestic && !juvenile && (code is null || !NeverLocatedCodes.Contains(code.Trim()));

    /// <summary>
    /// The most a member of the public may learn of a place: "1500 BLOCK N MISSOURI ST" from any address, house number
    /// rounded down to its hundred; null when the offense may not be located or the address has no house number.
    /// </summary>
    public static string? PublicBlock(string? address, string? code, bool domestic, bool juvenile)
    {
        if (!MayLocate(code, domestic, juvenile) || string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var match = HouseNumber().Match(address.Trim());
        if (!match.Success || !long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var street = Regex.Replace(match.Groups["street"].Value, @"\s+(APT|UNIT|STE|#).*$", "", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Trim();
        return street.Length == 0 ? null : $"{number / 100 * 100} BLOCK {street.ToUpperInvariant()}";
    }

    /// <summary>The last day the public may see: today's date minus the withheld days, and one more for today itself.</summary>
    public static DateOnly LatestPublicDay(DateOnly today, PublicCrimeOptions options) => today.AddDays(-Math.Max(0, options.WithheldDays) - 1);

    /// <summary>Closed calendar months (first days), newest first, that end on or before the latest public day.</summary>
    public static IReadOnlyList<DateOnly> ClosedMonths(DateOnly today, PublicCrimeOptions options)
    {
        var latest = LatestPublicDay(today, options);
        var month = new DateOnly(latest.Year, latest.Month, 1);
        if (month.AddMonths(1).AddDays(-1) > latest)
        {
            month = month.AddMonths(-1);
        }

        return Enumerable.Range(0, Math.Max(1, options.Months)).Select(i => month.AddMonths(-i)).ToList();
    }

    /// <summary>Whether every day of a month is public.</summary>
    public static bool IsClosed(DateOnly monthStart, DateOnly today, PublicCrimeOptions options) =>
        monthStart.AddMonths(1).AddDays(-1) <= LatestPublicDay(today, options);

    public static readonly IReadOnlyList<CrimesAgainstKind> Columns = [CrimesAgainstKind.Persons, CrimesAgainstKind.Property, CrimesAgainstKind.Society];

    public const string NotLocatedLabel = "Not located in an area";

    /// <summary>
    /// The public table for one closed period: a row per area and one for offenses that are not located (sensitive
    /// ones and those outside every area), a column per crimes-against category, row and column totals.
    /// </summary>
    public static PublicCrimeTable Build(IReadOnlyList<(int Id, string Name)> areas, IEnumerable<PublicCount> counts,
        IReadOnlySet<string> publishedCodes, PublicCrimeOptions options)
    {
        var rowIndex = areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var notLocated = areas.Count;
        var values = new int[areas.Count + 1, Columns.Count];
        foreach (var c in counts)
        {
            if (c.Count <= 0 || c.Code is null || !publishedCodes.Contains(c.Code) || c.Against is null)
            {
                continue;
            }

            var row = c.AreaId is { } id && rowIndex.TryGetValue(id, out var r) && MayLocate(c.Code, c.Domestic, c.Juvenile) ? r : notLocated;
            values[row, (int)c.Against.Value] += c.Count;
        }

        var labels = areas.Select(a => a.Name).Append(NotLocatedLabel).ToList();
        return PublicCrimeTable.Suppress(labels, values, options.MinimumCell);
    }

    [GeneratedRegex(@"^(?<n>\d{1,7})[A-Z]?\s+(?<street>.+)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex HouseNumber();
}

/// <summary>Offenses of one code, in one area (null: none), with the incident's domestic and juvenile flags.</summary>
public sealed record PublicCount(int? AreaId, CrimesAgainstKind? Against, string? Code, bool Domestic, bool Juvenile, int Count);

/// <summary>A shown count, or null when withheld (one label for all: a small count and a count withheld to protect it look alike).</summary>
public readonly record struct PublicCell(int? Value)
{
    public bool Suppressed => Value is null;
}

public sealed record PublicCrimeRow(string Label, IReadOnlyList<PublicCell> Cells, PublicCell Total);

/// <summary>The public table after suppression: rows (areas, then "not located"), a totals row, and the threshold used.</summary>
public sealed class PublicCrimeTable
{
    private PublicCrimeTable(IReadOnlyList<PublicCrimeRow> rows, PublicCrimeRow totals, int minimumCell)
    {
        Rows = rows;
        Totals = totals;
        MinimumCell = minimumCell;
    }

    public IReadOnlyList<PublicCrimeRow> Rows { get; }
    public PublicCrimeRow Totals { get; }
    public int MinimumCell { get; }

    /// <summary>
    /// Withholds counts from 1 to <paramref name="minimum"/> − 1 (0 reveals nobody and stays), then as many other counts
    /// and totals as <see cref="PublishedTableProtection"/> needs so that no withheld count can be pinned down, or told to
    /// be small, from what the page shows. Every withheld cell carries the same label, whatever the reason.
    /// </summary>
    /// <summary>
    /// One column of counts (an area's months, the areas of a period) with its total, through <see cref="Suppress"/>:
    /// a count is withheld when its cell or its (equal) row total is. The public results page and the area pages both
    /// read their concern counts through here, so they withhold the same ones.
    /// </summary>
    public static IReadOnlyList<PublicCell> OneColumn(IReadOnlyList<int> counts, int minimum)
    {
        var values = new int[counts.Count, 1];
        for (var i = 0; i < counts.Count; i++)
        {
            values[i, 0] = counts[i];
        }

        var labels = counts.Select((_, i) => i.ToString(CultureInfo.InvariantCulture)).ToList();
        return Suppress(labels, values, minimum).Rows
            .Select(r => r.Cells[0].Suppressed || r.Total.Suppressed ? new PublicCell(null) : r.Cells[0]).ToList();
    }

    public static PublicCrimeTable Suppress(IReadOnlyList<string> labels, int[,] values, int minimum)
    {
        var rows = values.GetLength(0);
        var cols = values.GetLength(1);
        // The grid with margins: [rows, *] is the totals row, [*, cols] the totals column.
        var grid = new int[rows + 1, cols + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                grid[r, c] = values[r, c];
                grid[r, cols] += values[r, c];
                grid[rows, c] += values[r, c];
                grid[rows, cols] += values[r, c];
            }
        }

        var hidden = PublishedTableProtection.Protect(grid, minimum);
        PublicCell Cell(int r, int c) => new(hidden[r, c] ? null : grid[r, c]);
        PublicCrimeRow Row(int r, string label) => new(label, Enumerable.Range(0, cols).Select(c => Cell(r, c)).ToList(), Cell(r, cols));
        return new PublicCrimeTable(Enumerable.Range(0, rows).Select(r => Row(r, labels[r])).ToList(), Row(rows, "All areas"), minimum);
    }
}
