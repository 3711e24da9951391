using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

/// <summary>A cleared background check lasts a set number of months; reminders come before it ends; shifts with children need it valid on their day.</summary>
public sealed class BackgroundCheckTests
{
    private static readonly DateTime Checked = new(2024, 3, 4, 18, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(BackgroundCheckStatus.NotStarted)]
    [InlineData(BackgroundCheckStatus.Pending)]
    [InlineData(BackgroundCheckStatus.NotCleared)]
    public void Only_a_cleared_check_has_an_end(BackgroundCheckStatus status)
    {
        Assert.Null(BackgroundChecks.ExpiresUtc(status, Checked, 24));
        Assert.Equal(BackgroundCheckStanding.NotCleared, BackgroundChecks.Standing(status, Checked, Checked, 24, 30));
    }

    [Fact]
    public void A_cleared_check_is_current_then_expiring_then_expired()
    {
        Assert.Equal(Checked.AddMonths(24), BackgroundChecks.ExpiresUtc(BackgroundCheckStatus.Cleared, Checked, 24));
        Assert.Equal(BackgroundCheckStanding.Current, BackgroundChecks.Standing(BackgroundCheckStatus.Cleared, Checked, Checked.AddMonths(22), 24, 30));
        Assert.Equal(BackgroundCheckStanding.ExpiringSoon, BackgroundChecks.Standing(BackgroundCheckStatus.Cleared, Checked, Checked.AddMonths(24).AddDays(-30), 24, 30));
        Assert.Equal(BackgroundCheckStanding.ExpiringSoon, BackgroundChecks.Standing(BackgroundCheckStatus.Cleared, Checked, Checked.AddMonths(24).AddSeconds(-1), 24, 30));
        Assert.Equal(BackgroundCheckStanding.Expired, BackgroundChecks.Standing(BackgroundCheckStatus.Cleared, Checked, Checked.AddMonths(24), 24, 30));
        Assert.Equal(BackgroundCheckStanding.NotCleared, BackgroundChecks.Standing(BackgroundCheckStatus.Cleared, null, Checked, 24, 30));
    }

    [Fact]
    public void The_reminder_is_due_once_per_check_inside_the_window()
    {
        var inWindow = Checked.AddMonths(24).AddDays(-10);
        Assert.False(BackgroundChecks.ReminderDue(BackgroundCheckStatus.Cleared, Checked, null, Checked.AddMonths(22), 24, 30));
        Assert.True(BackgroundChecks.ReminderDue(BackgroundCheckStatus.Cleared, Checked, null, inWindow, 24, 30));
        Assert.False(BackgroundChecks.ReminderDue(BackgroundCheckStatus.Cleared, Checked, inWindow.AddDays(-1), inWindow, 24, 30));
        // A reminder for an earlier check does not count once the check is renewed.
        var renewed = Checked.AddMonths(23);
        Assert.True(BackgroundChecks.ReminderDue(BackgroundCheckStatus.Cleared, renewed, Checked.AddMonths(22), renewed.AddMonths(24).AddDays(-5), 24, 30));
        Assert.False(BackgroundChecks.ReminderDue(BackgroundCheckStatus.Cleared, Checked, null, Checked.AddMonths(25), 24, 30));
    }

    [Fact]
    public void A_shift_with_children_needs_the_check_valid_on_the_shift_day_with_a_message_saying_what_to_do()
    {
        var profile = new VolunteerProfile { UserId = "u", Phone = "870-555-0100", WaiverVersion = "2026-1", BackgroundCheck = BackgroundCheckStatus.Cleared, BackgroundCheckUtc = Checked };
        var before = new ShiftTerms(EventStatus.Published, true, Checked.AddMonths(24).AddDays(-1), 13, true);
        var after = before with { StartUtc = Checked.AddMonths(24).AddDays(1) };

        Assert.Null(SignupRules.EligibilityRefusal(before, profile, byStaff: false, 24));
        var why = SignupRules.EligibilityRefusal(after, profile, byStaff: false, 24);
        Assert.Contains("valid only until March 4, 2026", why, StringComparison.Ordinal);
        Assert.Contains("renew", why, StringComparison.Ordinal);
        Assert.Null(SignupRules.EligibilityRefusal(after, profile, byStaff: false, 36));
        Assert.Null(SignupRules.EligibilityRefusal(after with { WorksWithChildren = false }, profile, byStaff: false, 24));
    }
}
