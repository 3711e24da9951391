using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.UnitTests.Liaison;

/// <summary>The liaison rules that hold wherever a contact or an assignment is saved.</summary>
public sealed class LiaisonRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static LiaisonAssignment Assignment(DateOnly start, DateOnly? end) => new() { OfficerId = "o", StartDate = start, EndDate = end };

    [Theory]
    [InlineData(0, null, true)] // starts that day, open
    [InlineData(1, null, false)] // starts the next day
    [InlineData(-10, 0, true)] // ends that day: the end day is included
    [InlineData(-10, -1, false)] // ended the day before
    [InlineData(-10, 5, true)]
    public void An_assignment_is_current_from_its_first_to_its_last_day_and_the_query_agrees(int startOffset, int? endOffset, bool expected)
    {
        var a = Assignment(Day.AddDays(startOffset), endOffset is { } e ? Day.AddDays(e) : null);
        Assert.Equal(expected, a.IsCurrentOn(Day));
        Assert.Equal(expected, LiaisonAssignment.IsCurrentOn(a.StartDate, a.EndDate, Day));
        Assert.Equal(expected, new[] { a }.AsQueryable().Where(LiaisonAssignment.CurrentOn(Day)).Any());
    }

    [Fact]
    public void The_current_on_expression_carries_the_day_as_a_value_a_query_can_parameterise()
    {
        var expression = LiaisonAssignment.CurrentOn(Day);
        Assert.Single(expression.Parameters);
        // A member of a captured value, as a closure would give, which EF turns into a parameter (not a literal in the SQL).
        Assert.True(CapturedMembers.In(expression.Body).Any(m => m.Member.Name == "Day"), expression.Body.ToString());
    }

    /// <summary>The members read off a constant in an expression (what EF sends as parameters).</summary>
    private sealed class CapturedMembers : System.Linq.Expressions.ExpressionVisitor
    {
        private readonly List<System.Linq.Expressions.MemberExpression> _found = [];

        public static IReadOnlyList<System.Linq.Expressions.MemberExpression> In(System.Linq.Expressions.Expression expression)
        {
            var visitor = new CapturedMembers();
            visitor.Visit(expression);
            return visitor._found;
        }

        protected override System.Linq.Expressions.Expression VisitMember(System.Linq.Expressions.MemberExpression node)
        {
            if (node.Expression is System.Linq.Expressions.ConstantExpression)
            {
                _found.Add(node);
            }

            return base.VisitMember(node);
        }
    }

    [Fact]
    public void A_new_assignment_overlapping_an_open_or_a_later_ended_one_is_found_and_one_after_the_end_is_not()
    {
        var ended = Assignment(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 28));
        Assert.Same(ended, LiaisonAssignment.FirstOverlap([ended], new DateOnly(2026, 2, 28)));
        Assert.Null(LiaisonAssignment.FirstOverlap([ended], new DateOnly(2026, 3, 1)));
        Assert.Same(ended, LiaisonAssignment.FirstOverlap([ended], new DateOnly(2025, 12, 1))); // open-ended from before it
        var open = Assignment(new DateOnly(2026, 3, 1), null);
        Assert.Same(open, LiaisonAssignment.FirstOverlap([ended, open], new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void A_changed_follow_up_opens_again_and_an_unchanged_one_stays_closed()
    {
        var closedUtc = new DateTime(2026, 3, 1, 15, 0, 0, DateTimeKind.Utc);
        var log = new ContactLog { OfficerId = "o", Purpose = "p", FollowUp = "Send the checklist", FollowUpOwnerId = "o", FollowUpClosedUtc = closedUtc, FollowUpOutcome = "Sent" };

        log.SetFollowUp("Send the checklist", "o", null);
        Assert.Equal(closedUtc, log.FollowUpClosedUtc);
        Assert.False(log.HasOpenFollowUp);

        log.SetFollowUp("Send the checklist and the flyer", "o2", Day);
        Assert.Null(log.FollowUpClosedUtc);
        Assert.True(log.HasOpenFollowUp);
        Assert.Equal("o2", log.FollowUpOwnerId);
        Assert.Equal(Day, log.FollowUpDue);
    }

    [Fact]
    public void No_follow_up_clears_its_owner_due_date_closing_and_outcome()
    {
        var log = new ContactLog { OfficerId = "o", Purpose = "p", FollowUp = "Call back", FollowUpOwnerId = "o", FollowUpDue = Day, FollowUpClosedUtc = DateTime.UtcNow, FollowUpOutcome = "Called" };
        log.SetFollowUp(null, "o", Day);
        Assert.Null(log.FollowUp);
        Assert.Null(log.FollowUpOwnerId);
        Assert.Null(log.FollowUpDue);
        Assert.Null(log.FollowUpClosedUtc);
        Assert.Null(log.FollowUpOutcome);
    }

    [Theory]
    [InlineData(7, 1, 2, 3, 7)] // chosen by staff
    [InlineData(null, 1, 2, 3, 1)] // the congregation's
    [InlineData(null, null, 2, 3, 2)] // the partner's
    [InlineData(null, null, null, 3, 3)] // the officer's assignment that day
    [InlineData(null, null, null, null, null)]
    public void A_contact_belongs_to_the_chosen_area_else_the_congregations_else_the_partners_else_the_officers(int? chosen, int? congregation, int? partner, int? officer, int? expected) =>
        Assert.Equal(expected, ContactLogRules.AreaOf(chosen, congregation, partner, officer));

    [Fact]
    public void The_visit_day_is_the_west_memphis_day_not_the_utc_one()
    {
        // 03:30 UTC on March 11 is 22:30 (CDT, UTC-5) on March 10 in West Memphis.
        Assert.Equal(new DateOnly(2026, 3, 10), ContactLogRules.VisitDay(new DateTime(2026, 3, 11, 3, 30, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("writer", false, true)]
    [InlineData("admin", true, true)]
    [InlineData("owner", false, false)] // the follow-up's owner closes it but does not read the visit notes
    [InlineData("other", false, false)]
    [InlineData(null, false, false)]
    public void Only_the_writer_or_an_admin_may_open_a_log(string? user, bool isAdmin, bool expected)
    {
        var log = new ContactLog { OfficerId = "writer", Purpose = "p", FollowUp = "f", FollowUpOwnerId = "owner" };
        Assert.Equal(expected, log.MayBeOpenedBy(user, isAdmin));
    }

    [Theory]
    [InlineData("writer", false, true)]
    [InlineData("owner", false, true)]
    [InlineData("admin", true, true)]
    [InlineData("other", false, false)]
    [InlineData(null, false, false)]
    public void The_owner_the_writer_or_an_admin_may_close_a_follow_up(string? user, bool isAdmin, bool expected)
    {
        var log = new ContactLog { OfficerId = "writer", Purpose = "p", FollowUp = "f", FollowUpOwnerId = "owner" };
        Assert.Equal(expected, log.MayCloseFollowUp(user, isAdmin));
    }
}
