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
}
