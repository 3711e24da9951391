using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.UnitTests;

/// <summary>
/// A determined reader of the public crime table, played by a brute-force solver written here on its own (it shares
/// nothing with <see cref="PublishedTableProtection"/>): every table that agrees with what the page shows and says, and
/// which values each withheld cell takes in them.
/// </summary>
public sealed class PublishedTableDisclosureTests
{
    private static readonly PublicCrimeOptions Options = new();

    [Fact]
    public void One_kidnapping_and_one_counterfeiting_next_to_five_drug_equipment_offenses_cannot_be_worked_out()
    {
        // The reviewer's case: Ward 1, September 2026, read "fewer than 3* | fewer than 3* | 5 | 7".
        (int, string)[] wards = [(1, "Ward 1"), (2, "Ward 2"), (3, "Ward 3"), (4, "Ward 4"), (5, "Ward 5")];
        var table = PublicCrimeRules.Build(wards,
        [
            new PublicCount(1, CrimesAgainstKind.Persons, "100", false, false, 1),
            new PublicCount(1, CrimesAgainstKind.Property, "250", false, false, 1),
            new PublicCount(1, CrimesAgainstKind.Society, "35B", false, false, 5),
        ], new HashSet<string> { "100", "250", "35B" }, Options);

        var truth = new[,]
        {
            { 1, 1, 5, 7 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 1, 1, 5, 7 },
        };
        var page = Page(table);
        AssertShownValuesAreTrue(truth, page);
        var possible = Reader.PossibleValues(page, bound: 5 + 3, truth);
        Assert.Contains(3, possible[(0, 0)]); // the kidnapping could be 3 or more as far as the page tells
        Assert.Contains(3, possible[(0, 1)]);
        AssertSafe(truth, page, possible);
    }

    [Fact]
    public void Random_small_tables_leave_no_withheld_count_pinned_or_known_to_be_small()
    {
        var random = new Random(20_2026);
        for (var n = 0; n < 3_000; n++)
        {
            var rows = random.Next(1, 5);
            var cols = random.Next(1, 4);
            var values = new int[rows, cols];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    var roll = random.NextDouble();
                    values[r, c] = roll < 0.35 ? 0 : roll < 0.75 ? random.Next(1, 3) : random.Next(3, 9);
                }
            }

