using WestMemphis.Pact.Domain.Records;

namespace WestMemphis.Pact.UnitTests;

/// <summary>What each kind of record's public-records release copy gives and withholds by default, one test per kind.</summary>
public sealed class ReleaseRulesTests
{
    [Fact]
    public void A_concern_gives_its_facts_and_the_hundred_block_and_withholds_who_reported_it()
    {
        var rows = ReleaseRules.Concern(new ConcernFacts(7, "C-SECRETCODE12", "Illegal dumping", "New", "Dec 1, 2026", "1523 N Missouri St",
            "Ward 1", "Tires dumped behind the store", "Weekends", "Zebediah Quillfeather", "zq@example.org", "870-555-0199", "Ofc. Lane",
            null, [new PacketEntry("Public update, Dec 2, 2026", "Code enforcement called")], InternalNotes: 2));

        Assert.Equal("1500 BLOCK N MISSOURI ST", Value(rows, "Location (hundred block)"));
        Assert.Equal("Tires dumped behind the store", Value(rows, "Description"));
        Assert.Equal("Code enforcement called", Value(rows, "Public update, Dec 2, 2026"));
        Assert.Equal(ReleaseRules.ReporterIdentity, Reason(rows, "Reporter's name"));
        Assert.Equal(ReleaseRules.ReporterIdentity, Reason(rows, "Reporter's email"));
        Assert.Equal(ReleaseRules.ReporterIdentity, Reason(rows, "Reporter's phone"));
        Assert.Equal(ReleaseRules.StatusCode, Reason(rows, "Reference code"));
        Assert.Equal(ReleaseRules.InternalNotes, Reason(rows, "Internal notes (2)"));
        AssertNowhere(rows, "Zebediah", "zq@example.org", "870-555-0199", "1523", "C-SECRETCODE12");
        Assert.Contains("§25-19-105", ReleaseRules.Shown(ReleaseRules.ReporterIdentity), StringComparison.Ordinal);

        var intersection = ReleaseRules.Concern(new ConcernFacts(8, "C-X", "Noise", "New", "Dec 1, 2026", "Main & 8th", null, "Loud", null,
            null, null, null, null, null, [], 0));
        Assert.Equal(ReleaseRules.Unroundable, Reason(intersection, "Location"));
    }

    [Fact]
    public void A_contact_with_a_congregation_withholds_clergy_visit_notes_and_security_assessments()
    {
        var clergy = ReleaseRules.Contact(new ContactFacts(3, "Dec 1, 2026", "Ofc. Lane", "Church visit", "Relationship", ClergyVisit: true, "Ward 1",
            "Greater Hope", "Rev. Obadiah Thistlewood", null, "Introductory visit", 4, "Pastor worried about the youth group", "Call back", "Dec 9, 2026",
            "Called back"));

        Assert.Equal("Introductory visit", Value(clergy, "Purpose"));
        Assert.Equal("Greater Hope", Value(clergy, "Congregation"));
        Assert.Equal(ReleaseRules.ClergyNotes, Reason(clergy, "Visit notes"));
        Assert.Equal(ReleaseRules.ClergyNotes, Reason(clergy, "Clergy contact"));
        Assert.Equal(ReleaseRules.ClergyNotes, Reason(clergy, "Follow-up"));
        Assert.Equal(ReleaseRules.SecurityAssessment, Reason(clergy, "Security assessments of the congregation"));
        AssertNowhere(clergy, "Pastor worried", "Obadiah", "Call back", "Called back");

        var business = ReleaseRules.Contact(new ContactFacts(4, "Dec 1, 2026", "Ofc. Lane", "Business check", "Activity", ClergyVisit: false, null,
            null, null, "Chamber", "Check", null, "All quiet", null, null, null));
        Assert.Equal("All quiet", Value(business, "Visit notes"));
        Assert.DoesNotContain(business, r => r.Label.Contains("Security", StringComparison.Ordinal));
    }

