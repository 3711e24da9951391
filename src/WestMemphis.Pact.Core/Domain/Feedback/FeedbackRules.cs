using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Domain.Feedback;

/// <summary>Counts of answers for one program in one area (null: city-wide), as the database adds them up.</summary>
/// <param name="Listened">Answers "Yes" to "Did the officer listen to you?"; likewise for the other two.</param>
public sealed record FeedbackTally(FeedbackProgram Program, int? AreaId, int Responses, int Listened, int FeelSafer, int WouldCall);

/// <summary>A program's answers in one area (null: city-wide) in one calendar month (its first day).</summary>
public sealed record FeedbackMonthTally(DateOnly Month, FeedbackTally Tally);

/// <summary>The dashboard's feedback table: the whole, finished months it covers (null: none yet) and its rows.</summary>
public sealed record FeedbackSection(DateOnly? FirstMonth, DateOnly? LastMonth, IReadOnlyList<FeedbackRow> Rows)
{
    /// <summary>"October 2026", or "September 2026 to November 2026"; null when no month has finished.</summary>
    public string? Months => (FirstMonth, LastMonth) switch
    {
        ({ } first, { } last) when first == last => Month(first),
        ({ } first, { } last) => $"{Month(first)} to {Month(last)}",
        _ => null,
    };

    private static string Month(DateOnly month) => month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A line of the feedback table. Null figures are withheld (too few answers to show without pointing at someone).</summary>
public sealed record FeedbackRow(string Program, string Area, int? Responses, int? ListenedPercent, int? SaferPercent, int? CallPercent, bool IsTotal);

/// <summary>One of the three questions, with the words for each answer.</summary>
public sealed record FeedbackQuestion(string Field, string Text, string Yes, string Partly, string No)
{
    public string Say(FeedbackAnswer answer) => answer switch
    {
        FeedbackAnswer.Yes => Yes,
        FeedbackAnswer.Partly => Partly,
        _ => No,
    };
}

/// <summary>The feedback card's questions, program names and how answers roll up without exposing a small group.</summary>
public static class FeedbackRules
{
    /// <summary>
    /// Fewer answers than this in a group and its figures are withheld: with three or four answers a percentage tells
    /// what one identifiable person said (an officer who visited one church knows who filled the card in).
    /// </summary>
    public const int MinimumResponses = 5;

    public static readonly IReadOnlyList<FeedbackQuestion> Questions =
    [
        new(nameof(FeedbackResponse.Listened), "Did the officer listen to you?", "Yes", "Somewhat", "No"),
        new(nameof(FeedbackResponse.FeelSafer), "Do you feel safer in your neighborhood after this?", "Yes", "About the same", "No"),
        new(nameof(FeedbackResponse.WouldCall), "Would you call the West Memphis Police Department if you needed help?", "Yes", "Not sure", "No"),
    ];

    /// <summary>The programs a card can be printed for (the emailed ones are asked by the portal itself).</summary>
    public static readonly IReadOnlyList<FeedbackProgram> CardPrograms =
    [
        FeedbackProgram.ParkAndWalk, FeedbackProgram.CoffeeWithACop, FeedbackProgram.ChurchVisit,
        FeedbackProgram.SchoolPresentation, FeedbackProgram.CommunityMeeting, FeedbackProgram.BlockParty,
    ];

    public static string Label(FeedbackProgram program) => program switch
    {
        FeedbackProgram.ParkAndWalk => "Park and Walk",
        FeedbackProgram.CoffeeWithACop => "Coffee with a Cop",
        FeedbackProgram.ChurchVisit => "Church visit",
        FeedbackProgram.SchoolPresentation => "School presentation",
        FeedbackProgram.CommunityMeeting => "Community meeting",
        FeedbackProgram.BlockParty => "Block party visit",
        FeedbackProgram.RequestedVisit => "Requested visit or presentation",
        FeedbackProgram.ResolvedConcern => "Resolved neighborhood concern",
        _ => program.ToString(),
    };

    /// <summary>How the card and the form name the contact: "a Park and Walk in Ward 2".</summary>
    public static string Describe(FeedbackProgram program, string? area)
    {
        var what = program switch
        {
            FeedbackProgram.ParkAndWalk => "a Park and Walk",
            FeedbackProgram.CoffeeWithACop => "Coffee with a Cop",
            FeedbackProgram.ChurchVisit => "a church visit",
            FeedbackProgram.SchoolPresentation => "a school presentation",
            FeedbackProgram.CommunityMeeting => "a community meeting",
            FeedbackProgram.BlockParty => "a block party visit",
            FeedbackProgram.RequestedVisit => "the visit you asked for",
            FeedbackProgram.ResolvedConcern => "the concern you raised",
            _ => "your contact with us",
        };
        return area is null ? what : $"{what} in {area}";
    }

    /// <summary>The program a completed visit request is asked about: a school talk and a block party as their cards are, any other visit apart.</summary>
    public static FeedbackProgram ProgramFor(PresentationKind kind) => kind switch
    {
        PresentationKind.SchoolPresentation => FeedbackProgram.SchoolPresentation,
        PresentationKind.NationalNightOut => FeedbackProgram.BlockParty,
        _ => FeedbackProgram.RequestedVisit,
    };

    /// <summary>The source key of an emailed invitation: each record is asked about once.</summary>
    public static string SourceKey(string kind, int id) => $"{kind}:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The whole calendar months the dashboard reports answers for: every month the period touches, up to the last
    /// finished one. Null when none has finished. Fixed, whole, finished months are what makes the roll-up safe
    /// against comparing two periods: a day-by-day or "up to today" total would let anyone subtract one day's answers.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? FinishedMonths(DateOnly from, DateOnly to, DateOnly today)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        var lastFinished = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        if (last > lastFinished)
        {
            last = lastFinished;
        }

