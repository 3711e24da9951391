using System.Linq.Expressions;

namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>
/// An officer assigned to an area from a date. Ending an assignment sets <see cref="EndDate"/>; the row is
/// never deleted or rewritten otherwise, so the history of who covered an area stays.
/// </summary>
public class LiaisonAssignment : IVersioned, IAuditedRecord
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

    /// <summary>The one definition of "covers that day", written once as an expression: EF translates it, and the instance check runs it compiled.</summary>
    private static readonly Expression<Func<LiaisonAssignment, DateOnly, bool>> Covers = (a, day) => a.StartDate <= day && (a.EndDate == null || a.EndDate >= day);

    private static readonly Func<LiaisonAssignment, DateOnly, bool> CoversCompiled = Covers.Compile();

    /// <summary>
    /// Assignments current on <paramref name="day"/> (started, not yet ended; the end day is included), for
    /// <c>Where</c> in a query. The day becomes a query parameter, not a constant.
    /// </summary>
    public static Expression<Func<LiaisonAssignment, bool>> CurrentOn(DateOnly day)
    {
        var dayParameter = Covers.Parameters[1];
        var value = Expression.Property(Expression.Constant(new DayBox(day)), nameof(DayBox.Day));
        var body = new ReplaceParameter(dayParameter, value).Visit(Covers.Body);
        return Expression.Lambda<Func<LiaisonAssignment, bool>>(body, Covers.Parameters[0]);
    }

    public bool IsCurrentOn(DateOnly day) => CoversCompiled(this, day);

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/> (null = open) is current on <paramref name="day"/>.</summary>
    public static bool IsCurrentOn(DateOnly start, DateOnly? end, DateOnly day) =>
        CoversCompiled(new LiaisonAssignment { OfficerId = "", StartDate = start, EndDate = end }, day);

    /// <summary>The first of an officer's assignments to an area that shares a day with a new one from <paramref name="start"/> (open-ended).</summary>
    public static LiaisonAssignment? FirstOverlap(IEnumerable<LiaisonAssignment> sameOfficerAndArea, DateOnly start, DateOnly? end = null) =>
        sameOfficerAndArea.FirstOrDefault(a => Overlap(a.StartDate, a.EndDate, start, end));

    private sealed record DayBox(DateOnly Day);

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>Two date spans (end null = open) share at least one day.</summary>
    public static bool Overlap(DateOnly startA, DateOnly? endA, DateOnly startB, DateOnly? endB) =>
        startA <= (endB ?? DateOnly.MaxValue) && startB <= (endA ?? DateOnly.MaxValue);
}
