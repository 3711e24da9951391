using System.Globalization;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Feedback;

namespace WestMemphis.Pact.UnitTests;

public sealed class FeedbackRulesTests
{
    private static readonly Dictionary<int, string> Areas = new() { [1] = "Ward 1", [2] = "Ward 2", [3] = "Ward 3" };

    [Fact]
    public void A_group_with_enough_answers_shows_the_share_who_said_yes()
    {
        var rows = FeedbackRules.Summarise([new(FeedbackProgram.ParkAndWalk, 2, 8, 6, 4, 7)], Areas);

        var ward = rows.Single(r => r.Area == "Ward 2");
        Assert.Equal(8, ward.Responses);
        Assert.Equal(75, ward.ListenedPercent);
        Assert.Equal(50, ward.SaferPercent);
        Assert.Equal(88, ward.CallPercent); // 87.5 rounds away from zero
        Assert.Equal(8, rows.Single(r => r.Program == "Park and Walk" && r.IsTotal).Responses);
        Assert.Equal(8, rows.Last().Responses);
        Assert.Equal("Every program", rows.Last().Program);
    }

    [Fact]
    public void A_group_under_five_answers_is_withheld_and_so_is_the_one_that_would_give_it_away()
    {
        // Ward 1 has 3 answers: withheld. With Ward 2 shown, the total minus Ward 2 would give Ward 1 away,
        // so a second group is withheld too.
        var rows = FeedbackRules.Summarise(
            [new(FeedbackProgram.ChurchVisit, 1, 3, 3, 3, 3), new(FeedbackProgram.ChurchVisit, 2, 9, 5, 5, 5), new(FeedbackProgram.ChurchVisit, 3, 12, 6, 6, 6)],
            Areas);

        var ward1 = rows.Single(r => r.Area == "Ward 1");
        Assert.Null(ward1.Responses);
        Assert.Null(ward1.ListenedPercent);
        var areaRows = rows.Where(r => !r.IsTotal).ToList();
        Assert.True(areaRows.Count(r => r.Responses is null) >= 2, "a lone withheld group can be worked out from the total");
        Assert.Equal(24, rows.Single(r => r.Program == "Church visit" && r.IsTotal).Responses);
    }

    [Fact]
    public void A_program_with_too_few_answers_in_all_is_withheld_everywhere()
    {
        var rows = FeedbackRules.Summarise([new(FeedbackProgram.CoffeeWithACop, 2, 4, 4, 4, 4)], Areas);

        Assert.All(rows, r => Assert.Null(r.Responses));
    }

    [Fact]
    public void A_programs_total_that_would_give_another_away_is_withheld()
    {
        // Coffee with a Cop has 2 answers in all: withheld. "Every program" minus Park and Walk would reveal it,
        // so Park and Walk's total is withheld as well.
        var rows = FeedbackRules.Summarise([new(FeedbackProgram.ParkAndWalk, 1, 20, 10, 10, 10), new(FeedbackProgram.CoffeeWithACop, 1, 2, 2, 2, 2)], Areas);

        Assert.Null(rows.Single(r => r.Program == "Coffee with a Cop" && r.IsTotal).Responses);
        Assert.Null(rows.Single(r => r.Program == "Park and Walk" && r.IsTotal).Responses);
        Assert.Equal(22, rows.Last().Responses);
        // Its area rows go with it: Ward 1's 20 would otherwise be the withheld total.
        Assert.All(rows.Where(r => !r.IsTotal), r => Assert.Null(r.Responses));
    }

    [Fact]
    public void No_answers_make_no_rows() => Assert.Empty(FeedbackRules.Summarise([], Areas));

    [Theory]
    [InlineData(PresentationKind.SchoolPresentation, FeedbackProgram.SchoolPresentation)]
    [InlineData(PresentationKind.NationalNightOut, FeedbackProgram.BlockParty)]
    [InlineData(PresentationKind.RustyVisit, FeedbackProgram.RequestedVisit)]
    [InlineData(PresentationKind.StationTour, FeedbackProgram.RequestedVisit)]
    public void A_completed_request_is_asked_about_as_its_program(PresentationKind kind, FeedbackProgram expected) =>
        Assert.Equal(expected, FeedbackRules.ProgramFor(kind));