        return first <= last ? (first, last) : null;
    }

    /// <summary>One period's answers, as <see cref="SummariseMonths"/> rolls up a single month.</summary>
    public static IReadOnlyList<FeedbackRow> Summarise(IReadOnlyList<FeedbackTally> tallies, IReadOnlyDictionary<int, string> areaNames, int minimum = MinimumResponses) =>
        SummariseMonths(tallies.Select(t => new FeedbackMonthTally(default, t)).ToList(), areaNames, null, minimum);

    /// <summary>
    /// Rows per program: one per area with answers, then the program's total; last, every program together. Each
    /// month is decided on its own, for the whole city: a group under <paramref name="minimum"/> answers is withheld,
    /// and with it as many others as it takes that none can be worked out from a total
    /// (<see cref="PublicCrimeTable.OneColumn"/>, the rule of the public crime summary); a withheld program total
    /// withholds its areas too. A row then adds up only the months in which that group was shown. So every figure on
    /// the page is a sum of figures that are themselves safe to show, and the difference of any two periods, or of an
    /// area's view and the city's, is too: no comparison singles out a withheld group. With <paramref name="areaId"/>
    /// only that area's rows are returned, decided as for the city.
    /// </summary>
    public static IReadOnlyList<FeedbackRow> SummariseMonths(IReadOnlyList<FeedbackMonthTally> tallies, IReadOnlyDictionary<int, string> areaNames,
        int? areaId = null, int minimum = MinimumResponses)
    {
        var sums = new Dictionary<RowKey, FeedbackTally?>();
        foreach (var month in tallies.GroupBy(t => t.Month))
        {
            var groups = month.GroupBy(t => (t.Tally.Program, t.Tally.AreaId)).Select(g => Add(g.Key.Program, g.Key.AreaId, g.Select(t => t.Tally))).ToList();
            foreach (var (key, tally, shown) in Decide(groups, minimum))
            {
                var sum = sums.GetValueOrDefault(key);
                sums[key] = !shown ? sum : sum is null ? tally : Add(tally.Program, tally.AreaId, [sum, tally]);
            }
        }

        string AreaName(int? id) => id is { } i ? areaNames.GetValueOrDefault(i, "Unknown area") : "City-wide";
        var keys = sums.Keys.Where(k => areaId is null || k.Kind == RowKind.Area && k.AreaId == areaId)
            .OrderBy(k => k.Kind == RowKind.Everything ? 1 : 0).ThenBy(k => k.Program)
            .ThenBy(k => k.Kind == RowKind.ProgramTotal ? 1 : 0).ThenBy(k => k.AreaId is null ? 1 : 0).ThenBy(k => AreaName(k.AreaId), StringComparer.Ordinal);
        return keys.Select(k => k.Kind switch
        {
            RowKind.Area => Row(Label(k.Program!.Value), AreaName(k.AreaId), sums[k], false),
            RowKind.ProgramTotal => Row(Label(k.Program!.Value), "All areas", sums[k], true),
            _ => Row("Every program", "All areas", sums[k], true),
        }).ToList();
    }

    private enum RowKind
    {
        Area,
        ProgramTotal,
        Everything,
    }

    private readonly record struct RowKey(RowKind Kind, FeedbackProgram? Program, int? AreaId);

    /// <summary>One month's groups, each with whether it may be shown.</summary>
    private static IEnumerable<(RowKey Key, FeedbackTally Tally, bool Shown)> Decide(IReadOnlyList<FeedbackTally> tallies, int minimum)
    {
        var programs = tallies.Where(t => t.Responses > 0).GroupBy(t => t.Program).OrderBy(g => g.Key).ToList();
        var programTotals = programs.Select(g => Add(g.Key, null, g)).ToList();
        var shownTotals = PublicCrimeTable.OneColumn(programTotals.Select(t => t.Responses).ToList(), minimum);
        for (var p = 0; p < programs.Count; p++)
        {
            var areas = programs[p].ToList();
            var shown = PublicCrimeTable.OneColumn(areas.Select(t => t.Responses).ToList(), minimum);
            // A withheld total withholds its areas too: shown, they would add up to it.
            var totalShown = shownTotals[p].Value is not null;
            for (var a = 0; a < areas.Count; a++)
            {
                yield return (new RowKey(RowKind.Area, programs[p].Key, areas[a].AreaId), areas[a], totalShown && shown[a].Value is not null);
            }

            yield return (new RowKey(RowKind.ProgramTotal, programs[p].Key, null), programTotals[p], totalShown);
        }

        if (programs.Count > 0)
        {
            var all = Add(programs[0].Key, null, tallies);
            yield return (new RowKey(RowKind.Everything, null, null), all, all.Responses >= minimum);
        }
    }

    private static FeedbackTally Add(FeedbackProgram program, int? area, IEnumerable<FeedbackTally> tallies)
    {
        var list = tallies.ToList();
        return new(program, area, list.Sum(t => t.Responses), list.Sum(t => t.Listened), list.Sum(t => t.FeelSafer), list.Sum(t => t.WouldCall));
    }

    private static FeedbackRow Row(string program, string area, FeedbackTally? t, bool total) =>
        t is null
            ? new(program, area, null, null, null, null, total)
            : new(program, area, t.Responses, Percent(t.Listened, t.Responses), Percent(t.FeelSafer, t.Responses), Percent(t.WouldCall, t.Responses), total);

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
