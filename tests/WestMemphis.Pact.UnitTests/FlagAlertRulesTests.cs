using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.UnitTests;

/// <summary>An area's rise flag is alerted once while it stays on, and again only after it cleared.</summary>
public sealed class FlagAlertRulesTests
{
    private static readonly Comparison Rise = new(30, 10); // z = 4.6
    private static readonly Comparison Fall = new(10, 30);
    private static readonly Comparison Usual = new(12, 10);

    [Fact]
    public void A_new_rise_flag_is_alerted_as_the_first_episode()
    {
        var (fresh, close) = FlagAlertRules.Decide([new(2, ReviewCategory.Property, Rise), new(3, ReviewCategory.Property, Usual)], []);

        var (reading, episode) = Assert.Single(fresh);
        Assert.Equal((2, ReviewCategory.Property, 1), (reading.AreaId, reading.Category, episode));
        Assert.Empty(close);
    }

    [Fact]
    public void A_flag_that_stays_on_is_not_alerted_again()
    {
        var (fresh, close) = FlagAlertRules.Decide([new(2, ReviewCategory.Property, Rise)], [new(7, 2, ReviewCategory.Property, 1, Open: true)]);

        Assert.Empty(fresh);
        Assert.Empty(close);
    }

    [Fact]
    public void A_cleared_flag_closes_its_alert_and_a_new_flag_after_it_is_the_next_episode()
    {
        var (fresh, close) = FlagAlertRules.Decide([new(2, ReviewCategory.Property, Usual)], [new(7, 2, ReviewCategory.Property, 1, Open: true)]);
        Assert.Empty(fresh);
        Assert.Equal([7], close);

        var (again, _) = FlagAlertRules.Decide([new(2, ReviewCategory.Property, Rise)], [new(7, 2, ReviewCategory.Property, 1, Open: false)]);
        Assert.Equal(2, Assert.Single(again).Episode);
    }

    [Fact]
    public void A_flagged_fall_is_not_alerted()
    {
        Assert.True(Fall.Flagged);
        Assert.Empty(FlagAlertRules.Decide([new(2, ReviewCategory.Property, Fall)], []).New);
    }
}
