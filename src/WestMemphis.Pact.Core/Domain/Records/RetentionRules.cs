namespace WestMemphis.Pact.Domain.Records;

/// <summary>The kinds of record a retention rule covers. Audit entries are never purged and have no kind here.</summary>
public enum RecordKind
{
    Concern = 0,
    ContactLog = 1,
    Problem = 2,
    PresentationRequest = 3,
    OutboxMessage = 4,
    Incident = 5,

    /// <summary>The start of each row an incident file could not give (<c>ImportRejectedRow.RawExcerpt</c>), kept to fix the file.</summary>
    ImportRejectedRow = 6,
}

/// <summary>What a run does to an expired record.</summary>
public enum RetentionAction
{
    /// <summary>Clears the personal and free-text fields and keeps the row, so reported figures stay the same.</summary>
    Anonymise = 0,

    /// <summary>Removes the row.</summary>
    Delete = 1,
}

/// <summary>The moment a rule's months count from.</summary>
public enum RetentionClock
{
    Created = 0,
    ClosedOrResolved = 1,
    LastActivity = 2,

    /// <summary>When the incident occurred (crime data copies).</summary>
    Occurred = 3,
}

/// <summary>One rule: a kind of record, what happens to it, and after how many months from which moment.</summary>
public sealed class RetentionRule
{
    public RecordKind Kind { get; set; }
    public RetentionAction Action { get; set; }

    /// <summary>Months kept after <see cref="CountsFrom"/>; 0 or less switches the rule off.</summary>
    public int Months { get; set; }
    public RetentionClock CountsFrom { get; set; }

    /// <summary>The schedule or reason the months follow, shown on /admin/records.</summary>
    public string Source { get; set; } = "";

    public bool IsOn => Months > 0;
}

/// <summary>
/// The retention rules' defaults and the pure arithmetic of expiry. The defaults follow the Arkansas municipal records
/// retention schedule as we read it; they are marked "to be confirmed by the records officer" and are changed in
/// configuration (section <c>Retention</c>), never in code.
/// </summary>
public static class RetentionRules
{
    /// <summary>The marker every default source carries until the city's records officer confirms it.</summary>
    public const string Unconfirmed = "Default, to be confirmed by the city's records officer: ";

    /// <summary>The rule for each kind as shipped.</summary>
    public static IReadOnlyList<RetentionRule> Defaults() =>
    [
        new()
        {
            Kind = RecordKind.Concern, Action = RetentionAction.Anonymise, Months = 36, CountsFrom = RetentionClock.ClosedOrResolved,
            Source = Unconfirmed + "Arkansas General Records Retention Schedule for municipalities (A.C.A. §14-2-204), citizen complaints and correspondence: 3 years after resolution.",
        },
        new()
        {
            Kind = RecordKind.ContactLog, Action = RetentionAction.Anonymise, Months = 36, CountsFrom = RetentionClock.Created,
            Source = Unconfirmed + "A.C.A. §14-2-204 schedule, police administrative and activity records: 3 years after the contact.",
        },
        new()
        {
            Kind = RecordKind.Problem, Action = RetentionAction.Anonymise, Months = 60, CountsFrom = RetentionClock.ClosedOrResolved,
            Source = Unconfirmed + "A.C.A. §14-2-204 schedule, program and project files: 5 years after the project closes.",
        },
        new()
        {
            Kind = RecordKind.PresentationRequest, Action = RetentionAction.Anonymise, Months = 24, CountsFrom = RetentionClock.LastActivity,
            Source = Unconfirmed + "A.C.A. §14-2-204 schedule, routine correspondence and requests for service: 2 years after the last activity.",
        },
        new()
        {
            Kind = RecordKind.OutboxMessage, Action = RetentionAction.Delete, Months = 6, CountsFrom = RetentionClock.Created,
            Source = Unconfirmed + "transitory records (copies of automated notices): kept while useful; 6 months for delivery questions.",
        },
        new()
        {
            Kind = RecordKind.Incident, Action = RetentionAction.Delete, Months = 60, CountsFrom = RetentionClock.Occurred,
            Source = Unconfirmed + "copies of records held by the records management system, which keeps the originals: 5 years for year-on-year review.",
        },
        new()
        {
            Kind = RecordKind.ImportRejectedRow, Action = RetentionAction.Delete, Months = 12, CountsFrom = RetentionClock.Created,
            Source = Unconfirmed + "transitory working records: the raw start of each row an incident file could not give, kept for whoever fixes and re-imports the file: 1 year after the upload.",
        },
    ];

