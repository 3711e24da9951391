using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public sealed class CentralTimeTests
{
    [Fact]
    public void A_range_reads_the_way_people_say_it()
    {
        // Sat Oct 3 2026, 6:00-8:00 PM CDT (UTC-5).
        var start = new DateTime(2026, 10, 3, 23, 0, 0, DateTimeKind.Utc);
        Assert.Equal("Sat, Oct 3, 6:00–8:00 PM", CentralTime.FormatRange(start, start.AddHours(2)));
    }

    [Fact]
    public void A_range_across_noon_names_both_halves_of_the_day()
    {
        var start = new DateTime(2026, 10, 3, 15, 30, 0, DateTimeKind.Utc); // 10:30 AM CDT
        Assert.Equal("Sat, Oct 3, 10:30 AM–1:00 PM", CentralTime.FormatRange(start, start.AddHours(2.5)));
    }

    [Fact]
    public void Standard_time_is_six_hours_behind_utc_and_daylight_time_five()
    {
        Assert.Equal(18, CentralTime.ToLocal(new DateTime(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc)).Hour);
        Assert.Equal(19, CentralTime.ToLocal(new DateTime(2026, 7, 10, 0, 0, 0, DateTimeKind.Utc)).Hour);
    }

    [Fact]
    public void An_event_across_midnight_shows_both_days()
    {
        var start = new DateTime(2026, 8, 5, 3, 0, 0, DateTimeKind.Utc); // Tue Aug 4, 10:00 PM CDT
        Assert.Equal("Tue, Aug 4, 10:00 PM – Wed, Aug 5, 1:00 AM", CentralTime.FormatRange(start, start.AddHours(3)));
    }
}
