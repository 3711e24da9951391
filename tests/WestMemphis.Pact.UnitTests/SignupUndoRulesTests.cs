using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public sealed class SignupUndoRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Start = Now.AddDays(3);

    [Fact]
    public void A_sign_up_cancelled_moments_ago_with_its_place_free_may_be_undone() =>
        Assert.Null(SignupRules.UndoCancelRefusal(SignupStatus.Cancelled, Now.AddMinutes(-2), EventStatus.Published, Start, filled: 2, capacity: 3, Now));

    [Fact]
    public void Exactly_the_window_is_still_in_time_and_a_moment_later_is_not()
    {
        Assert.Null(SignupRules.UndoCancelRefusal(SignupStatus.Cancelled, Now - SignupRules.UndoWindow, EventStatus.Published, Start, 0, 3, Now));
        Assert.Contains("too late", SignupRules.UndoCancelRefusal(SignupStatus.Cancelled, Now - SignupRules.UndoWindow - TimeSpan.FromSeconds(1), EventStatus.Published, Start, 0, 3, Now),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_taken_meanwhile_is_not_taken_back() =>
        Assert.Contains("already gone", SignupRules.UndoCancelRefusal(SignupStatus.Cancelled, Now.AddMinutes(-1), EventStatus.Published, Start, 3, 3, Now), StringComparison.Ordinal);

    [Theory]
    [InlineData(EventStatus.Cancelled)]
    [InlineData(EventStatus.Completed)]
    [InlineData(EventStatus.Draft)]
    public void Only_a_published_event_takes_an_undo(EventStatus status) =>
        Assert.NotNull(SignupRules.UndoCancelRefusal(SignupStatus.Cancelled, Now.AddMinutes(-1), status, Start, 0, 3, Now));

    [Fact]
    public void A_shift_under_way_takes_no_undo() =>
        Assert.NotNull(SignupRules.UndoCancelRefusal(SignupStatus.Cancelled, Now.AddMinutes(-1), EventStatus.Published, Now.AddMinutes(-5), 0, 3, Now));

    [Theory]
    [InlineData(SignupStatus.Confirmed)]
    [InlineData(SignupStatus.Waitlisted)]
    [InlineData(SignupStatus.Attended)]
    public void Only_a_cancelled_sign_up_can_be_undone(SignupStatus status) =>
        Assert.Contains("nothing to undo", SignupRules.UndoCancelRefusal(status, Now.AddMinutes(-1), EventStatus.Published, Start, 0, 3, Now), StringComparison.Ordinal);
}
