using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.UnitTests;

/// <summary>How a concern comes in, whoever creates it (the public form or staff at a meeting), and who is emailed when.</summary>
public sealed class ConcernIntakeTests
{
    private static readonly DateTime Now = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    private static NewConcern Report(bool anonymous, string? name = "Ann Lee", string? email = "ann@example.com", string? phone = "870-555-0100",
        string? userId = "user-1", int? eventId = null, string? loggedBy = null) =>
        new("key-1", ConcernCategory.Noise, "  100 Main St  ", "  Loud music  ", "  weeknights ", anonymous, name, email, phone, userId, eventId, loggedBy);

    private static Concern WithEmail(string? email, ConcernStatus status = ConcernStatus.New) =>
        new() { ReferenceCode = "C-X", IdempotencyKey = "k", Location = "here", Description = "what", ReporterEmail = email, Status = status };

    [Fact]
    public void A_new_concern_gets_a_fresh_reference_code_starts_new_and_keeps_what_was_said_trimmed()
    {
        var first = ConcernIntake.Create(Report(anonymous: false), Now);
        var second = ConcernIntake.Create(Report(anonymous: false), Now);

        Assert.True(ConcernRules.LooksLikeConcernCode(first.ReferenceCode));
        Assert.NotEqual(first.ReferenceCode, second.ReferenceCode);
        Assert.Equal(ConcernStatus.New, first.Status);
        Assert.Equal(("key-1", ConcernCategory.Noise, "100 Main St", "Loud music", "weeknights"),
            (first.IdempotencyKey, first.Category, first.Location, first.Description, first.WhenItHappens));
        Assert.Equal((Now, Now), (first.CreatedUtc, first.UpdatedUtc));
    }

    [Fact]
    public void A_named_report_keeps_the_reporters_contact_and_account_trimmed_with_blanks_as_none()
    {
        var concern = ConcernIntake.Create(Report(anonymous: false, name: " Ann Lee ", email: "  ", phone: null), Now);

        Assert.False(concern.IsAnonymous);
        Assert.Equal(("Ann Lee", null, null, "user-1"), (concern.ReporterName, concern.ReporterEmail, concern.ReporterPhone, concern.ReporterUserId));
    }

    [Fact]
    public void An_anonymous_public_report_keeps_no_name_email_phone_or_user_id()
    {
        var concern = ConcernIntake.Create(Report(anonymous: true), Now);

        Assert.True(concern.IsAnonymous);
        Assert.Null(concern.ReporterName);
        Assert.Null(concern.ReporterEmail);
        Assert.Null(concern.ReporterPhone);
        Assert.Null(concern.ReporterUserId);
    }

    [Fact]
    public void An_anonymous_concern_logged_by_staff_keeps_no_reporter_details_but_the_meeting_and_who_logged_it()
    {
        var concern = ConcernIntake.Create(Report(anonymous: true, userId: null, eventId: 7, loggedBy: "staff-1"), Now);

        Assert.True(concern.IsAnonymous);
        Assert.Equal((null, null, null, null), (concern.ReporterName, concern.ReporterEmail, concern.ReporterPhone, concern.ReporterUserId));
        Assert.Equal((7, "staff-1"), (concern.RaisedAtEventId, concern.LoggedById));
    }

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData(" ", "", "  ", true)]
    [InlineData("Ann", null, null, false)]
    [InlineData(null, "ann@example.com", null, false)]
    [InlineData(null, null, "870-555-0100", false)]
    public void A_concern_raised_at_a_meeting_by_someone_who_gave_no_contact_is_anonymous(string? name, string? email, string? phone, bool anonymous) =>
        Assert.Equal(anonymous, ConcernIntake.GaveNoContact(name, email, phone));

    [Fact]
    public void An_area_picked_by_hand_wins_over_the_address_lookup_and_the_meeting()
    {
        var concern = ConcernIntake.Create(Report(anonymous: false), Now);
        ConcernIntake.Place(concern, pickedAreaId: 1, lookedUpAreaId: 2, meetingAreaId: 3);
        Assert.Equal((1, ConcernAreaPlacement.Hand), (concern.AreaId, concern.AreaPlacedBy));
    }

    [Fact]
    public void Without_a_picked_area_the_address_lookup_places_the_concern()
    {
        var concern = ConcernIntake.Create(Report(anonymous: false), Now);
        ConcernIntake.Place(concern, pickedAreaId: null, lookedUpAreaId: 2, meetingAreaId: 3);
        Assert.Equal((2, ConcernAreaPlacement.Lookup), (concern.AreaId, concern.AreaPlacedBy));
    }

    [Fact]
    public void A_meeting_concern_the_lookup_cannot_place_takes_the_meetings_area_as_placed_by_hand()
    {
        var concern = ConcernIntake.Create(Report(anonymous: false), Now);
        ConcernIntake.Place(concern, pickedAreaId: null, lookedUpAreaId: null, meetingAreaId: 3);
        Assert.Equal((3, ConcernAreaPlacement.Hand), (concern.AreaId, concern.AreaPlacedBy));
    }

    [Fact]
    public void A_concern_nothing_can_place_is_left_without_an_area_for_staff()
    {
        var concern = ConcernIntake.Create(Report(anonymous: false), Now);
        ConcernIntake.Place(concern, pickedAreaId: null, lookedUpAreaId: null, meetingAreaId: null);
        Assert.Equal((null, ConcernAreaPlacement.None), (concern.AreaId, concern.AreaPlacedBy));
    }

    [Fact]
    public void The_reporter_is_emailed_at_the_address_they_gave_when_the_concern_is_received_and_on_each_public_update()
    {
        var concern = WithEmail("ann@example.com");
        Assert.Equal("ann@example.com", ConcernIntake.EmailTo(concern, ConcernNews.Received));
        Assert.Equal("ann@example.com", ConcernIntake.EmailTo(concern, ConcernNews.PublicUpdate));
    }

    [Fact]
    public void An_internal_note_is_never_emailed() =>
        Assert.Null(ConcernIntake.EmailTo(WithEmail("ann@example.com"), ConcernNews.InternalNote));

    [Theory]
    [InlineData(ConcernStatus.Acknowledged, false)]
    [InlineData(ConcernStatus.InProgress, false)]
    [InlineData(ConcernStatus.Resolved, true)]
    [InlineData(ConcernStatus.Closed, true)]
    public void A_status_change_is_emailed_only_when_the_concern_is_resolved_or_closed(ConcernStatus now, bool emailed) =>
        Assert.Equal(emailed ? "ann@example.com" : null, ConcernIntake.EmailTo(WithEmail("ann@example.com", now), ConcernNews.StatusChanged));

    [Fact]
    public void A_concern_without_an_email_such_as_an_anonymous_one_is_never_emailed()
    {
        var anonymous = ConcernIntake.Create(Report(anonymous: true), Now);
        anonymous.Status = ConcernStatus.Resolved;
        Assert.All(Enum.GetValues<ConcernNews>(), news => Assert.Null(ConcernIntake.EmailTo(anonymous, news)));
    }
}