    [Fact]
    public void A_school_visit_request_withholds_the_requester_contact_and_juvenile_details()
    {
        var rows = ReleaseRules.Request(new RequestFacts(5, "PR-SECRET1", "School presentation", "Completed", ForMinors: true, AtAHome: false,
            "Nov 1, 2026", "Wonder Elementary", "Marigold Fenwick", "Teacher", "mf@example.org", "870-555-0142", "870-555-0143", "Mr. Greeter",
            "Bullying", "2nd, 3rd", 3, 60, "Indoor", 45, "100 School Rd", "Front lot", true, ["Dec 3, 2026, 9:00 AM–10:00 AM"],
            "Jimmy in 3rd grade was bullied", null, 60, "Students asked about Rusty's diet"));

        Assert.Equal("Wonder Elementary", Value(rows, "School or organization"));
        Assert.Equal("100 School Rd", Value(rows, "Location"));
        Assert.Equal("60", Value(rows, "People reached"));
        Assert.Equal(ReleaseRules.RequesterContact, Reason(rows, "Requester's name"));
        Assert.Equal(ReleaseRules.Juvenile, Reason(rows, "Notes"));
        Assert.Equal(ReleaseRules.Juvenile, Reason(rows, "Notes after the visit"));
        AssertNowhere(rows, "Marigold", "mf@example.org", "870-555-014", "Jimmy", "Rusty's diet", "PR-SECRET1", "Mr. Greeter");

        var party = ReleaseRules.Request(new RequestFacts(6, "PR-2", "National Night Out", "Submitted", ForMinors: false, AtAHome: true,
            "Nov 1, 2026", "Elm St neighbors", "Host", null, "h@example.org", null, null, null, null, null, null, 40, "Outdoor", 30,
            "812 Elm St", null, false, [], "Bring stickers", null, null, null));
        Assert.Equal("800 BLOCK ELM ST", Value(party, "Location (hundred block)"));
        Assert.Equal("Bring stickers", Value(party, "Notes"));
    }

    [Fact]
    public void A_problem_gives_its_plan_and_withholds_the_people_of_its_analysis()
    {
        var rows = ReleaseRules.Problem(new ProblemFacts(9, "Dumping on Elm", "Response", "Ward 2", "714 Elm St", "Ofc. Lane", "Oct 1, 2026",
            "Tires every weekend", "Bartholomew Crane", "His uncle", "Store owner", "Landlord", "Vacant lot", "City", "Seen on camera",
            "Cameras and cleanup", [new PacketEntry("Action item", "Put up a camera (Code enforcement), Open")], 3, null, null));

        Assert.Equal("Dumping on Elm", Value(rows, "Title"));
        Assert.Equal("700 BLOCK ELM ST", Value(rows, "Location (hundred block)"));
        Assert.Equal("Cameras and cleanup", Value(rows, "Response plan"));
        Assert.Equal("3", Value(rows, "Linked concerns"));
        Assert.Equal(ReleaseRules.Investigation, Reason(rows, "Analysis: offender"));
        AssertNowhere(rows, "Bartholomew", "His uncle", "Store owner", "Seen on camera", "714");
    }

    [Fact]
    public void A_review_meeting_is_released_whole_and_the_register_summary_names_fields_not_values()
    {
        var rows = ReleaseRules.Review(new ReviewFacts(2, "Dec 1, 2026", "Nov 30, 2026", "Citywide", "Chief, Lt. Moss", "Burglaries up",
            "Elm St dumping", [new PacketEntry("Action item", "Extra patrols (Uniform patrol), Open")]));

        Assert.DoesNotContain(rows, r => r.IsWithheld);
        Assert.Equal("Chief, Lt. Moss", Value(rows, "Attendees"));
        Assert.Equal("Extra patrols (Uniform patrol), Open", Value(rows, "Action item"));
        Assert.EndsWith("Withheld: nothing.", ReleaseRules.Summary(rows), StringComparison.Ordinal);

        var concern = ReleaseRules.Concern(new ConcernFacts(7, "C-1", "Noise", "New", "Dec 1, 2026", "100 Main St", null, "Loud", null,
            "Zebediah", null, null, null, null, [], 0));
        var summary = ReleaseRules.Summary(concern);
        Assert.Contains("Reporter's name (" + ReleaseRules.ReporterIdentity + ")", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Zebediah", summary, StringComparison.Ordinal);
    }

    private static string? Value(IReadOnlyList<PacketRow> rows, string label) => Assert.Single(rows, r => r.Label == label).Value;

    private static string? Reason(IReadOnlyList<PacketRow> rows, string label)
    {
        var row = Assert.Single(rows, r => r.Label == label);
        Assert.Null(row.Value);
        return row.WithheldBecause;
    }

    private static void AssertNowhere(IReadOnlyList<PacketRow> rows, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(rows, r => (r.Value ?? "").Contains(secret, StringComparison.Ordinal) || r.Label.Contains(secret, StringComparison.Ordinal));
        }
    }
}
