using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.UnitTests;

public sealed class ProblemConcernLinkingTests
{
    private static readonly DateTime Created = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    private static Problem Problem(int id) => new() { Id = id, Title = "t", OwnerId = "o" };

    private static Concern Concern(int? problemId) =>
        new() { ReferenceCode = "C-7K3M9Q2XH4TP", IdempotencyKey = "k", Location = "here", Description = "what", CreatedUtc = Created, UpdatedUtc = Created, ProblemId = problemId };

    [Fact]
    public void An_unlinked_concern_is_linked_and_touched()
    {
        var concern = Concern(null);
        Assert.Null(ProblemLinkRules.LinkConcern(Problem(3), concern, Created.AddDays(1)));
        Assert.Equal((3, Created.AddDays(1)), (concern.ProblemId, concern.UpdatedUtc));
    }

    [Fact]
    public void A_concern_another_problem_holds_is_refused_and_stays_where_it_is()
    {
        var concern = Concern(9);
        var refusal = ProblemLinkRules.LinkConcern(Problem(3), concern, Created.AddDays(1));
        Assert.Equal("Concern C-7K3M9Q2XH4TP is already linked to problem 9. Unlink it there first if it belongs to this problem.", refusal);
        Assert.Equal((9, Created), (concern.ProblemId, concern.UpdatedUtc));
    }

    [Fact]
    public void Linking_again_to_the_same_problem_changes_nothing()
    {
        var concern = Concern(3);
        Assert.Null(ProblemLinkRules.LinkConcern(Problem(3), concern, Created.AddDays(1)));
        Assert.Equal((3, Created), (concern.ProblemId, concern.UpdatedUtc));
    }
}
