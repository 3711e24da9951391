using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Prevention;

namespace WestMemphis.Pact.UnitTests;

/// <summary>The prevention library, who approves a message, and what the flag's record says was done.</summary>
public sealed class PreventionRulesTests
{
    [Fact]
    public void Property_flags_offer_the_nine_pm_routine_first_and_every_category_offers_the_general_message_last()
    {
        var property = PreventionLibrary.For(ReviewCategory.Property);
        Assert.Equal("nine-pm-routine", property[0].Key);
        Assert.Contains(property, t => t.Key == "burglary");
        Assert.Contains(property, t => t.Key == "vehicle-theft");
        Assert.Contains(property, t => t.Key == "vandalism");
        Assert.DoesNotContain(property, t => t.Key == "robbery");
        Assert.Contains(PreventionLibrary.For(ReviewCategory.PartIViolent), t => t.Key == "robbery");
        foreach (var category in ReviewCategories.All)
        {
            Assert.Equal("general", PreventionLibrary.For(category)[^1].Key);
        }
    }

    [Fact]
    public void A_filled_template_names_the_area_and_category_and_fits_the_form()
    {
        foreach (var template in PreventionLibrary.All)
        {
            var (subject, body) = PreventionLibrary.Fill(template, "Ward 2", ReviewCategory.Property);
            Assert.DoesNotContain("{", subject + body, StringComparison.Ordinal);
            Assert.True(subject.Length <= FieldLengths.PreventionMessage.Subject, template.Key);
            Assert.True(body.Length <= FieldLengths.PreventionMessage.Body, template.Key);
            Assert.Contains("Ward 2", subject + body, StringComparison.Ordinal);
            Assert.True(template.Key.Length <= FieldLengths.PreventionMessage.TemplateKey);
        }

        var (s, b) = PreventionLibrary.Fill(PreventionLibrary.Find("nine-pm-routine")!, "Ward 2", ReviewCategory.Property);
        Assert.Equal("The 9 p.m. routine: thefts from vehicles are up in Ward 2", s);
        Assert.Contains("Remove valuables", b, StringComparison.Ordinal);
        Assert.Contains("Lock your car", b, StringComparison.Ordinal);
        Assert.Contains("Take your keys", b, StringComparison.Ordinal);
        Assert.Equal("Crimes against persons is up in Ward 5: what you can do", PreventionLibrary.Fill(PreventionLibrary.Find("general")!, "Ward 5", ReviewCategory.Persons).Subject);
    }

    [Fact]
    public void Only_a_coordinator_approves_and_an_officer_never_approves_their_own_message()
    {
        Assert.Null(PreventionRules.ApprovalRefusal(PreventionMessageStatus.Draft, approverIsCoordinator: true, approverIsAuthor: false));
        Assert.Null(PreventionRules.ApprovalRefusal(PreventionMessageStatus.Draft, approverIsCoordinator: true, approverIsAuthor: true));
        Assert.Contains("your own", PreventionRules.ApprovalRefusal(PreventionMessageStatus.Draft, approverIsCoordinator: false, approverIsAuthor: true));
        Assert.Contains("Only a coordinator", PreventionRules.ApprovalRefusal(PreventionMessageStatus.Draft, approverIsCoordinator: false, approverIsAuthor: false));
        Assert.Contains("already been sent", PreventionRules.ApprovalRefusal(PreventionMessageStatus.Sent, approverIsCoordinator: true, approverIsAuthor: false));
        Assert.Contains("withdrawn", PreventionRules.ApprovalRefusal(PreventionMessageStatus.Withdrawn, approverIsCoordinator: true, approverIsAuthor: false));
        Assert.Null(PreventionRules.EditRefusal(PreventionMessageStatus.Draft));
        Assert.NotNull(PreventionRules.EditRefusal(PreventionMessageStatus.Sent));
    }

    [Fact]
    public void The_footer_says_why_links_the_area_and_stops_in_one_click()
    {
        var footer = PreventionRules.Footer("Ward 2", "https://pact.example/areas/w2", "https://pact.example/areas/follow/stop/abc");
        Assert.Contains("Why you get this: you follow Ward 2", footer, StringComparison.Ordinal);
        Assert.Contains("https://pact.example/areas/w2", footer, StringComparison.Ordinal);
        Assert.Contains("one click: https://pact.example/areas/follow/stop/abc", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_counts_sent_messages_and_reach_drafts_events_with_attendance_and_contacts()
    {
        var start = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var summary = FlagRecordRules.Summarize(
            [new(1, "A", PreventionMessageStatus.Sent, 40, start), new(2, "B", PreventionMessageStatus.Sent, 2, start),
             new(3, "C", PreventionMessageStatus.Draft, null, null), new(4, "D", PreventionMessageStatus.Withdrawn, null, null)],
            [new(10, "Walk", EventType.ParkAndWalk, EventStatus.Completed, start, 12), new(11, "Coffee", EventType.CoffeeWithACop, EventStatus.Cancelled, start, 0),
             new(12, "Next walk", EventType.ParkAndWalk, EventStatus.Draft, start, 0)],
            contacts: 5);

        Assert.Equal((2, 42, 1, 2, 1, 12, 5), (summary.MessagesSent, summary.PeopleReached, summary.DraftsWaiting, summary.Events, summary.EventsHeld, summary.Attended, summary.Contacts));
        Assert.Contains("2 prevention messages sent to 42 followers of the area.", summary.Lines);
        Assert.Contains("1 draft waiting for a coordinator's approval.", summary.Lines);
        Assert.Contains("Park and Walk \"Walk\": held, 12 people checked in.", summary.Lines);
        Assert.Contains("Coffee with a Cop \"Coffee\": cancelled.", summary.Lines);
        Assert.Contains("5 contacts logged by officers in the area since the flag was raised.", summary.Lines);
        Assert.False(summary.NothingYet);
    }

    [Fact]
    public void A_flag_with_nothing_done_says_so()
    {
        var summary = FlagRecordRules.Summarize([new(1, "A", PreventionMessageStatus.Withdrawn, null, null)], [], 0);
        Assert.True(summary.NothingYet);
        Assert.Equal(["Nothing recorded yet."], summary.Lines);
    }
}