    /// <summary>
    /// The moment before which the counted-from date of a record of this rule has expired, or null when the rule is off.
    /// A record expires when its date is strictly before the cut-off.
    /// </summary>
    public static DateTime? CutoffUtc(RetentionRule rule, DateTime nowUtc) =>
        rule.IsOn ? nowUtc.AddMonths(-Math.Min(rule.Months, 1200)) : null;

    /// <summary>Whether a record whose clock started at <paramref name="countedFromUtc"/> has expired (null: not yet started, never expires).</summary>
    public static bool HasExpired(RetentionRule rule, DateTime? countedFromUtc, DateTime nowUtc) =>
        countedFromUtc is { } from && CutoffUtc(rule, nowUtc) is { } cutoff && from < cutoff;

    /// <summary>The date a resolved or closed concern's clock starts: when it was resolved; null while it is open.</summary>
    public static DateTime? ConcernClock(bool isOpen, DateTime? resolvedUtc, DateTime updatedUtc) =>
        isOpen ? null : resolvedUtc ?? updatedUtc;

    /// <summary>A problem's clock starts when it closed; null while open.</summary>
    public static DateTime? ProblemClock(bool isClosed, DateTime? closedUtc, DateTime updatedUtc) =>
        isClosed ? closedUtc ?? updatedUtc : null;

    /// <summary>A request's clock starts at its last change once it is completed, declined or cancelled; null before.</summary>
    public static DateTime? RequestClock(bool isFinished, DateTime updatedUtc) => isFinished ? updatedUtc : null;

    /// <summary>
    /// Merges configured rules over the defaults: a configured kind takes its months, and its source when given. The
    /// action and the moment counted from stay the defaults': records the dashboard counts are only ever anonymised,
    /// and each kind's date column is fixed by the model.
    /// </summary>
    public static IReadOnlyList<RetentionRule> Effective(IReadOnlyDictionary<RecordKind, RetentionRuleSetting>? configured)
    {
        var byKind = Defaults().ToDictionary(r => r.Kind);
        foreach (var (kind, setting) in configured ?? new Dictionary<RecordKind, RetentionRuleSetting>())
        {
            if (byKind.TryGetValue(kind, out var fallback) && setting is not null)
            {
                byKind[kind] = new RetentionRule
                {
                    Kind = kind,
                    Action = fallback.Action,
                    Months = setting.Months ?? fallback.Months,
                    CountsFrom = fallback.CountsFrom,
                    Source = string.IsNullOrWhiteSpace(setting.Source) ? fallback.Source : setting.Source.Trim(),
                };
            }
        }

        return [.. byKind.Values.OrderBy(r => r.Kind)];
    }
}

/// <summary>One kind's rule as configuration gives it (<c>Retention:Rules:Concern:Months</c>, <c>...:Source</c>).</summary>
public sealed class RetentionRuleSetting
{
    public int? Months { get; set; }
    public string? Source { get; set; }
}

/// <summary>The section <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Seconds between the worker's checks whether today's run is due; 0 switches the worker off.</summary>
    public double PollSeconds { get; set; } = 3600;

    /// <summary>The hour of the day (Central time) from which the nightly run may start.</summary>
    public int RunFromHour { get; set; } = 2;

    /// <summary>Rows changed per batch: a run never loads a whole table.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Overrides of the default rules, by kind.</summary>
    public Dictionary<RecordKind, RetentionRuleSetting> Rules { get; set; } = [];

    public IReadOnlyList<RetentionRule> EffectiveRules() => RetentionRules.Effective(Rules);
}