    [Fact]
    public void A_card_names_the_contact_and_the_area_never_an_officer()
    {
        Assert.Equal("a Park and Walk in Ward 2", FeedbackRules.Describe(FeedbackProgram.ParkAndWalk, "Ward 2"));
        Assert.Equal("a church visit", FeedbackRules.Describe(FeedbackProgram.ChurchVisit, null));
    }

    [Theory]
    [InlineData("k7qm2xdh", "K7QM2XDH")]
    [InlineData(" K7QM2XDH ", "K7QM2XDH")]
    [InlineData("K7QM2XD", null)]
    [InlineData("K7QM2XD0", null)] // 0 is not in the alphabet
    [InlineData(null, null)]
    public void A_card_code_is_read_back_whatever_its_case(string? typed, string? expected) => Assert.Equal(expected, FeedbackCardCode.Normalize(typed));

    [Fact]
    public void A_new_card_code_reads_back_as_itself()
    {
        var code = FeedbackCardCode.New();
        Assert.Equal(code, FeedbackCardCode.Normalize(code));
    }

    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly February = new(2026, 2, 1);

    [Theory]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-20", null, null)] // the current month has not finished
    [InlineData("2026-01-15", "2026-03-31", "2026-03-20", "2026-01-01", "2026-02-01")] // whole months, up to the last finished one
    [InlineData("2025-11-01", "2025-12-31", "2026-03-20", "2025-11-01", "2025-12-01")]
    [InlineData("2026-02-01", "2026-02-28", "2026-03-01", "2026-02-01", "2026-02-01")] // February is over on March 1
    public void Feedback_is_reported_by_whole_finished_months(string from, string to, string today, string? first, string? last)
    {
        var months = FeedbackRules.FinishedMonths(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture), DateOnly.Parse(today, CultureInfo.InvariantCulture));

        Assert.Equal(first is null ? null : (DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last!, CultureInfo.InvariantCulture)), months);
    }

    [Fact]
    public void Comparing_two_periods_does_not_single_out_a_month_with_one_answer()
    {
        // January: six answers in Ward 2. February: one, whose "No" must stay unknown.
        FeedbackMonthTally[] january = [new(January, new(FeedbackProgram.ParkAndWalk, 2, 6, 6, 6, 6))];
        FeedbackMonthTally[] both = [.. january, new(February, new(FeedbackProgram.ParkAndWalk, 2, 1, 0, 0, 0))];

        var januaryRows = FeedbackRules.SummariseMonths(january, Areas);
        var bothRows = FeedbackRules.SummariseMonths(both, Areas);

        // The two periods show the same figures: February's single answer, withheld in its month, is added to none.
        Assert.Equal(januaryRows, bothRows);
        Assert.Equal(6, bothRows.Single(r => r.Area == "Ward 2").Responses);
        Assert.Equal(100, bothRows.Single(r => r.Area == "Ward 2").ListenedPercent);
    }

    [Fact]
    public void Months_that_can_each_be_shown_add_up()
    {
        var rows = FeedbackRules.SummariseMonths(
            [new(January, new(FeedbackProgram.ChurchVisit, 1, 5, 5, 5, 5)), new(February, new(FeedbackProgram.ChurchVisit, 1, 5, 0, 5, 5))], Areas);

        var ward = rows.Single(r => r.Area == "Ward 1");
        Assert.Equal(10, ward.Responses);
        Assert.Equal(50, ward.ListenedPercent);
    }

    [Fact]
    public void An_areas_view_withholds_what_the_citys_view_withholds()
    {
        // Ward 1 (3 answers) is withheld for being small, Ward 3 (6) so that the total cannot give Ward 1 away. Picking
        // Ward 3 alone must not show its 6: the city's total minus it would be Ward 1's 3.
        FeedbackMonthTally[] month = [new(January, new(FeedbackProgram.ChurchVisit, 1, 3, 3, 3, 3)), new(January, new(FeedbackProgram.ChurchVisit, 3, 6, 6, 6, 6))];

        var city = FeedbackRules.SummariseMonths(month, Areas);
        var ward3 = FeedbackRules.SummariseMonths(month, Areas, areaId: 3);

        Assert.Null(city.Single(r => r.Area == "Ward 3").Responses);
        Assert.Equal(9, city.Single(r => r.Program == "Church visit" && r.IsTotal).Responses);
        var only = Assert.Single(ward3);
        Assert.Equal("Ward 3", only.Area);
        Assert.Null(only.Responses);
    }
}
