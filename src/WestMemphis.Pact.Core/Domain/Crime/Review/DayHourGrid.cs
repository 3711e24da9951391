namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>
/// Offenses by local day of the week and hour (7 × 24), from counts per UTC hour. Central time is a whole number of
/// hours from UTC, so each UTC hour falls in exactly one local hour, daylight saving included.
/// </summary>
public sealed class DayHourGrid
{
    /// <summary>Monday first, as a working week is read.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Days =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly int[,] _cells = new int[7, 24];

    public int this[DayOfWeek day, int hour] => _cells[(int)day, hour];

    public int Max { get; private set; }

    public int Total { get; private set; }

    public int DayTotal(DayOfWeek day) => Enumerable.Range(0, 24).Sum(h => _cells[(int)day, h]);

    public int HourTotal(int hour) => Enumerable.Range(0, 7).Sum(d => _cells[d, hour]);

    public static DayHourGrid From(IEnumerable<(DateTime UtcHour, int Count)> hours, TimeZoneInfo zone)
    {
        var grid = new DayHourGrid();
        foreach (var (utcHour, count) in hours)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcHour, DateTimeKind.Utc), zone);
            grid._cells[(int)local.DayOfWeek, local.Hour] += count;
            grid.Total += count;
        }

        foreach (var day in Days)
        {
            for (var h = 0; h < 24; h++)
            {
                grid.Max = Math.Max(grid.Max, grid[day, h]);
            }
        }

        return grid;
    }
}
