namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>
/// An officer assigned to an area from a date. Ending an assignment sets <see cref="EndDate"/>; the row is
/// never deleted or rewritten otherwise, so the history of who covered an area stays.
/// </summary>
public class LiaisonAssignment : IVersioned
{
    public int Id { get; set; }
    public required string OfficerId { get; set; }
    public ApplicationUser? Officer { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }

    /// <summary>First day (Central time calendar date).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last day, inclusive; null while the assignment is open.</summary>
    public DateOnly? EndDate { get; set; }

    public int WeeklyHours { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedById { get; set; }
    public Guid Version { get; set; }

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    /// <summary>Two date spans (end null = open) share at least one day.</summary>
    public static bool Overlap(DateOnly startA, DateOnly? endA, DateOnly startB, DateOnly? endB) =>
        startA <= (endB ?? DateOnly.MaxValue) && startB <= (endA ?? DateOnly.MaxValue);
}
