using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public sealed class AppearanceBookingRulesTests
{
    private static readonly TimeSpan Buffer = TimeSpan.FromMinutes(30);
    private static readonly DateTime Nine = new(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(new[] { ResourceKind.Mascot }, true)]
    [InlineData(new[] { ResourceKind.Mascot, ResourceKind.Vehicle }, true)]
    [InlineData(new[] { ResourceKind.Mascot, ResourceKind.Officer }, false)]
    [InlineData(new[] { ResourceKind.Officer, ResourceKind.Officer, ResourceKind.Mascot }, false)]
    [InlineData(new[] { ResourceKind.Vehicle }, false)]
    [InlineData(new[] { ResourceKind.Officer }, false)]
    [InlineData(new ResourceKind[0], false)]
    public void Rusty_needs_an_officer_booked_with_him_as_handler(ResourceKind[] kinds, bool needsHandler) =>
        Assert.Equal(needsHandler, AppearanceBookingRules.NeedsHandler(kinds));

    [Fact]
    public void Overlapping_times_clash()
    {
        Assert.True(AppearanceBookingRules.Clashes(Nine, Nine.AddHours(1), Nine.AddMinutes(30), Nine.AddHours(2), TimeSpan.Zero));
        Assert.True(AppearanceBookingRules.Clashes(Nine.AddMinutes(30), Nine.AddHours(2), Nine, Nine.AddHours(1), TimeSpan.Zero));
        Assert.True(AppearanceBookingRules.Clashes(Nine, Nine.AddHours(3), Nine.AddHours(1), Nine.AddHours(2), TimeSpan.Zero));
    }

    [Fact]
    public void Back_to_back_is_fine_without_a_buffer_and_a_clash_with_one()
    {
        Assert.False(AppearanceBookingRules.Clashes(Nine, Nine.AddHours(1), Nine.AddHours(1), Nine.AddHours(2), TimeSpan.Zero));
        Assert.True(AppearanceBookingRules.Clashes(Nine, Nine.AddHours(1), Nine.AddHours(1), Nine.AddHours(2), Buffer));
        Assert.True(AppearanceBookingRules.Clashes(Nine.AddHours(1), Nine.AddHours(2), Nine, Nine.AddHours(1), Buffer));
    }

    [Fact]
    public void Exactly_the_buffer_apart_is_fine_one_minute_less_is_not()
    {
        Assert.False(AppearanceBookingRules.Clashes(Nine, Nine.AddHours(1), Nine.AddMinutes(90), Nine.AddHours(2), Buffer));
        Assert.False(AppearanceBookingRules.Clashes(Nine.AddMinutes(90), Nine.AddHours(2), Nine, Nine.AddHours(1), Buffer));
        Assert.True(AppearanceBookingRules.Clashes(Nine, Nine.AddHours(1), Nine.AddMinutes(89), Nine.AddHours(2), Buffer));
    }

    [Fact]
    public void Free_options_are_those_no_booking_clashes_with()
    {
        var booked = new[] { new ExistingBooking(1, "Rusty the Crime Dog", 7, "Bragg Elementary", Nine, Nine.AddHours(1)) };
        var options = new[] { new TimeSlot(Nine.AddMinutes(15), Nine.AddMinutes(75)), new TimeSlot(Nine.AddHours(3), Nine.AddHours(4)), new TimeSlot(Nine.AddDays(1), Nine.AddDays(1).AddHours(1)) };

        var free = AppearanceBookingRules.FreeOptions(options, booked, Buffer);

        Assert.Equal([options[1], options[2]], free);
        Assert.Single(AppearanceBookingRules.ClashesWith(options[0], booked, Buffer));
    }

    [Fact]
    public void Rusty_needs_the_longer_lead_time()
    {
        Assert.Equal(14, AppearanceBookingRules.LeadDays(false, 14, 21));
        Assert.Equal(21, AppearanceBookingRules.LeadDays(true, 14, 21));
        Assert.Equal(14, AppearanceBookingRules.LeadDays(true, 14, 7));
        Assert.Equal(new DateOnly(2026, 12, 16), AppearanceBookingRules.EarliestDate(new DateOnly(2026, 11, 25), 21));
    }

    [Fact]
    public void A_request_lists_only_the_options_filled_in()
    {
        var r = new PresentationRequest
        {
            ReferenceCode = "PR-X",
            IdempotencyKey = "k",
            RequesterName = "n",
            RequesterEmail = "e",
            Location = "l",
            Option1StartUtc = Nine,
            Option1EndUtc = Nine.AddHours(1),
            Option3StartUtc = Nine.AddDays(2),
            Option3EndUtc = Nine.AddDays(2).AddHours(1),
        };
        Assert.Equal(2, r.Options().Count);
        Assert.False(r.WantsRusty);
        r.Kind = PresentationKind.RustyVisit;
        Assert.True(r.WantsRusty);
    }
}
