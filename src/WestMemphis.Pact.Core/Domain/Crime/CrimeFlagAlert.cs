using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// One flag of the crime review (an area's category unusually high: <see cref="Comparison.Flagged"/>, last 28 days
/// against the 28 before) that its liaison officers and the coordinators were emailed about. A flag is alerted once:
/// while it stays on, its row stays open; when it clears the row is closed, and a new flag later is a new episode.
/// The unique (area, category, episode) key makes two instances send it once.
/// </summary>
public class CrimeFlagAlert
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
    public ReviewCategory Category { get; set; }

    /// <summary>1 for the area and category's first flag, then one more for each flag after a cleared one.</summary>
    public int Episode { get; set; }

    /// <summary>The review's end day when the flag was first seen, and its counts then.</summary>
    public DateOnly ReviewEnd { get; set; }
    public int Current { get; set; }
    public int Previous { get; set; }

    public DateTime SentUtc { get; set; }

    /// <summary>When the flag was first seen cleared; null while it is on.</summary>
    public DateTime? ClearedUtc { get; set; }
}

/// <summary>An area and category's comparison on this run.</summary>
public sealed record FlagReading(int AreaId, ReviewCategory Category, Comparison Change);

/// <summary>An alert already recorded.</summary>
public sealed record FlagAlertState(int Id, int AreaId, ReviewCategory Category, int Episode, bool Open);

/// <summary>
/// Which flags to alert and which alerts to close: a rise flagged now with no open alert is new (its episode one after
/// the last); an open alert whose flag is gone is closed. Only rises are alerted ("officers hear of a rise first"); a
/// flagged fall closes nothing and opens nothing.
/// </summary>
public static class FlagAlertRules
{
    public static (IReadOnlyList<(FlagReading Reading, int Episode)> New, IReadOnlyList<int> Close) Decide(
        IReadOnlyList<FlagReading> readings, IReadOnlyList<FlagAlertState> alerts)
    {
        var rising = readings.Where(r => r.Change.Flagged && r.Change.Z > 0).ToList();
        var open = alerts.Where(a => a.Open).ToList();
        var fresh = rising
            .Where(r => !open.Any(a => a.AreaId == r.AreaId && a.Category == r.Category))
            .Select(r => (r, alerts.Where(a => a.AreaId == r.AreaId && a.Category == r.Category).Select(a => a.Episode).DefaultIfEmpty(0).Max() + 1))
            .ToList();
        var close = open.Where(a => !rising.Any(r => r.AreaId == a.AreaId && r.Category == a.Category)).Select(a => a.Id).ToList();
        return (fresh, close);
    }
}
