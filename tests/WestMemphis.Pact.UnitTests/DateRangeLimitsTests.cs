using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

public class DateRangeLimitsTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void Dates_within_the_bounds_are_kept_as_typed_without_a_message()
    {
        var range = DateRangeLimits.Check(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), Today);

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), (range.From!.Value, range.To!.Value));
        Assert.Empty(range.Problems);
    }

    [Theory]
    [InlineData(1900, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(2028, 1, 1)]
    public void An_end_outside_1990_to_next_year_is_left_out_with_a_message(int year, int month, int day)
    {
        var range = DateRangeLimits.Check(new DateOnly(year, month, day), null, Today);

        Assert.Null(range.From);
        Assert.Contains("between 1 Jan 1990 and 31 Dec 2027", Assert.Single(range.Problems));
    }

    [Fact]
    public void Ends_the_wrong_way_round_are_swapped_and_said()
    {
        var range = DateRangeLimits.Check(new DateOnly(2026, 6, 30), new DateOnly(2026, 1, 1), Today);

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), (range.From!.Value, range.To!.Value));
        Assert.Contains("swapped", Assert.Single(range.Problems));
    }

    [Fact]
    public void A_range_over_ten_years_keeps_its_end_and_starts_ten_years_before()
    {
        var range = DateRangeLimits.Check(new DateOnly(1990, 1, 1), new DateOnly(2026, 12, 31), Today);

        Assert.Equal(new DateOnly(2017, 1, 1), range.From);
        Assert.Equal(new DateOnly(2026, 12, 31), range.To);
        Assert.Contains("at most 10 years", Assert.Single(range.Problems));
    }

    [Fact]
    public void Exactly_ten_years_is_allowed()
    {
        Assert.Empty(DateRangeLimits.Check(new DateOnly(2017, 1, 1), new DateOnly(2026, 12, 31), Today).Problems);
    }

    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData(" 2026-03-08 ", true)]
    [InlineData("2026-02-30", false)]
    [InlineData("03/08/2026", false)]
    [InlineData(null, false)]
    public void A_typed_date_of_any_year_is_read_so_that_its_bounds_can_be_explained(string? typed, bool isDate)
    {
        Assert.Equal(isDate, DateRangeLimits.Read(typed) is not null);
    }
}
