using System.Linq.Expressions;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Domain.Records;

/// <summary>
/// The holds in force, loaded once per run (they are few), and the predicate "is held" per kind of record as
/// expressions EF translates (and tests compile). A problem hold covers the problem, its concerns and its contact logs;
/// a person hold covers records where the person is reporter, requester, officer or follow-up owner; a date-range hold
/// covers incidents that occurred in the range.
/// </summary>
public sealed class LegalHolds
{
    private readonly List<string> _concerns = [];
    private readonly List<string> _contactLogs = [];
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _outbox = [];
    private readonly List<string> _incidents = [];
    private readonly List<string> _rejectedRows = [];
    private readonly List<int> _problemIds = [];
    private readonly List<string> _people = [];
    private readonly List<(DateTime From, DateTime To)> _ranges = [];

    public LegalHolds(IEnumerable<LegalHold> holds)
    {
        foreach (var hold in holds.Where(h => h.IsActive))
        {
            switch (hold.Kind)
            {
                case HoldKind.Record when hold.RecordId is { } id && hold.RecordKind is { } kind:
                    ListFor(kind).Add(id);
                    break;
                case HoldKind.Problem when hold.ProblemId is { } problemId:
                    _problemIds.Add(problemId);
                    break;
                case HoldKind.Person when hold.PersonId is { } person:
                    _people.Add(person);
                    break;
                case HoldKind.IncidentDateRange when hold.FromUtc is { } from && hold.ToUtc is { } to:
                    _ranges.Add((from, to));
                    break;
            }
        }
    }

    public static LegalHolds None { get; } = new([]);

    public Expression<Func<Concerns.Concern, bool>> ConcernHeld()
    {
        var ids = _concerns.Select(ParseInt).ToList();
        var problems = _problemIds;
        var people = _people;
        return c => ids.Contains(c.Id) || (c.ProblemId != null && problems.Contains(c.ProblemId.Value))
            || (c.ReporterUserId != null && people.Contains(c.ReporterUserId))
            || (c.AssignedOfficerId != null && people.Contains(c.AssignedOfficerId));
    }

    public Expression<Func<ContactLog, bool>> ContactLogHeld()
    {
        var ids = _contactLogs.Select(ParseInt).ToList();
        var problems = _problemIds;
        var people = _people;
        return l => ids.Contains(l.Id) || (l.ProblemId != null && problems.Contains(l.ProblemId.Value))
            || people.Contains(l.OfficerId) || (l.FollowUpOwnerId != null && people.Contains(l.FollowUpOwnerId));
    }

    public Expression<Func<Problems.Problem, bool>> ProblemHeld()
    {
        var ids = _problems.Select(ParseInt).Concat(_problemIds).ToList();
        var people = _people;
        return p => ids.Contains(p.Id) || people.Contains(p.OwnerId);
    }

    public Expression<Func<PresentationRequest, bool>> RequestHeld()
    {
        var ids = _requests.Select(ParseInt).ToList();
        var people = _people;
        return r => ids.Contains(r.Id) || (r.UserId != null && people.Contains(r.UserId));
    }

    public Expression<Func<OutboxMessage, bool>> OutboxHeld()
    {
        var ids = _outbox.Select(ParseLong).ToList();
        return m => ids.Contains(m.Id);
    }

    /// <summary>Incidents held by id or by a date range. Ranges are few; each becomes one OR'ed comparison.</summary>
    public Expression<Func<Incident, bool>> IncidentHeld()
    {
        var ids = _incidents.Select(ParseLong).ToList();
        Expression<Func<Incident, bool>> held = i => ids.Contains(i.Id);
        var parameter = held.Parameters[0];
        var body = held.Body;
        var occurred = Expression.Property(parameter, nameof(Incident.OccurredAtUtc));
        foreach (var (from, to) in _ranges)
        {
            var inRange = Expression.AndAlso(
                Expression.GreaterThanOrEqual(occurred, Expression.Constant(from)),
                Expression.LessThan(occurred, Expression.Constant(to)));
            body = Expression.OrElse(body, inRange);
        }

        return Expression.Lambda<Func<Incident, bool>>(body, parameter);
    }

    /// <summary>
    /// Rejected rows held by id; and every one of them while any range of incident dates is held, since a row the file
    /// could not give has no date to compare (its raw start may be of a held incident).
    /// </summary>
    public Expression<Func<ImportRejectedRow, bool>> RejectedRowHeld()
    {
        var ids = _rejectedRows.Select(ParseLong).ToList();
        var anyRange = _ranges.Count > 0;
        return r => anyRange || ids.Contains(r.Id);
    }

    /// <summary>The "not held" form of a predicate, for Where clauses.</summary>
    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> held) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(held.Body), held.Parameters);

    private List<string> ListFor(RecordKind kind) => kind switch
    {
        RecordKind.Concern => _concerns,
        RecordKind.ContactLog => _contactLogs,
        RecordKind.Problem => _problems,
        RecordKind.PresentationRequest => _requests,
        RecordKind.OutboxMessage => _outbox,
        RecordKind.ImportRejectedRow => _rejectedRows,
        _ => _incidents,
    };

    private static int ParseInt(string id) => int.TryParse(id, out var value) ? value : -1;

    private static long ParseLong(string id) => long.TryParse(id, out var value) ? value : -1;
}
