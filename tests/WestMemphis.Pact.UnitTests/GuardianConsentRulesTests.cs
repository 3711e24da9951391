using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

/// <summary>A minor's guardian consents by email: who waits, who holds a seat, and what each answer does.</summary>
public sealed class GuardianConsentRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_confirmed_attended_and_no_show_sign_ups_hold_a_seat_never_one_waiting_for_consent()
    {
        Assert.Equal([SignupStatus.Confirmed, SignupStatus.Attended, SignupStatus.NoShow], Signup.HoldingSeat);
        Assert.DoesNotContain(SignupStatus.AwaitingConsent, Signup.HoldingSeat);
        Assert.Contains(SignupStatus.AwaitingConsent, Signup.Active);
    }

    [Fact]
    public void A_sign_up_waiting_for_consent_still_stops_an_overlapping_one_of_the_same_person()
    {
        var clash = SignupRules.ClashesWith("minor", 2, Now.AddDays(1), Now.AddDays(1).AddHours(2)).Compile();
        var waiting = new Signup { VolunteerId = "minor", ShiftId = 1, Status = SignupStatus.AwaitingConsent, IdempotencyKey = "k",
            Shift = new Shift { Role = "Crew", StartUtc = Now.AddDays(1).AddHours(1), EndUtc = Now.AddDays(1).AddHours(3) } };
        Assert.True(clash(waiting));
        waiting.Status = SignupStatus.Cancelled;
        Assert.False(clash(waiting));
    }

    [Theory]
    [InlineData(AgeGroup.Adult, GuardianConsentStatus.NotNeeded, SignupAdmission.TakesSeat)]
    [InlineData(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given, SignupAdmission.TakesSeat)]
    [InlineData(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Waiting, SignupAdmission.WaitsForConsent)]
    [InlineData(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Declined, SignupAdmission.Refused)]
    [InlineData(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Withdrawn, SignupAdmission.Refused)]
    [InlineData(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.NotNeeded, SignupAdmission.Refused)]
    public void What_a_new_sign_up_becomes(AgeGroup age, GuardianConsentStatus status, SignupAdmission expected)
    {
        Assert.Equal(expected, GuardianConsentRules.Admission(age, status));
        Assert.Equal(expected == SignupAdmission.Refused, GuardianConsentRules.SignupRefusal(age, status) is not null);
    }

    [Fact]
    public void Someone_without_a_profile_added_by_staff_takes_a_seat_as_before() =>
        Assert.Equal(SignupAdmission.TakesSeat, GuardianConsentRules.Admission(null, GuardianConsentStatus.NotNeeded));

    [Fact]
    public void The_refusals_say_what_to_do()
    {
        Assert.Contains("declined", GuardianConsentRules.SignupRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Declined), StringComparison.Ordinal);
        Assert.Contains("withdrew", GuardianConsentRules.SignupRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Withdrawn), StringComparison.Ordinal);
        Assert.Contains("email address", GuardianConsentRules.SignupRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.NotNeeded), StringComparison.Ordinal);
    }

    [Theory]
    // A first profile of a minor, a changed email, a new minor, the old ticked box given an email: a new request.
    [InlineData(null, GuardianConsentStatus.NotNeeded, null, AgeGroup.ThirteenToFifteen, "mum@example.com", GuardianChange.NewRequest)]
    [InlineData(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given, "mum@example.com", AgeGroup.SixteenToSeventeen, "dad@example.com", GuardianChange.NewRequest)]
    [InlineData(AgeGroup.Adult, GuardianConsentStatus.NotNeeded, null, AgeGroup.SixteenToSeventeen, "mum@example.com", GuardianChange.NewRequest)]
    [InlineData(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given, null, AgeGroup.SixteenToSeventeen, "mum@example.com", GuardianChange.NewRequest)]
    // The same email (whatever its case and spaces), another detail changed: nothing to ask.
    [InlineData(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given, "mum@example.com", AgeGroup.SixteenToSeventeen, " Mum@Example.com ", GuardianChange.None)]
    [InlineData(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Waiting, "mum@example.com", AgeGroup.SixteenToSeventeen, "mum@example.com", GuardianChange.None)]
    [InlineData(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Declined, "mum@example.com", AgeGroup.ThirteenToFifteen, "mum@example.com", GuardianChange.None)]
    // Now 18 or older.
    [InlineData(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Waiting, "mum@example.com", AgeGroup.Adult, null, GuardianChange.NoLongerMinor)]
    [InlineData(AgeGroup.Adult, GuardianConsentStatus.NotNeeded, null, AgeGroup.Adult, null, GuardianChange.None)]
    [InlineData(null, GuardianConsentStatus.NotNeeded, null, AgeGroup.Adult, null, GuardianChange.None)]
    public void What_saving_the_profile_does_to_the_consent(AgeGroup? before, GuardianConsentStatus status, string? emailBefore, AgeGroup after, string? emailAfter,
        GuardianChange expected) =>
        Assert.Equal(expected, GuardianConsentRules.OnProfileSaved(before, status, emailBefore, after, emailAfter));

    [Theory]
    [InlineData(GuardianConsentStatus.Waiting, GuardianAnswer.Consent, GuardianConsentStatus.Given)]
    [InlineData(GuardianConsentStatus.Waiting, GuardianAnswer.Decline, GuardianConsentStatus.Declined)]
    [InlineData(GuardianConsentStatus.Given, GuardianAnswer.Withdraw, GuardianConsentStatus.Withdrawn)]
    [InlineData(GuardianConsentStatus.Declined, GuardianAnswer.Consent, GuardianConsentStatus.Given)]
    [InlineData(GuardianConsentStatus.Withdrawn, GuardianAnswer.Consent, GuardianConsentStatus.Given)]
    public void The_answers_that_apply(GuardianConsentStatus from, GuardianAnswer answer, GuardianConsentStatus to)
    {
        Assert.Equal(to, GuardianConsentRules.After(from, answer));
        Assert.Null(GuardianConsentRules.AnswerRefusal(from, answer));
    }

    [Theory]
    [InlineData(GuardianConsentStatus.Given, GuardianAnswer.Consent, "already consented")]
    [InlineData(GuardianConsentStatus.Given, GuardianAnswer.Decline, "withdraw")]
    [InlineData(GuardianConsentStatus.Declined, GuardianAnswer.Decline, "already declined")]
    [InlineData(GuardianConsentStatus.Waiting, GuardianAnswer.Withdraw, "nothing to withdraw")]
    [InlineData(GuardianConsentStatus.Withdrawn, GuardianAnswer.Withdraw, "no consent to withdraw")]
    [InlineData(GuardianConsentStatus.Withdrawn, GuardianAnswer.Decline, "already withdrawn")]
    [InlineData(GuardianConsentStatus.NotNeeded, GuardianAnswer.Consent, "no longer needs")]
    public void A_second_click_or_an_old_page_changes_nothing_and_says_why(GuardianConsentStatus from, GuardianAnswer answer, string says)
    {
        Assert.Null(GuardianConsentRules.After(from, answer));
        Assert.Contains(says, GuardianConsentRules.AnswerRefusal(from, answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SignupStatus.AwaitingConsent, -1, true)] // waiting: cancelled even if its shift has started (it never held a seat)
    [InlineData(SignupStatus.AwaitingConsent, 24, true)]
    [InlineData(SignupStatus.Confirmed, 24, true)]
    [InlineData(SignupStatus.Waitlisted, 24, true)]
    [InlineData(SignupStatus.Confirmed, -1, false)] // under way: the coordinator on site decides
    [InlineData(SignupStatus.Attended, -48, false)]
    [InlineData(SignupStatus.NoShow, -48, false)]
    [InlineData(SignupStatus.Cancelled, 24, false)]
    public void A_decline_or_withdrawal_cancels_what_is_waiting_and_every_shift_still_to_come(SignupStatus status, int startsInHours, bool cancelled) =>
        Assert.Equal(cancelled, GuardianConsentRules.CancelledByRefusal(status, Now.AddHours(startsInHours), Now));

    [Theory]
    [InlineData(EventStatus.Published, 24, WaitingOutcome.TakeSeat)]
    [InlineData(EventStatus.Published, 0, WaitingOutcome.ShiftPassed)]
    [InlineData(EventStatus.Published, -3, WaitingOutcome.ShiftPassed)]
    [InlineData(EventStatus.Cancelled, 24, WaitingOutcome.EventClosed)]
    [InlineData(EventStatus.Completed, -24, WaitingOutcome.EventClosed)]
    public void What_consent_does_to_one_waiting_sign_up(EventStatus eventStatus, int startsInHours, WaitingOutcome expected) =>
        Assert.Equal(expected, GuardianConsentRules.OnConsent(eventStatus, Now.AddHours(startsInHours), Now));

    [Fact]
    public void Consent_gives_seats_first_come_first_served_while_each_shift_has_room()
    {
        var future = Now.AddDays(3);
        var outcomes = GuardianConsentRules.Resolve(
        [
            new WaitingSignup(4, Now.AddHours(-1), ShiftId: 10, EventStatus.Published, future, Filled: 4, Capacity: 5),
            new WaitingSignup(2, Now.AddHours(-5), ShiftId: 10, EventStatus.Published, future, Filled: 4, Capacity: 5),
            new WaitingSignup(3, Now.AddHours(-3), ShiftId: 11, EventStatus.Published, future, Filled: 5, Capacity: 5),
            new WaitingSignup(5, Now.AddHours(-2), ShiftId: 12, EventStatus.Published, Now.AddHours(-1), Filled: 0, Capacity: 5),
            new WaitingSignup(6, Now.AddHours(-2), ShiftId: 13, EventStatus.Cancelled, future, Filled: 0, Capacity: 5),
        ], Now);

        Assert.Equal(
        [
            (2L, WaitingOutcome.TakeSeat), // made first: the last seat of shift 10
            (3L, WaitingOutcome.ShiftFull), // shift 11 filled while it waited
            (5L, WaitingOutcome.ShiftPassed),
            (6L, WaitingOutcome.EventClosed),
            (4L, WaitingOutcome.ShiftFull), // made later: shift 10 has no room left
        ], outcomes);
    }

    [Fact]
    public void What_the_minor_is_told_about_a_sign_up_consent_could_not_confirm()
    {
        Assert.Contains("join its waitlist", GuardianConsentRules.Explain(WaitingOutcome.ShiftFull), StringComparison.Ordinal);
        Assert.Contains("already started", GuardianConsentRules.Explain(WaitingOutcome.ShiftPassed), StringComparison.Ordinal);
        Assert.Contains("cancelled or is over", GuardianConsentRules.Explain(WaitingOutcome.EventClosed), StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_ticked_box_stays_valid_until_the_email_is_given()
    {
        Assert.True(GuardianConsentRules.IsLegacyConsent(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given, null));
        Assert.True(GuardianConsentRules.HasConsent(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given));
        Assert.Equal(SignupAdmission.TakesSeat, GuardianConsentRules.Admission(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given));
        Assert.False(GuardianConsentRules.IsLegacyConsent(AgeGroup.SixteenToSeventeen, GuardianConsentStatus.Given, "mum@example.com"));
        Assert.False(GuardianConsentRules.IsLegacyConsent(AgeGroup.Adult, GuardianConsentStatus.NotNeeded, null));
    }

    [Fact]
    public void The_request_is_sent_again_only_where_it_makes_sense_and_not_in_a_flood()
    {
        Assert.Null(GuardianConsentRules.ResendRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Waiting, "mum@example.com", Now - GuardianConsentRules.ResendInterval, Now));
        Assert.Null(GuardianConsentRules.ResendRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Declined, "mum@example.com", Now.AddDays(-1), Now));
        Assert.Contains("less than 5 minutes", GuardianConsentRules.ResendRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Waiting, "mum@example.com", Now.AddMinutes(-1), Now),
            StringComparison.Ordinal);
        Assert.Contains("already consented", GuardianConsentRules.ResendRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Given, "mum@example.com", null, Now), StringComparison.Ordinal);
        Assert.Contains("email address", GuardianConsentRules.ResendRefusal(AgeGroup.ThirteenToFifteen, GuardianConsentStatus.Given, null, null, Now), StringComparison.Ordinal);
        Assert.Contains("18 or older", GuardianConsentRules.ResendRefusal(AgeGroup.Adult, GuardianConsentStatus.NotNeeded, null, null, Now), StringComparison.Ordinal);
    }
}
