using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Reviews;

namespace WestMemphis.Pact.UnitTests.Crime;

/// <summary>The carry-over rule of review meetings: open items move to the next meeting and count the move; closed ones stay.</summary>
public sealed class CarryOverTests
{
    private static readonly DateTime Now = new(2026, 3, 12, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Open_and_in_progress_items_move_to_the_new_meeting_and_count_the_move()
    {
        var earlier = Meeting(1);
        var meeting = Meeting(2);
        var open = Item(earlier, ActionItemStatus.Open);
        var started = Item(earlier, ActionItemStatus.InProgress, timesCarried: 2);

        var moved = CarryOver.Apply(meeting, [open, started]);

        Assert.Equal(2, moved);
        Assert.All([open, started], i => Assert.Same(meeting, i.CurrentReview));
        Assert.Equal((1, 3), (open.TimesCarried, started.TimesCarried));
    }

    [Theory]
    [InlineData(ActionItemStatus.Done)]
    [InlineData(ActionItemStatus.Dropped)]
    public void A_done_or_dropped_item_stays_where_it_was(ActionItemStatus status)
    {
        var earlier = Meeting(1);
        var closed = Item(earlier, status, timesCarried: 1);

        var moved = CarryOver.Apply(Meeting(2), [closed]);

        Assert.Equal(0, moved);
        Assert.Same(earlier, closed.CurrentReview);
        Assert.Equal(1, closed.TimesCarried);
    }

    [Fact]
    public void Nothing_to_carry_moves_nothing()
    {
        Assert.Equal(0, CarryOver.Apply(Meeting(2), []));
    }

    [Theory]
    [InlineData(ActionItemStatus.Done)]
    [InlineData(ActionItemStatus.Dropped)]
    public void Recording_a_done_or_dropped_outcome_closes_the_item_at_that_meeting(ActionItemStatus status)
    {
        var item = Item(Meeting(1), ActionItemStatus.InProgress);

        CarryOver.RecordOutcome(item, 7, status, "  Lights fixed by the city.  ", Now);

        Assert.Equal((status, "Lights fixed by the city.", (int?)7, (DateTime?)Now), (item.Status, item.Outcome, item.OutcomeReviewId, item.ClosedUtc));
        Assert.False(item.IsOpen);
        Assert.Equal(0, CarryOver.Apply(Meeting(8), [item]));
    }

    [Fact]
    public void Reopening_an_item_clears_its_closing_time_and_it_carries_over_again()
    {
        var item = Item(Meeting(1), ActionItemStatus.Done);
        item.ClosedUtc = Now.AddDays(-14);

        CarryOver.RecordOutcome(item, 3, ActionItemStatus.InProgress, "Not fixed after all.", Now);

        Assert.Null(item.ClosedUtc);
        Assert.True(item.IsOpen);
        Assert.Equal(1, CarryOver.Apply(Meeting(4), [item]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_outcome_keeps_the_one_recorded_before(string? outcome)
    {
        var item = Item(Meeting(1), ActionItemStatus.InProgress);
        item.Outcome = "Asked code enforcement.";

        CarryOver.RecordOutcome(item, 2, ActionItemStatus.InProgress, outcome, Now);

        Assert.Equal("Asked code enforcement.", item.Outcome);
        Assert.Equal(2, item.OutcomeReviewId);
    }

    private static CrimeReview Meeting(int id) => new() { Id = id, Attendees = "Lt. Harris, Officer Reed", SnapshotJson = "{}", CreatedById = "officer" };

    private static CrimeActionItem Item(CrimeReview current, ActionItemStatus status, int timesCarried = 0) => new()
    {
        What = "Ask public works to fix the lights on Broadway",
        CurrentReview = current,
        CurrentReviewId = current.Id,
        RaisedInReviewId = current.Id,
        Status = status,
        TimesCarried = timesCarried,
        CreatedUtc = Now.AddDays(-30),
    };
}
