using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

/// <summary>An event's status changes and "a shift lies inside its event", without HTTP or a database.</summary>
public sealed class EventStatusRulesTests
{
    private static readonly DateTime Now = new(2026, 10, 6, 18, 0, 0, DateTimeKind.Utc);

    private static Event An(EventStatus status, DateTime? start = null) => new()
    {
        Title = "Park and Walk",
        Location = "Hope Park",
        Status = status,
        StartUtc = start ?? Now.AddDays(3),
        EndUtc = (start ?? Now.AddDays(3)).AddHours(2),
    };

    [Fact]
    public void A_draft_is_published_once_and_keeps_its_first_publication_time()
    {
        var e = An(EventStatus.Draft);
        Assert.Null(e.Publish(Now));
        Assert.Equal((EventStatus.Published, Now), (e.Status, e.PublishedUtc));
        Assert.Equal("Only a draft can be published.", e.Publish(Now.AddHours(1)));
        Assert.Equal(Now, e.PublishedUtc);
    }

    [Theory]
    [InlineData(EventStatus.Cancelled)]
    [InlineData(EventStatus.Completed)]
    public void Only_a_draft_can_be_published(EventStatus status)
    {
        var e = An(status);
        Assert.NotNull(e.Publish(Now));
        Assert.Equal(status, e.Status);
    }

    [Fact]
    public void A_published_event_is_completed_only_once_it_has_started()
    {
        var ahead = An(EventStatus.Published, Now.AddMinutes(1));
        Assert.NotNull(ahead.Complete(Now));
        Assert.Equal(EventStatus.Published, ahead.Status);

        var started = An(EventStatus.Published, Now);
        Assert.Null(started.Complete(Now));
        Assert.Equal(EventStatus.Completed, started.Status);

        var draft = An(EventStatus.Draft, Now.AddDays(-1));
        Assert.NotNull(draft.Complete(Now));
        Assert.Equal(EventStatus.Draft, draft.Status);
    }

    [Theory]
    [InlineData(EventStatus.Draft)]
    [InlineData(EventStatus.Published)]
    public void Drafts_and_published_events_can_be_cancelled_with_a_reason(EventStatus status)
    {
        var e = An(status);
        Assert.Null(e.Cancel("Storm warning.", Now));
        Assert.Equal((EventStatus.Cancelled, "Storm warning.", (DateTime?)Now), (e.Status, e.CancellationReason, e.CancelledUtc));
        Assert.False(e.AcceptsNewShifts);
    }

    [Theory]
    [InlineData(EventStatus.Cancelled, "already cancelled")]
    [InlineData(EventStatus.Completed, "completed event cannot be cancelled")]
    public void Cancelled_and_completed_events_cannot_be_cancelled(EventStatus status, string why)
    {
        var e = An(status);
        Assert.Contains(why, e.Cancel("again", Now));
        Assert.Equal(status, e.Status);
        Assert.Null(e.CancellationReason);
    }

    [Theory]
    [InlineData(0, 120, true)]
    [InlineData(30, 90, true)]
    [InlineData(-1, 60, false)]
    [InlineData(60, 121, false)]
    [InlineData(-60, 180, false)]
    public void A_shift_lies_inside_its_event(int startMinutes, int endMinutes, bool inside)
    {
        var e = An(EventStatus.Published);
        Assert.Equal(inside, e.Contains(e.StartUtc.AddMinutes(startMinutes), e.StartUtc.AddMinutes(endMinutes)));
    }

    [Fact]
    public void Only_a_draft_never_published_can_be_deleted()
    {
        Assert.True(An(EventStatus.Draft).CanBeDeleted);
        var once = An(EventStatus.Draft);
        once.PublishedUtc = Now;
        Assert.False(once.CanBeDeleted);
        Assert.False(An(EventStatus.Published).CanBeDeleted);
    }
}

