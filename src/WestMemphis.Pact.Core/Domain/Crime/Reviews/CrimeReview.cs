namespace WestMemphis.Pact.Domain.Crime.Reviews;

/// <summary>
/// A CompStat-style review meeting: when, which areas (none: citywide), the period reviewed, who attended, notes, the
/// problems discussed, and the figures shown, kept as JSON exactly as they were (a later import never changes them).
/// </summary>
public class CrimeReview : IVersioned, IAuditedRecord
{
    public int Id { get; set; }

    /// <summary>The meeting's date (Central).</summary>
    public DateOnly MeetingDate { get; set; }

    /// <summary>The last day of the period reviewed (the review's end date).</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The sorted area ids, comma-separated ("" for citywide): meetings "of the same areas" share it.</summary>
    public string AreasKey { get; set; } = "";

    public List<CrimeReviewArea> Areas { get; set; } = [];

    public required string Attendees { get; set; }
    public string? Notes { get; set; }

    /// <summary>Problems discussed, as text (SARA problems live elsewhere).</summary>
    public string? ProblemsDiscussed { get; set; }

    /// <summary>The figures shown at the meeting (<see cref="ReviewSnapshot"/> as JSON).</summary>
    public required string SnapshotJson { get; set; }

    public required string CreatedById { get; set; }
    public ApplicationUser? CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }

    public List<CrimeActionItem> ActionItems { get; set; } = [];

    public Guid Version { get; set; }

    public static string KeyFor(IEnumerable<int> areaIds) =>
        string.Join(',', areaIds.Distinct().Order().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>An area a review meeting covered.</summary>
public class CrimeReviewArea : IAuditedRecord
{
    public int CrimeReviewId { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
}
