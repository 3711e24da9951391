using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain.Records;

namespace WestMemphis.Pact.UnitTests;

/// <summary>Each kind of record expires a set number of months after its own moment; held records never do.</summary>
public sealed class RetentionRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc);

    private static RetentionRule Rule(RecordKind kind) => RetentionRules.Defaults().Single(r => r.Kind == kind);

    [Fact]
    public void Every_kind_has_a_default_with_a_source_marked_for_the_records_officer()
    {
        var rules = RetentionRules.Defaults();
        Assert.Equal(Enum.GetValues<RecordKind>().Order(), rules.Select(r => r.Kind).Order());
        Assert.All(rules, r => Assert.StartsWith(RetentionRules.Unconfirmed, r.Source, StringComparison.Ordinal));
        Assert.All(rules, r => Assert.True(r.Months > 0));
    }

    [Fact]
    public void A_resolved_concern_is_anonymised_36_months_after_resolution_and_an_open_one_never()
    {
        var rule = Rule(RecordKind.Concern);
        Assert.Equal(RetentionAction.Anonymise, rule.Action);
        var resolved = Now.AddMonths(-36).AddDays(-1);
        Assert.True(RetentionRules.HasExpired(rule, RetentionRules.ConcernClock(false, resolved, Now), Now));
        Assert.False(RetentionRules.HasExpired(rule, RetentionRules.ConcernClock(false, Now.AddMonths(-36).AddDays(1), Now), Now));
        Assert.False(RetentionRules.HasExpired(rule, RetentionRules.ConcernClock(true, resolved, Now), Now));
        Assert.Equal(resolved.AddDays(-3), RetentionRules.ConcernClock(false, null, resolved.AddDays(-3)));
    }

    [Fact]
    public void A_contact_log_is_anonymised_36_months_after_the_contact()
    {
        var rule = Rule(RecordKind.ContactLog);
        Assert.Equal((RetentionAction.Anonymise, RetentionClock.Created), (rule.Action, rule.CountsFrom));
        Assert.Equal(Now.AddMonths(-36), RetentionRules.CutoffUtc(rule, Now));
        Assert.True(RetentionRules.HasExpired(rule, Now.AddMonths(-36).AddSeconds(-1), Now));
        Assert.False(RetentionRules.HasExpired(rule, Now.AddMonths(-36), Now));
    }

    [Fact]
    public void A_closed_problem_is_anonymised_60_months_after_closing_and_an_open_one_never()
    {
        var rule = Rule(RecordKind.Problem);
        var closed = Now.AddMonths(-61);
        Assert.True(RetentionRules.HasExpired(rule, RetentionRules.ProblemClock(true, closed, Now), Now));
        Assert.False(RetentionRules.HasExpired(rule, RetentionRules.ProblemClock(false, closed, closed), Now));
        Assert.False(RetentionRules.HasExpired(rule, RetentionRules.ProblemClock(true, Now.AddMonths(-59), Now), Now));
    }

    [Fact]
    public void A_finished_request_is_anonymised_24_months_after_its_last_activity()
    {
        var rule = Rule(RecordKind.PresentationRequest);
        Assert.Equal(RetentionClock.LastActivity, rule.CountsFrom);
        Assert.True(RetentionRules.HasExpired(rule, RetentionRules.RequestClock(true, Now.AddMonths(-25)), Now));
        Assert.False(RetentionRules.HasExpired(rule, RetentionRules.RequestClock(false, Now.AddMonths(-25)), Now));
        Assert.False(RetentionRules.HasExpired(rule, RetentionRules.RequestClock(true, Now.AddMonths(-23)), Now));
    }

    [Fact]
    public void A_sent_email_is_deleted_6_months_after_it_was_written()
    {
        var rule = Rule(RecordKind.OutboxMessage);
        Assert.Equal(RetentionAction.Delete, rule.Action);
        Assert.True(RetentionRules.HasExpired(rule, Now.AddMonths(-7), Now));
        Assert.False(RetentionRules.HasExpired(rule, Now.AddMonths(-5), Now));
    }

    [Fact]
    public void An_imported_incident_is_deleted_60_months_after_it_occurred()
    {
        var rule = Rule(RecordKind.Incident);
        Assert.Equal((RetentionAction.Delete, RetentionClock.Occurred), (rule.Action, rule.CountsFrom));
        Assert.True(RetentionRules.HasExpired(rule, Now.AddMonths(-60).AddDays(-1), Now));
        Assert.False(RetentionRules.HasExpired(rule, Now.AddMonths(-60).AddDays(1), Now));
    }

    [Fact]
    public void Configuration_changes_months_and_source_but_not_the_action_and_zero_switches_a_rule_off()
    {
        var options = new RetentionOptions
        {
            Rules =
            {
                [RecordKind.Concern] = new RetentionRuleSetting { Months = 1, Source = "Records officer, memo of 1 Dec 2026" },
                [RecordKind.Incident] = new RetentionRuleSetting { Months = 0 },
            },
        };
        var rules = options.EffectiveRules();
        var concern = rules.Single(r => r.Kind == RecordKind.Concern);
        Assert.Equal((1, RetentionAction.Anonymise, "Records officer, memo of 1 Dec 2026"), (concern.Months, concern.Action, concern.Source));
        var incident = rules.Single(r => r.Kind == RecordKind.Incident);
        Assert.Null(RetentionRules.CutoffUtc(incident, Now));
        Assert.False(RetentionRules.HasExpired(incident, DateTime.MinValue, Now));
        Assert.Equal(Rule(RecordKind.OutboxMessage).Months, rules.Single(r => r.Kind == RecordKind.OutboxMessage).Months);
    }

    [Fact]
    public void A_problem_hold_covers_its_concerns_and_contact_logs_and_a_person_hold_their_reports()
    {
        var holds = new LegalHolds(
        [
            Hold(HoldKind.Problem, h => h.ProblemId = 7),
            Hold(HoldKind.Person, h => h.PersonId = "resident-1"),
            Hold(HoldKind.Record, h => (h.RecordKind, h.RecordId) = (RecordKind.OutboxMessage, "42")),
            Hold(HoldKind.Person, h => (h.PersonId, h.ReleasedUtc) = ("released", Now)),
        ]);
        var concernHeld = holds.ConcernHeld().Compile();
        Assert.True(concernHeld(NewConcern(1, problemId: 7, reporter: null)));
        Assert.True(concernHeld(NewConcern(2, problemId: null, reporter: "resident-1")));
        Assert.False(concernHeld(NewConcern(3, problemId: 8, reporter: "released")));
        var logHeld = holds.ContactLogHeld().Compile();
        Assert.True(logHeld(new ContactLog { Id = 1, OfficerId = "o", Purpose = "p", ProblemId = 7 }));
        Assert.False(logHeld(new ContactLog { Id = 2, OfficerId = "o", Purpose = "p" }));
        Assert.True(holds.ProblemHeld().Compile()(new Problem { Id = 7, Title = "t", OwnerId = "o" }));
        Assert.True(holds.OutboxHeld().Compile()(new OutboxMessage { Id = 42, ToAddress = "a", Subject = "s", TextBody = "b", Kind = "k" }));
        Assert.False(holds.OutboxHeld().Compile()(new OutboxMessage { Id = 43, ToAddress = "a", Subject = "s", TextBody = "b", Kind = "k" }));
    }

    [Fact]
    public void A_date_range_hold_covers_incidents_that_occurred_in_the_range_end_exclusive()
    {
        var from = new DateTime(2020, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        var held = new LegalHolds([Hold(HoldKind.IncidentDateRange, h => (h.FromUtc, h.ToUtc) = (from, from.AddDays(31)))]).IncidentHeld().Compile();
        Assert.True(held(NewIncident(from)));
        Assert.True(held(NewIncident(from.AddDays(31).AddTicks(-1))));
        Assert.False(held(NewIncident(from.AddDays(31))));
        Assert.False(held(NewIncident(from.AddTicks(-1))));
        Assert.False(LegalHolds.None.IncidentHeld().Compile()(NewIncident(from)));
    }

    [Fact]
    public void A_rejected_row_is_held_by_its_id_or_by_any_held_range_of_incident_dates_since_it_has_no_date()
    {
        static ImportRejectedRow Row(long id) => new() { Id = id, Reason = "No date", RawExcerpt = "24-0042,,100 BLOCK E BROADWAY" };
        var byId = new LegalHolds([Hold(HoldKind.Record, h => (h.RecordKind, h.RecordId) = (RecordKind.ImportRejectedRow, "7"))]).RejectedRowHeld().Compile();
        Assert.True(byId(Row(7)));
        Assert.False(byId(Row(8)));
        var from = new DateTime(2020, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        var byRange = new LegalHolds([Hold(HoldKind.IncidentDateRange, h => (h.FromUtc, h.ToUtc) = (from, from.AddDays(31)))]).RejectedRowHeld().Compile();
        Assert.True(byRange(Row(8)));
        Assert.False(LegalHolds.None.RejectedRowHeld().Compile()(Row(8)));
        var rule = Rule(RecordKind.ImportRejectedRow);
        Assert.Equal(RetentionAction.Delete, rule.Action);
        Assert.Equal(RetentionClock.Created, rule.CountsFrom);
        Assert.StartsWith(RetentionRules.Unconfirmed, rule.Source, StringComparison.Ordinal);
    }

    private static LegalHold Hold(HoldKind kind, Action<LegalHold> set)
    {
        var hold = new LegalHold { Kind = kind, Reason = "Litigation hold", PlacedById = "admin", PlacedUtc = Now };
        set(hold);
        return hold;
    }

    private static Concern NewConcern(int id, int? problemId, string? reporter) => new()
    {
        Id = id, ReferenceCode = "C-1", IdempotencyKey = "k", Location = "x", Description = "d", ProblemId = problemId, ReporterUserId = reporter,
    };

    private static Incident NewIncident(DateTime occurred) => new() { Source = "s", SourceIncidentNumber = "1", OccurredAtUtc = occurred };
}
