using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.UnitTests;

public sealed class ConcernRulesTests
{
    private static Concern New() => new() { ReferenceCode = "C-X", IdempotencyKey = "k", Location = "here", Description = "what", CreatedUtc = new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc) };

    [Fact]
    public void Reference_codes_are_long_random_and_from_the_unambiguous_alphabet()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ConcernRules.NewReferenceCode()).ToList();
        Assert.All(codes, c => Assert.Matches("^C-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.True(Math.Log2(ConcernRules.Alphabet.Length) * ConcernRules.CodeLength > 58);
    }

    [Theory]
    [InlineData("c-7k3m 9q2x-h4tp", "C-7K3M9Q2XH4TP")]
    [InlineData(" 7K3M9Q2XH4TP ", "C-7K3M9Q2XH4TP")]
    [InlineData("C-7K3M-9Q2X-H4TP", "C-7K3M9Q2XH4TP")]
    public void Typed_codes_are_normalised(string typed, string expected)
    {
        Assert.Equal(expected, ConcernRules.NormalizeCode(typed));
        Assert.True(ConcernRules.LooksLikeConcernCode(typed));
    }

    [Theory]
    [InlineData("C-0OIL11111111")]
    [InlineData("C-SHORT")]
    [InlineData("")]
    public void Malformed_codes_do_not_look_like_concern_codes(string typed) => Assert.False(ConcernRules.LooksLikeConcernCode(typed));

    [Fact]
    public void Resolving_stamps_acknowledged_and_resolved_times_and_keeps_the_reason()
    {
        var c = New();
        var at = c.CreatedUtc.AddDays(3);
        ConcernRules.Move(c, ConcernStatus.Resolved, "Fixed", at);
        Assert.Equal(ConcernStatus.Resolved, c.Status);
        Assert.Equal(at, c.AcknowledgedUtc);
        Assert.Equal(at, c.ResolvedUtc);
        Assert.Equal("Fixed", c.ResolutionReason);
        Assert.Equal(3.0, ConcernRules.DaysToResolve(c));
    }

    [Fact]
    public void Reopening_clears_the_resolution()
    {
        var c = New();
        ConcernRules.Move(c, ConcernStatus.Closed, "Duplicate", c.CreatedUtc.AddDays(1));
        ConcernRules.Move(c, ConcernStatus.InProgress, null, c.CreatedUtc.AddDays(2));
        Assert.Null(c.ResolvedUtc);
        Assert.Null(c.ResolutionReason);
        Assert.Null(ConcernRules.DaysToResolve(c));
    }

    [Theory]
    [InlineData(ConcernStatus.Acknowledged, ConcernStatus.New)]
    [InlineData(ConcernStatus.InProgress, ConcernStatus.Acknowledged)]
    [InlineData(ConcernStatus.Resolved, ConcernStatus.New)]
    [InlineData(ConcernStatus.New, ConcernStatus.New)]
    public void Some_moves_are_not_allowed(ConcernStatus from, ConcernStatus to)
    {
        Assert.False(ConcernRules.CanMove(from, to));
        var c = New();
        c.Status = from;
        Assert.Throws<InvalidOperationException>(() => ConcernRules.Move(c, to, "r", DateTime.UtcNow));
    }
}

public sealed class ProblemRulesTests
{
    [Fact]
    public void The_before_period_is_as_long_as_the_after_period_and_ends_the_day_before()
    {
        var (start, end) = ProblemRules.EqualPeriodBefore(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 29));
        Assert.Equal(new DateOnly(2026, 3, 31), end);
        Assert.Equal(new DateOnly(2026, 6, 29).DayNumber - new DateOnly(2026, 4, 1).DayNumber, end.DayNumber - start.DayNumber);
        Assert.True(ProblemRules.PeriodsValid(start, end, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 29)));
        Assert.False(ProblemRules.PeriodsValid(start, end.AddDays(1), new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 29)));
    }

    [Theory]
    [InlineData(ProblemStage.Scanning, ProblemStage.Analysis, true)]
    [InlineData(ProblemStage.Scanning, ProblemStage.Response, false)]
    [InlineData(ProblemStage.Assessment, ProblemStage.Analysis, true)]
    [InlineData(ProblemStage.Analysis, ProblemStage.Closed, true)]
    [InlineData(ProblemStage.Response, ProblemStage.Response, false)]
    public void Stages_move_one_forward_any_back_or_to_closed(ProblemStage from, ProblemStage to, bool allowed) =>
        Assert.Equal(allowed, ProblemRules.CanMove(from, to));

    [Fact]
    public void Closing_stamps_the_time_and_reopening_clears_it()
    {
        var p = new Problem { Title = "t", OwnerId = "o", Stage = ProblemStage.Assessment };
        var at = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        ProblemRules.Move(p, ProblemStage.Closed, at);
        Assert.Equal(at, p.ClosedUtc);
        ProblemRules.Move(p, ProblemStage.Analysis, at.AddDays(1));
        Assert.Null(p.ClosedUtc);
    }

    [Theory]
    [InlineData(10, 6, "down 4 (\u221240%)")]
    [InlineData(3, 5, "up 2 (+67%)")]
    [InlineData(0, 2, "up 2")]
    [InlineData(4, 4, "no change")]
    [InlineData(0, 0, "no change")]
    [InlineData(2, 0, "down 2 (\u2212100%)")]
    public void The_change_is_said_in_words_with_a_percentage_when_there_is_a_base(int before, int after, string expected) =>
        Assert.Equal(expected, ProblemRules.Change(before, after));
}