/// <summary>Check-in, check-out and hours credited, without HTTP or a database.</summary>
public sealed class CheckInHoursTests
{
    private static readonly DateTime In = new(2026, 4, 11, 13, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 0.25)] // at least one quarter
    [InlineData(7, 0.25)] // 0.47 quarter: the minimum
    [InlineData(22, 0.25)] // 1.47 quarters round down
    [InlineData(23, 0.5)] // 1.53 quarters round up
    [InlineData(120 + 7, 2.0)] // 8.47 quarters round down
    [InlineData(120 + 8, 2.25)] // 8.53 quarters round up
    [InlineData(37.5, 0.75)] // exactly half a quarter (2.5) rounds up, not to even
    [InlineData(52.5, 1.0)] // 3.5 quarters rounds up
    [InlineData(23 * 60 + 52, 23.75)] // 95.47 quarters round down
    [InlineData(23 * 60 + 53, 24.0)] // 95.53 quarters round up to the cap
    [InlineData(24 * 60, 24.0)]
    [InlineData(30 * 60, 24.0)] // forgotten check-out: capped at 24 hours
    [InlineData(72 * 60, 24.0)]
    public void Hours_are_rounded_to_the_nearest_quarter_with_one_quarter_at_least_and_24_hours_at_most(double minutes, double hours) =>
        Assert.Equal(hours, Signup.CreditedHours(In, In.AddMinutes(minutes)));

    private static Signup A(SignupStatus status) => new() { VolunteerId = "v", IdempotencyKey = "k", Status = status };

    [Fact]
    public void Check_in_then_check_out_credits_the_hours()
    {
        var s = A(SignupStatus.Confirmed);
        Assert.Null(s.CheckIn(In));
        Assert.Null(s.CheckOut(In.AddMinutes(128)));
        Assert.Equal((SignupStatus.Attended, (DateTime?)In, (DateTime?)In.AddMinutes(128), (double?)2.25), (s.Status, s.CheckedInUtc, s.CheckedOutUtc, s.Hours));
    }

    [Fact]
    public void Approved_hours_are_not_recomputed_by_a_later_check_out()
    {
        var s = A(SignupStatus.Confirmed);
        s.CheckIn(In);
        Assert.Null(s.SetHours(3.5, approve: true));
        Assert.Null(s.CheckOut(In.AddHours(10)));
        Assert.Equal(3.5, s.Hours);
        Assert.Equal("These hours are already approved.", s.SetHours(1, approve: false));
    }

    [Theory]
    [InlineData(SignupStatus.Waitlisted)]
    [InlineData(SignupStatus.Cancelled)]
    [InlineData(SignupStatus.Attended)]
    public void Only_confirmed_or_no_show_volunteers_can_be_checked_in(SignupStatus status)
    {
        var s = A(status);
        Assert.NotNull(s.CheckIn(In));
        Assert.Equal(status, s.Status);
        Assert.Null(s.CheckedInUtc);
    }

    [Fact]
    public void A_no_show_marked_by_mistake_can_still_be_checked_in_and_only_confirmed_people_are_marked_no_show()
    {
        var s = A(SignupStatus.Confirmed);
        Assert.Null(s.MarkNoShow());
        Assert.Equal(SignupStatus.NoShow, s.Status);
        Assert.NotNull(s.MarkNoShow());
        Assert.Null(s.CheckIn(In));
        Assert.Equal(SignupStatus.Attended, s.Status);
    }

    [Fact]
    public void Check_out_needs_a_check_in()
    {
        var s = A(SignupStatus.Confirmed);
        Assert.Equal("Check the volunteer in first.", s.CheckOut(In));
        Assert.Null(s.CheckedOutUtc);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.25)]
    [InlineData(24.01)]
    public void Hours_outside_0_to_24_are_refused(double hours)
    {
        var s = A(SignupStatus.Attended);
        Assert.Contains("from 0 to 24", s.SetHours(hours, approve: false));
        Assert.Null(s.Hours);
    }

    [Fact]
    public void Hours_set_by_hand_keep_two_decimals_and_only_for_someone_who_attended()
    {
        var s = A(SignupStatus.Attended);
        Assert.Null(s.SetHours(2.3333, approve: false));
        Assert.Equal(2.33, s.Hours);
        Assert.NotNull(A(SignupStatus.Confirmed).SetHours(2, approve: false));
    }
}

