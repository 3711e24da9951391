using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public sealed class ProblemActionItemStatusTests
{
    private static readonly DateTime Monday = new(2026, 6, 1, 15, 0, 0, DateTimeKind.Utc);

    private static ProblemActionItem Item() =>
        ProblemActionItemRules.Add(new Problem { Id = 7, Title = "t", OwnerId = "o" }, "Ask for a speed trailer", "Traffic unit", null, Monday);

    [Fact]
    public void A_new_item_starts_open_on_its_problem_and_touches_the_problem()
    {
        var problem = new Problem { Id = 7, Title = "t", OwnerId = "o" };
        var item = ProblemActionItemRules.Add(problem, "Ask for a speed trailer", "Traffic unit", new DateOnly(2026, 6, 15), Monday);
        Assert.Equal((ActionItemStatus.Open, 7, Monday, (DateTime?)null), (item.Status, item.ProblemId, item.CreatedUtc, item.CompletedUtc));
        Assert.Same(item, Assert.Single(problem.ActionItems));
        Assert.Equal(Monday, problem.UpdatedUtc);
    }

    [Theory]
    [InlineData(ActionItemStatus.Done)]
    [InlineData(ActionItemStatus.Dropped)]
    public void Finishing_an_item_stamps_when_and_keeps_the_outcome(ActionItemStatus finished)
    {
        var item = Item();
        ProblemActionItemRules.Move(item, finished, "Trailer up for two weeks", Monday.AddDays(3));
        Assert.Equal((finished, "Trailer up for two weeks", (DateTime?)Monday.AddDays(3)), (item.Status, item.Outcome, item.CompletedUtc));
    }

    [Fact]
    public void Moving_between_done_and_dropped_keeps_the_first_stamp()
    {
        var item = Item();
        ProblemActionItemRules.Move(item, ActionItemStatus.Done, null, Monday.AddDays(3));
        ProblemActionItemRules.Move(item, ActionItemStatus.Dropped, "Not needed after all", Monday.AddDays(9));
        Assert.Equal(Monday.AddDays(3), item.CompletedUtc);
    }

    [Theory]
    [InlineData(ActionItemStatus.Open)]
    [InlineData(ActionItemStatus.InProgress)]
    public void Reopening_a_finished_item_clears_the_stamp(ActionItemStatus reopened)
    {
        var item = Item();
        ProblemActionItemRules.Move(item, ActionItemStatus.Dropped, null, Monday.AddDays(3));
        ProblemActionItemRules.Move(item, reopened, null, Monday.AddDays(4));
        Assert.Equal((reopened, (DateTime?)null), (item.Status, item.CompletedUtc));
        Assert.True(ProblemActionItemRules.IsOpen(reopened));
    }

    [Fact]
    public void Any_status_may_follow_any_other()
    {
        foreach (var from in Enum.GetValues<ActionItemStatus>())
        {
            foreach (var to in Enum.GetValues<ActionItemStatus>())
            {
                var item = Item();
                ProblemActionItemRules.Move(item, from, null, Monday.AddDays(1));
                ProblemActionItemRules.Move(item, to, null, Monday.AddDays(2));
                Assert.Equal(to, item.Status);
                Assert.Equal(ProblemActionItemRules.IsOpen(to), item.CompletedUtc is null);
            }
        }
    }
}
