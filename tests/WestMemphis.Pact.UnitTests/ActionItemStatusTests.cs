using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Reviews;

namespace WestMemphis.Pact.UnitTests;

/// <summary>The one set of action-item rules, shared by problems' response plans and crime review meetings.</summary>
public sealed class ActionItemStatusTests
{
    private static readonly DateTime Monday = new(2026, 6, 1, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_stored_numbers_stay_as_they_were()
    {
        Assert.Equal([0, 1, 2, 3], Enum.GetValues<ActionItemStatus>().Select(s => (int)s));
        Assert.Equal(["Open", "InProgress", "Done", "Dropped"], Enum.GetNames<ActionItemStatus>());
    }

    [Theory]
    [InlineData(ActionItemStatus.Open, true, "Open")]
    [InlineData(ActionItemStatus.InProgress, true, "In progress")]
    [InlineData(ActionItemStatus.Done, false, "Done")]
    [InlineData(ActionItemStatus.Dropped, false, "Dropped")]
    public void Open_and_label(ActionItemStatus status, bool open, string label)
    {
        Assert.Equal(open, status.IsOpen());
        Assert.Equal(label, ActionItemStatuses.Label(status));
    }

    [Fact]
    public void Any_status_may_follow_any_other_and_the_stamp_is_set_only_when_finished()
    {
        foreach (var from in Enum.GetValues<ActionItemStatus>())
        {
            foreach (var to in Enum.GetValues<ActionItemStatus>())
            {
                Assert.True(ActionItemStatuses.CanMove(from, to));
                var before = from.IsOpen() ? (DateTime?)null : Monday;
                var after = ActionItemStatuses.CompletedStamp(to, before, Monday.AddDays(2));
                Assert.Equal(to.IsOpen() ? null : before ?? Monday.AddDays(2), after);
            }
        }

        Assert.False(ActionItemStatuses.CanMove(ActionItemStatus.Open, (ActionItemStatus)9));
    }

    [Fact]
    public void A_crime_review_item_follows_the_same_rules()
    {
        var item = new CrimeActionItem { What = "Directed patrols", Status = ActionItemStatus.Open };
        CarryOver.RecordOutcome(item, 4, ActionItemStatus.Done, "Patrols ran two weeks", Monday);
        Assert.Equal((ActionItemStatus.Done, (DateTime?)Monday, (int?)4, false), (item.Status, item.ClosedUtc, item.OutcomeReviewId, item.IsOpen));
        CarryOver.RecordOutcome(item, 5, ActionItemStatus.Dropped, null, Monday.AddDays(7));
        Assert.Equal((Monday, "Patrols ran two weeks"), (item.ClosedUtc!.Value, item.Outcome));
        CarryOver.RecordOutcome(item, 6, ActionItemStatus.InProgress, null, Monday.AddDays(14));
        Assert.Null(item.ClosedUtc);
        Assert.True(item.IsOpen);
    }
}