/// <summary>Who may sign up, cancel, and when a waitlist moves, without HTTP or a database.</summary>
public sealed class SignupRulesTests
{
    private static readonly DateTime Now = new(2026, 10, 6, 18, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(EventStatus.Published, 1, true)]
    [InlineData(EventStatus.Published, 0, false)]
    [InlineData(EventStatus.Published, -1, false)]
    [InlineData(EventStatus.Cancelled, 1, false)]
    [InlineData(EventStatus.Completed, 1, false)]
    [InlineData(EventStatus.Draft, 1, false)]
    public void A_waitlist_moves_only_for_a_published_event_whose_shift_has_not_started(EventStatus status, int startInMinutes, bool moves)
    {
        var start = Now.AddMinutes(startInMinutes);
        Assert.Equal(moves, SignupRules.WaitlistMoves(status, start, Now));
        // The query form the database runs says the same.
        var shift = new Shift { Role = "Crew", StartUtc = start, Event = new Event { Title = "t", Location = "l", Status = status } };
        Assert.Equal(moves, SignupRules.WaitlistMoves(Now).Compile()(shift));
    }

    [Theory]
    [InlineData(EventStatus.Published, 1, null)]
    [InlineData(EventStatus.Published, 0, "already started")]
    [InlineData(EventStatus.Cancelled, 60, "has been cancelled")]
    [InlineData(EventStatus.Completed, -60, "over")]
    public void A_volunteer_cancels_only_before_the_shift_of_an_event_that_still_goes_ahead(EventStatus status, int startInMinutes, string? refusal)
    {
        var why = SignupRules.VolunteerCancelRefusal(status, Now.AddMinutes(startInMinutes), Now);
        if (refusal is null)
        {
            Assert.Null(why);
        }
        else
        {
            Assert.Contains(refusal, why);
        }

        Assert.Equal(refusal is null, SignupRules.VolunteerMayCancel(status, Now.AddMinutes(startInMinutes), Now));
    }

    private static ShiftTerms Terms(EventStatus status = EventStatus.Published, bool seeking = true, int startInMinutes = 60, int minimumAge = 13, bool children = false) =>
        new(status, seeking, Now.AddMinutes(startInMinutes), minimumAge, children);

    [Fact]
    public void Sign_ups_close_for_drafts_cancelled_events_events_not_seeking_volunteers_and_started_shifts()
    {
        Assert.Null(SignupRules.ClosedRefusal(Terms(), Now, byStaff: false));
        Assert.NotNull(SignupRules.ClosedRefusal(Terms(EventStatus.Cancelled), Now, byStaff: false));
        Assert.NotNull(SignupRules.ClosedRefusal(Terms(EventStatus.Draft), Now, byStaff: true));
        Assert.Contains("not taking volunteers", SignupRules.ClosedRefusal(Terms(seeking: false), Now, byStaff: false));
        Assert.Contains("already started", SignupRules.ClosedRefusal(Terms(startInMinutes: 0), Now, byStaff: false));
        // Staff may add someone at the door, or to an event that stopped seeking volunteers.
        Assert.Null(SignupRules.ClosedRefusal(Terms(seeking: false, startInMinutes: -30), Now, byStaff: true));
    }

    private static VolunteerProfile Profile(AgeGroup age = AgeGroup.Adult, BackgroundCheckStatus check = BackgroundCheckStatus.NotStarted) =>
        new() { UserId = "u", Phone = "870-555-0100", WaiverVersion = "2026-1", AgeGroup = age, BackgroundCheck = check, BackgroundCheckUtc = Now.AddDays(-10) };