            var table = PublicCrimeTable.Suppress(Enumerable.Range(0, rows).Select(r => $"Row {r}").ToList(), values, 3);
            var truth = WithMargins(values);
            var page = Page(table);
            AssertShownValuesAreTrue(truth, page);
            AssertSafe(truth, page, Reader.PossibleValues(page, bound: values.Cast<int>().Max() + 3, truth), $"table {n}: {Describe(truth, page)}");
        }
    }

    [Fact]
    public void A_table_too_large_to_audit_withholds_every_non_zero_count()
    {
        var values = new int[PublishedTableProtection.MaxAuditedCells, 1];
        values[0, 0] = 40;
        values[1, 0] = 1;
        var table = PublicCrimeTable.Suppress(Enumerable.Range(0, values.GetLength(0)).Select(r => $"Row {r}").ToList(), values, 3);
        Assert.True(table.Rows[0].Cells[0].Suppressed);
        Assert.True(table.Totals.Total.Suppressed);
        Assert.Equal(0, table.Rows[2].Cells[0].Value);
    }

    /// <summary>What the reader sees: the page's numbers with margins, null where it says "withheld".</summary>
    [Fact]
    public void Cells_another_page_withholds_stay_withheld_and_cannot_be_worked_out_either()
    {
        var random = new Random(23_2026);
        for (var n = 0; n < 1_500; n++)
        {
            var rows = random.Next(1, 5);
            var cols = random.Next(1, 4);
            var values = new int[rows, cols];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    var roll = random.NextDouble();
                    values[r, c] = roll < 0.35 ? 0 : roll < 0.6 ? random.Next(1, 3) : random.Next(3, 9);
                }
            }

            var truth = WithMargins(values);
            var also = new bool[rows + 1, cols + 1];
            also[random.Next(rows + 1), random.Next(cols + 1)] = true;
            var hidden = PublishedTableProtection.Protect(truth, 3, also);
            var page = new int?[rows + 1, cols + 1];
            for (var r = 0; r <= rows; r++)
            {
                for (var c = 0; c <= cols; c++)
                {
                    page[r, c] = hidden[r, c] ? null : truth[r, c];
                    Assert.True(!also[r, c] || truth[r, c] == 0 || hidden[r, c], $"table {n}: ({r}, {c}) was to stay withheld");
                }
            }

            AssertSafe(truth, page, Reader.PossibleValues(page, bound: values.Cast<int>().Max() + 3, truth), $"table {n}: {Describe(truth, page)}");
        }
    }

    private static int?[,] Page(PublicCrimeTable table)
    {
        var rows = table.Rows.Append(table.Totals).ToList();
        var cols = table.Totals.Cells.Count;
        var page = new int?[rows.Count, cols + 1];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                page[r, c] = rows[r].Cells[c].Value;
            }

            page[r, cols] = rows[r].Total.Value;
        }

        return page;
    }

    private static int[,] WithMargins(int[,] values)
    {
        var rows = values.GetLength(0);
        var cols = values.GetLength(1);
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

        return grid;
    }

    private static void AssertShownValuesAreTrue(int[,] truth, int?[,] page)
    {
        for (var r = 0; r < truth.GetLength(0); r++)
        {
            for (var c = 0; c < truth.GetLength(1); c++)
            {
                if (page[r, c] is { } shown)
                {
                    Assert.Equal(truth[r, c], shown);
                    Assert.False(shown is 1 or 2, $"a count of {shown} is shown at ({r}, {c})");
                }
                else
                {
                    Assert.True(truth[r, c] > 0, $"a zero is withheld at ({r}, {c}), but the page says zeros are shown");
                }
            }
        }
    }

    private static void AssertSafe(int[,] truth, int?[,] page, Dictionary<(int, int), SortedSet<int>> possible, string? what = null)
    {
        foreach (var ((r, c), values) in possible)
        {
            var context = $"{what} cell ({r}, {c}) = {truth[r, c]} could be {string.Join(",", values)}";
            Assert.True(values.Contains(truth[r, c]), "the reader's solver lost the truth: " + context);
            Assert.True(values.Count > 1, "pinned: " + context);
            if (truth[r, c] is 1 or 2)
            {
                Assert.True(values.Max >= 3, "known to be small: " + context);
            }
        }

        Assert.Equal(page.Cast<int?>().Count(v => v is null), possible.Count);
    }

    private static string Describe(int[,] truth, int?[,] page) => string.Join(" / ", Enumerable.Range(0, truth.GetLength(0)).Select(r =>
        string.Join(" ", Enumerable.Range(0, truth.GetLength(1)).Select(c => page[r, c] is null ? $"[{truth[r, c]}]" : truth[r, c].ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    /// <summary>
    /// The reader: enumerates the body's withheld cells (each at least 1, at most <c>bound</c>) row by row, derives the
    /// withheld totals, and keeps the tables whose shown totals add up. Limiting the search to a box can only hide
    /// possible values from the reader, never invent them, so a cell this finds two values for really has two (the box is
    /// the largest body count + 3: moving one cell by up to 2 moves no other body cell by more than 2).
    /// </summary>
    private static class Reader
    {
        /// <summary>
        /// Values each withheld cell can take, searched until the cell is shown safe (two values, one of them 3 or more
        /// for a count of 1 or 2) or every value in the box is tried. The true table only orders the search: values next
        /// to the truth first; every value kept comes from a whole table that agrees with the page.
        /// </summary>
        public static Dictionary<(int, int), SortedSet<int>> PossibleValues(int?[,] page, int bound, int[,] truth)
        {
            var possible = new Dictionary<(int, int), SortedSet<int>>();
            for (var r = 0; r < page.GetLength(0); r++)
            {
                for (var c = 0; c < page.GetLength(1); c++)
                {
                    if (page[r, c] is null)
                    {
                        possible[(r, c)] = [];
                    }
                }
            }

            var rows = page.GetLength(0) - 1;
            var cols = page.GetLength(1) - 1;
            foreach (var ((r, c), values) in possible)
            {
                var v = truth[r, c];
                // A total adds up body cells of the box.
                var most = bound * (r == rows ? rows : 1) * (c == cols ? cols : 1);
                foreach (var t in new[] { v, v + 1, v - 1 }.Concat(Enumerable.Range(3, Math.Max(0, most - 2))).Where(t => t >= 1 && t <= most).Distinct())
                {
                    if (values.Contains(v) && values.Count > 1 && (v > 2 || values.Max >= 3))
                    {
                        break;
                    }

                    if (values.Contains(t))
                    {
                        continue;
                    }

                    var assumed = (int?[,])page.Clone();
                    assumed[r, c] = t;
                    if (Solve(assumed, bound) is { } solution)
                    {
                        foreach (var ((hr, hc), set) in possible)
                        {
                            set.Add(solution[hr, hc]);
                        }
                    }
                }
            }

            return possible;
        }

        /// <summary>One full table agreeing with <paramref name="known"/> (null: unknown, at least 1), or null.</summary>
        private static int[,]? Solve(int?[,] known, int bound)
        {
            var rows = known.GetLength(0) - 1;
            var cols = known.GetLength(1) - 1;
            var x = new int[rows + 1, cols + 1];
            var free = new List<(int R, int C)>();
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    if (known[r, c] is { } v)
                    {
                        x[r, c] = v;
                    }
                    else
                    {
                        free.Add((r, c));
                    }
                }
            }

            var rowSum = new int[rows];
            var colSum = new int[cols];
            var rowLeft = new int[rows];
            var colLeft = new int[cols];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    rowSum[r] += x[r, c];
                    colSum[c] += x[r, c];
                }
            }

            foreach (var (r, c) in free)
            {
                rowLeft[r]++;
                colLeft[c]++;
            }

            var grandLeft = free.Count;
            var grand = rowSum.Sum();
            var failed = new HashSet<string>(); // (row, column sums so far) from which no table agrees

            bool Fits(int r, int c, int v)
            {
                if (v < 1 || v > bound)
                {
                    return false;
                }

                static bool Line(int? total, int sum, int left, int v, int bound) =>
                    total is not { } t || (sum + v + (left - 1) <= t && sum + v + (left - 1) * bound >= t);

                return Line(known[r, cols], rowSum[r], rowLeft[r], v, bound) && Line(known[rows, c], colSum[c], colLeft[c], v, bound)
                    && Line(known[rows, cols], grand, grandLeft, v, bound);
            }

            bool Search(int i)
            {
                // At the start of a row, the rows above matter only through the column sums: remember dead ends.
                var rowStart = i == free.Count || i == 0 || free[i - 1].R != free[i].R;
                var key = i == free.Count ? null : free[i].R + ":" + string.Join(",", colSum);
                if (rowStart && key is not null && failed.Contains(key))
                {
                    return false;
                }

                if (i == free.Count)
                {
                    return Complete();
                }

                var (r, c) = free[i];
                foreach (var v in Enumerable.Range(1, bound))
                {
                    if (!Fits(r, c, v))
                    {
                        continue;
                    }

                    x[r, c] = v;
                    rowSum[r] += v;
                    colSum[c] += v;
                    grand += v;
                    rowLeft[r]--;
                    colLeft[c]--;
                    grandLeft--;
                    var found = (rowLeft[r] > 0 || Agrees(known[r, cols], rowSum[r])) && Search(i + 1);
                    rowSum[r] -= v;
                    colSum[c] -= v;
                    grand -= v;
                    rowLeft[r]++;
                    colLeft[c]++;
                    grandLeft++;
                    if (found)
                    {
                        return true;
                    }
                }

                if (rowStart && key is not null)
                {
                    failed.Add(key);
                }

                return false;
            }

            bool Complete()
            {
                for (var r = 0; r < rows; r++)
                {
                    if (!Agrees(known[r, cols], rowSum[r]))
                    {
                        return false;
                    }

                    x[r, cols] = rowSum[r];
                }

                for (var c = 0; c < cols; c++)
                {
                    if (!Agrees(known[rows, c], colSum[c]))
                    {
                        return false;
                    }

                    x[rows, c] = colSum[c];
                }

                x[rows, cols] = grand;
                return Agrees(known[rows, cols], grand);
            }

            // A shown total must match; a withheld one is at least 1, since zeros are shown.
            static bool Agrees(int? shown, int value) => shown is { } s ? s == value : value >= 1;

            return Search(0) ? x : null;
        }
    }
}
