namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>
/// The one rule for every published table of counts (the public crime summary today, any area page, CSV or JSON of it
/// tomorrow): which cells to withhold so that a reader who knows everything the page shows and says cannot work out a
/// small count.
/// <para>
/// What the page tells a reader, and so what is modelled: every shown count exactly; every row and column total that is
/// shown; that a 0 is always shown (so a withheld count is at least 1); that counts from 1 to minimum − 1 are always
/// withheld, and that other counts may be withheld too, all under the one label "withheld" (so a withheld cell says nothing
/// more about its own size). The reader's possible tables are then the non-negative integer tables that add up, with each
/// withheld count ≥ 1.
/// </para>
/// <para>
/// The audit is exact. A table with its margins is a circulation on a bipartite graph (a node per row and per column, an
/// edge per cell: column → row for a body cell, row → totals column for a row total, totals column → totals row for the
/// grand total, totals row → column for a column total), and its constraint matrix is totally unimodular, so the values
/// one withheld cell can take form a whole range of integers. How far a cell can rise is the maximum flow from its head
/// back to its tail through the other withheld cells (forward without limit, backward down to 1); how far it can fall,
/// the flow the other way, capped at its own value − 1. Only small limits are needed (rises of up to minimum − 1 and
/// falls of 1), so each check is at most a few breadth-first searches.
/// </para>
/// A cell is safe when it cannot be pinned to one value and, when it is a small count, when it could also be
/// minimum or more. Unsafe cells get more neighbours withheld until every withheld cell is safe; withholding every
/// non-zero cell is always safe (each lies on a cycle of withheld cells that can rise without end), which is also the
/// answer for a table too large to audit.
/// </summary>
public static class PublishedTableProtection
{
    /// <summary>Beyond this many cells (margins included) every non-zero count is withheld rather than audited.</summary>
    public const int MaxAuditedCells = 4_000;

    /// <summary>
    /// Which cells of <paramref name="grid"/> to withhold. The grid carries its margins: the last row holds the column
    /// totals, the last column the row totals, the corner the grand total; they must add up.
    /// <paramref name="alsoWithhold"/> marks cells another published table already withholds (a page that repeats some
    /// of another page's counts must not show what that page hides): they start withheld, and get protected like the rest.
    /// </summary>
    public static bool[,] Protect(int[,] grid, int minimum, bool[,]? alsoWithhold = null)
    {
        var rows = grid.GetLength(0);
        var cols = grid.GetLength(1);
        var hidden = new bool[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (grid[r, c] < 0)
                {
                    throw new ArgumentException("Counts cannot be negative.", nameof(grid));
                }

                hidden[r, c] = grid[r, c] > 0 && (grid[r, c] < minimum || alsoWithhold?[r, c] == true);
            }
        }

        if (rows * cols > MaxAuditedCells)
        {
            return WithholdAllNonZero(grid);
        }

        var graph = new Circulation(grid);
        for (var step = 0; step <= rows * cols; step++)
        {
            var weak = FirstUnsafe(graph, grid, hidden, minimum);
            if (weak is not { } cell)
            {
                return hidden;
            }

            // Cells in the weak cell's row or column first, then the rest; the first whose withholding makes the weak
            // cell safe, else the first of its row or column (a later round finds what else it needs).
            var sameLine = Candidates(grid, hidden, cell, sameLine: true);
            var candidates = sameLine.Concat(Candidates(grid, hidden, cell, sameLine: false).Except(sameLine)).ToList();
            if (candidates.Count == 0)
            {
                break;
            }

            var pick = sameLine.Count > 0 ? sameLine[0] : candidates[0];
            foreach (var candidate in candidates)
            {
                hidden[candidate.R, candidate.C] = true;
                var fixes = IsSafe(graph, grid, hidden, cell.R, cell.C, minimum);
                hidden[candidate.R, candidate.C] = false;
                if (fixes)
                {
                    pick = candidate;
                    break;
                }
            }

            hidden[pick.R, pick.C] = true;
        }