    [Theory]
    [InlineData(AgeGroup.Adult, 18, true)]
    [InlineData(AgeGroup.SixteenToSeventeen, 16, true)]
    [InlineData(AgeGroup.SixteenToSeventeen, 18, false)]
    [InlineData(AgeGroup.ThirteenToFifteen, 13, true)]
    [InlineData(AgeGroup.ThirteenToFifteen, 16, false)]
    public void A_volunteer_must_be_old_enough_for_the_shift(AgeGroup age, int minimumAge, bool eligible)
    {
        var why = SignupRules.EligibilityRefusal(Terms(minimumAge: minimumAge), Profile(age), byStaff: true, 24);
        Assert.Equal(eligible, why is null);
        if (!eligible)
        {
            Assert.Contains($"at least {minimumAge}", why);
        }
    }

    [Theory]
    [InlineData(BackgroundCheckStatus.Cleared, true)]
    [InlineData(BackgroundCheckStatus.Pending, false)]
    [InlineData(BackgroundCheckStatus.NotStarted, false)]
    [InlineData(BackgroundCheckStatus.NotCleared, false)]
    public void Shifts_with_children_need_a_cleared_background_check_even_when_staff_add_the_person(BackgroundCheckStatus check, bool eligible)
    {
        Assert.Equal(eligible, SignupRules.EligibilityRefusal(Terms(children: true), Profile(check: check), byStaff: true, 24) is null);
        Assert.Null(SignupRules.EligibilityRefusal(Terms(children: false), Profile(check: check), byStaff: false, 24));
    }

    [Fact]
    public void A_volunteer_needs_a_profile_unless_staff_add_them()
    {
        Assert.Contains("profile", SignupRules.EligibilityRefusal(Terms(), null, byStaff: false, 24));
        Assert.Null(SignupRules.EligibilityRefusal(Terms(), null, byStaff: true, 24));
        Assert.NotNull(SignupRules.EligibilityRefusal(Terms(children: true), null, byStaff: true, 24));
    }

    [Theory]
    [InlineData(0, 60, 30, 90, true)]
    [InlineData(0, 60, 60, 120, false)] // back to back
    [InlineData(0, 60, -60, 0, false)]
    [InlineData(0, 60, 10, 20, true)] // inside
    [InlineData(10, 20, 0, 60, true)] // around
    public void Shifts_overlap_when_each_starts_before_the_other_ends(int aStart, int aEnd, int bStart, int bEnd, bool overlap)
    {
        Assert.Equal(overlap, SignupRules.Overlaps(Now.AddMinutes(aStart), Now.AddMinutes(aEnd), Now.AddMinutes(bStart), Now.AddMinutes(bEnd)));
        // The query the database runs for one person's other sign-ups agrees.
        var other = new Signup
        {
            VolunteerId = "v",
            IdempotencyKey = "k",
            Status = SignupStatus.Confirmed,
            ShiftId = 2,
            Shift = new Shift { Id = 2, Role = "Other", StartUtc = Now.AddMinutes(bStart), EndUtc = Now.AddMinutes(bEnd) },
        };
        Assert.Equal(overlap, SignupRules.ClashesWith("v", 1, Now.AddMinutes(aStart), Now.AddMinutes(aEnd)).Compile()(other));
    }

    [Fact]
    public void Cancelled_sign_ups_others_sign_ups_and_the_same_shift_are_told_apart()
    {
        var clash = SignupRules.ClashesWith("v", 1, Now, Now.AddHours(1)).Compile();
        var sameShift = new Signup { VolunteerId = "v", IdempotencyKey = "k", Status = SignupStatus.Waitlisted, ShiftId = 1, Shift = new Shift { Role = "x", StartUtc = Now.AddDays(1), EndUtc = Now.AddDays(1) } };
        Assert.True(clash(sameShift));
        Assert.False(clash(new Signup { VolunteerId = "v", IdempotencyKey = "k", Status = SignupStatus.Cancelled, ShiftId = 1, Shift = sameShift.Shift }));
        Assert.False(clash(new Signup { VolunteerId = "w", IdempotencyKey = "k", Status = SignupStatus.Confirmed, ShiftId = 1, Shift = sameShift.Shift }));
    }
}
