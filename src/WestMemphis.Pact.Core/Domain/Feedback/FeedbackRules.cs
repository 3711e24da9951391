using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Domain.Feedback;

/// <summary>Counts of answers for one program in one area (null: city-wide), as the database adds them up.</summary>
/// <param name="Listened">Answers "Yes" to "Did the officer listen to you?"; likewise for the other two.</param>
public sealed record FeedbackTally(FeedbackProgram Program, int? AreaId, int Responses, int Listened, int FeelSafer, int WouldCall);

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
    /// Rows per program: one per area with answers, then the program's total; last, every program together. Groups
    /// under <paramref name="minimum"/> answers are withheld, and with them as many others as it takes that none can
    /// be worked out from a total (<see cref="PublicCrimeTable.OneColumn"/>, the rule of the public crime summary).
    /// </summary>
    public static IReadOnlyList<FeedbackRow> Summarise(IReadOnlyList<FeedbackTally> tallies, IReadOnlyDictionary<int, string> areaNames, int minimum = MinimumResponses)
    {
        var rows = new List<FeedbackRow>();
        var programs = tallies.Where(t => t.Responses > 0).GroupBy(t => t.Program).OrderBy(g => g.Key).ToList();
        var programTotals = programs.Select(g => Add(g.Key, null, g)).ToList();
        var shownTotals = PublicCrimeTable.OneColumn(programTotals.Select(t => t.Responses).ToList(), minimum);
        for (var p = 0; p < programs.Count; p++)
        {
            var areas = programs[p]
                .OrderBy(t => t.AreaId is null ? 1 : 0).ThenBy(t => t.AreaId is { } id ? areaNames.GetValueOrDefault(id) : "")
                .ToList();
            var shown = PublicCrimeTable.OneColumn(areas.Select(t => t.Responses).ToList(), minimum);
            var label = Label(programs[p].Key);
            // A withheld total withholds its areas too: shown, they would add up to it.
            var totalWithheld = shownTotals[p].Value is null;
            for (var a = 0; a < areas.Count; a++)
            {
                var name = areas[a].AreaId is { } id ? areaNames.GetValueOrDefault(id, "Unknown area") : "City-wide";
                rows.Add(Row(label, name, areas[a], totalWithheld || shown[a].Value is null, false));
            }

            rows.Add(Row(label, "All areas", programTotals[p], totalWithheld, true));
        }

        if (programs.Count > 0)
        {
            var all = Add(programs[0].Key, null, tallies);
            rows.Add(Row("Every program", "All areas", all, all.Responses < minimum, true));
        }

        return rows;
    }

    private static FeedbackTally Add(FeedbackProgram program, int? area, IEnumerable<FeedbackTally> tallies)
    {
        var list = tallies.ToList();
        return new(program, area, list.Sum(t => t.Responses), list.Sum(t => t.Listened), list.Sum(t => t.FeelSafer), list.Sum(t => t.WouldCall));
    }

    private static FeedbackRow Row(string program, string area, FeedbackTally t, bool withheld, bool total) =>
        withheld
            ? new(program, area, null, null, null, null, total)
            : new(program, area, t.Responses, Percent(t.Listened, t.Responses), Percent(t.FeelSafer, t.Responses), Percent(t.WouldCall, t.Responses), total);

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
