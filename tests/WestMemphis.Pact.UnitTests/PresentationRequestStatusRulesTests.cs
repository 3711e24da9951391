using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public sealed class PresentationRequestStatusRulesTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 15, 0, 0, DateTimeKind.Utc);

    private static PresentationRequest Request(PresentationStatus status, DateTime? visitStartUtc = null) => new()
    {
        ReferenceCode = "PR-TEST0001", IdempotencyKey = "k", RequesterName = "R", RequesterEmail = "r@example.org", Location = "School", Status = status,
        Appearance = visitStartUtc is { } start ? new Appearance { Location = "School", StartUtc = start, EndUtc = start.AddHours(1) } : null,
    };

    public static TheoryData<PresentationStatus, PresentationStatus> Allowed => new()
    {
        { PresentationStatus.Submitted, PresentationStatus.UnderReview },
        { PresentationStatus.Submitted, PresentationStatus.Scheduled },
        { PresentationStatus.UnderReview, PresentationStatus.Scheduled },
        { PresentationStatus.Scheduled, PresentationStatus.Scheduled },
        { PresentationStatus.Submitted, PresentationStatus.Declined },
        { PresentationStatus.UnderReview, PresentationStatus.Declined },
        { PresentationStatus.Scheduled, PresentationStatus.Declined },
        { PresentationStatus.Scheduled, PresentationStatus.Completed },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_moves_are_allowed(PresentationStatus from, PresentationStatus to) =>
        Assert.True(PresentationRequestStatusRules.CanMoveTo(from, to));

    [Fact]
    public void Every_other_move_is_refused()
    {
        var allowed = Allowed.Select(row => ((PresentationStatus)row[0], (PresentationStatus)row[1])).ToHashSet();
        foreach (var from in Enum.GetValues<PresentationStatus>())
        {
            foreach (var to in Enum.GetValues<PresentationStatus>().Where(to => !allowed.Contains((from, to))))
            {
                Assert.False(PresentationRequestStatusRules.CanMoveTo(from, to), $"{from} to {to}");
                Assert.Throws<InvalidOperationException>(() => PresentationRequestStatusRules.MoveTo(Request(from), to, Now));
            }
        }
    }

    [Theory]
    [InlineData(PresentationStatus.UnderReview, PresentationStatus.UnderReview)]
    [InlineData(PresentationStatus.Scheduled, PresentationStatus.UnderReview)]
    [InlineData(PresentationStatus.Declined, PresentationStatus.Scheduled)]
    [InlineData(PresentationStatus.Completed, PresentationStatus.Declined)]
    [InlineData(PresentationStatus.Cancelled, PresentationStatus.Scheduled)]
    [InlineData(PresentationStatus.Submitted, PresentationStatus.Completed)]
    [InlineData(PresentationStatus.UnderReview, PresentationStatus.Completed)]
    [InlineData(PresentationStatus.Scheduled, PresentationStatus.Submitted)]
    [InlineData(PresentationStatus.Submitted, PresentationStatus.Cancelled)]
    public void Refused_moves_are_refused(PresentationStatus from, PresentationStatus to) =>
        Assert.False(PresentationRequestStatusRules.CanMoveTo(from, to));

    [Fact]
    public void Marking_under_review_moves_stamps_and_returns_the_audit_detail()
    {
        var r = Request(PresentationStatus.Submitted);
        Assert.Equal("Submitted to UnderReview", PresentationRequestStatusRules.MoveTo(r, PresentationStatus.UnderReview, Now));
        Assert.Equal((PresentationStatus.UnderReview, Now), (r.Status, r.UpdatedUtc));
    }

    [Fact]
    public void Declining_keeps_the_reason_and_frees_the_appearance()
    {
        var r = Request(PresentationStatus.Scheduled, Now.AddDays(3));
        Assert.Equal("Scheduled to Declined", PresentationRequestStatusRules.Decline(r, "No officers free", Now));
        Assert.Equal((PresentationStatus.Declined, "No officers free", false, Now), (r.Status, r.DeclineReason, r.Appearance!.Active, r.UpdatedUtc));
    }

    [Fact]
    public void Completion_before_the_visit_starts_is_refused()
    {
        var r = Request(PresentationStatus.Scheduled, Now.AddMinutes(1));
        Assert.False(PresentationRequestStatusRules.CanComplete(r, Now));
        Assert.Throws<InvalidOperationException>(() => PresentationRequestStatusRules.Complete(r, 30, null, Now));
        Assert.Equal(PresentationStatus.Scheduled, r.Status);
    }

    [Fact]
    public void Completion_at_or_after_the_visit_start_is_allowed_and_stamped()
    {
        Assert.True(PresentationRequestStatusRules.CanComplete(Request(PresentationStatus.Scheduled, Now), Now));
        var r = Request(PresentationStatus.Scheduled, Now.AddHours(-2));
        Assert.Equal("Scheduled to Completed", PresentationRequestStatusRules.Complete(r, 30, "Great class", Now));
        Assert.Equal((PresentationStatus.Completed, (int?)30, "Great class", (DateTime?)Now, Now), (r.Status, r.PeopleReached, r.CompletionNotes, r.CompletedUtc, r.UpdatedUtc));
    }

    [Fact]
    public void Completion_without_a_scheduled_visit_is_refused()
    {
        Assert.False(PresentationRequestStatusRules.CanComplete(Request(PresentationStatus.Scheduled), Now));
        Assert.False(PresentationRequestStatusRules.CanComplete(Request(PresentationStatus.UnderReview, Now.AddHours(-2)), Now));
        Assert.False(PresentationRequestStatusRules.CanComplete(PresentationStatus.Declined, Now.AddHours(-2), Now));
    }

    [Fact]
    public void The_open_query_filter_is_the_same_rule_as_IsOpen()
    {
        var open = PresentationRequestStatusRules.Open.Compile();
        Assert.All(Enum.GetValues<PresentationStatus>(), status => Assert.Equal(PresentationRequestStatusRules.IsOpen(status), open(Request(status))));
    }
}