        return WithholdAllNonZero(grid);
    }

    /// <summary>The withheld cells a reader could pin to one value, or show to be a small count (empty: the table is safe).</summary>
    public static IReadOnlyList<(int Row, int Col)> UnsafeCells(int[,] grid, bool[,] hidden, int minimum)
    {
        var graph = new Circulation(grid);
        var found = new List<(int, int)>();
        for (var r = 0; r < grid.GetLength(0); r++)
        {
            for (var c = 0; c < grid.GetLength(1); c++)
            {
                if (hidden[r, c] && !IsSafe(graph, grid, hidden, r, c, minimum))
                {
                    found.Add((r, c));
                }
            }
        }

        return found;
    }

    private static (int R, int C)? FirstUnsafe(Circulation graph, int[,] grid, bool[,] hidden, int minimum)
    {
        for (var r = 0; r < grid.GetLength(0); r++)
        {
            for (var c = 0; c < grid.GetLength(1); c++)
            {
                if (hidden[r, c] && !IsSafe(graph, grid, hidden, r, c, minimum))
                {
                    return (r, c);
                }
            }
        }

        return null;
    }

    private static bool IsSafe(Circulation graph, int[,] grid, bool[,] hidden, int r, int c, int minimum)
    {
        var value = grid[r, c];
        var neededRise = value < minimum ? minimum - value : 1;
        var rise = graph.Rise(hidden, r, c, neededRise);
        if (rise >= neededRise)
        {
            return true; // it could be another value, and a large one
        }

        if (value < minimum)
        {
            return false; // a small count the reader could tell is small
        }

        return rise > 0 || graph.Fall(hidden, r, c, 1) > 0;
    }

    /// <summary>Shown non-zero cells that could cover <paramref name="cell"/>: body cells before totals, smallest first.</summary>
    private static List<(int R, int C)> Candidates(int[,] grid, bool[,] hidden, (int R, int C) cell, bool sameLine)
    {
        var rows = grid.GetLength(0);
        var cols = grid.GetLength(1);
        var list = new List<(int R, int C)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (!hidden[r, c] && grid[r, c] > 0 && (!sameLine || r == cell.R || c == cell.C))
                {
                    list.Add((r, c));
                }
            }
        }

        return list.OrderBy(p => p.R == rows - 1 || p.C == cols - 1 ? 1 : 0).ThenBy(p => grid[p.R, p.C]).ThenBy(p => p.R).ThenBy(p => p.C).ToList();
    }

    private static bool[,] WithholdAllNonZero(int[,] grid)
    {
        var hidden = new bool[grid.GetLength(0), grid.GetLength(1)];
        for (var r = 0; r < grid.GetLength(0); r++)
        {
            for (var c = 0; c < grid.GetLength(1); c++)
            {
                hidden[r, c] = grid[r, c] > 0;
            }
        }

        return hidden;
    }

    /// <summary>The table as a circulation: rows then columns as nodes, each cell an edge carrying its count.</summary>
    private sealed class Circulation(int[,] grid)
    {
        private readonly int _rows = grid.GetLength(0);
        private readonly int _cols = grid.GetLength(1);
        private int Nodes => _rows + _cols;

        /// <summary>Row nodes are 0.._rows−1 (the last is the totals row); column nodes follow.</summary>
        private (int From, int To) Edge(int r, int c)
        {
            int Row(int x) => x;
            int Col(int x) => _rows + x;
            var totalsRow = r == _rows - 1;
            var totalsCol = c == _cols - 1;
            return (totalsRow, totalsCol) switch
            {
                (false, false) => (Col(c), Row(r)),
                (false, true) => (Row(r), Col(c)),
                (true, false) => (Row(r), Col(c)),
                (true, true) => (Col(c), Row(r)),
            };
        }

        /// <summary>How far cell (r, c) can rise, up to <paramref name="limit"/>, with every shown cell fixed.</summary>
        public int Rise(bool[,] hidden, int r, int c, int limit)
        {
            var (from, to) = Edge(r, c);
            return MaxFlow(Residual(hidden, r, c), to, from, limit);
        }

        /// <summary>How far cell (r, c) can fall, up to <paramref name="limit"/>, staying at least 1.</summary>
        public int Fall(bool[,] hidden, int r, int c, int limit)
        {
            var (from, to) = Edge(r, c);
            return MaxFlow(Residual(hidden, r, c), from, to, Math.Min(limit, grid[r, c] - 1));
        }

        /// <summary>Residual capacities of the withheld cells other than (skipR, skipC): forward unlimited, backward to 1.</summary>
        private long[,] Residual(bool[,] hidden, int skipR, int skipC)
        {
            var capacity = new long[Nodes, Nodes];
            for (var r = 0; r < _rows; r++)
            {
                for (var c = 0; c < _cols; c++)
                {
                    if (!hidden[r, c] || (r == skipR && c == skipC))
                    {
                        continue;
                    }

                    var (from, to) = Edge(r, c);
                    capacity[from, to] += int.MaxValue;
                    capacity[to, from] += Math.Max(0, grid[r, c] - 1);
                }
            }

            return capacity;
        }

        private int MaxFlow(long[,] capacity, int source, int sink, int limit)
        {
            var flow = 0;
            var parent = new int[Nodes];
            var queue = new Queue<int>();
            while (flow < limit)
            {
                Array.Fill(parent, -1);
                parent[source] = source;
                queue.Clear();
                queue.Enqueue(source);
                while (queue.Count > 0 && parent[sink] < 0)
                {
                    var u = queue.Dequeue();
                    for (var v = 0; v < Nodes; v++)
                    {
                        if (parent[v] < 0 && capacity[u, v] > 0)
                        {
                            parent[v] = u;
                            queue.Enqueue(v);
                        }
                    }
                }

                if (parent[sink] < 0)
                {
                    break;
                }

                var push = (long)(limit - flow);
                for (var v = sink; v != source; v = parent[v])
                {
                    push = Math.Min(push, capacity[parent[v], v]);
                }

                for (var v = sink; v != source; v = parent[v])
                {
                    capacity[parent[v], v] -= push;
                    capacity[v, parent[v]] += push;
                }

                flow += (int)push;
            }

            return flow;
        }
    }
}
