namespace WestMemphis.Pact.Domain.Feedback;

/// <summary>
/// The kind of contact a feedback card (or an emailed invitation) asks about. A card names the kind and the area,
/// never the officer: the answers judge the program, not a person.
/// </summary>
public enum FeedbackProgram
{
    ParkAndWalk = 1,
    CoffeeWithACop = 2,
    ChurchVisit = 3,
    SchoolPresentation = 4,
    CommunityMeeting = 5,
    BlockParty = 6,

    /// <summary>A visit or presentation asked for on the public form (the requester is asked by email once it is completed).</summary>
    RequestedVisit = 7,

    /// <summary>A neighborhood concern (the reporter is asked by email once it is resolved).</summary>
    ResolvedConcern = 8,
}

public enum FeedbackAnswer
{
    Yes = 1,
    Partly = 2,
    No = 3,
}

public enum FeedbackSource
{
    Card = 1,
    Email = 2,
}

/// <summary>A printed card with a QR code for one kind of contact in one area (or city-wide).</summary>
public class FeedbackCard : IAuditedRecord
{
    public int Id { get; set; }

    /// <summary>The public code in the card's address (<see cref="FeedbackCardCode"/>).</summary>
    public required string Code { get; set; }

    public FeedbackProgram Program { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when staff stop the card: its address then says so and takes no answers.</summary>
    public DateTime? RetiredUtc { get; set; }
}

/// <summary>
/// One anonymous answer to the three questions. No person, address, officer or link back to the card's scan is kept:
/// only the program, the area and the day it came in.
/// </summary>
public class FeedbackResponse
{
    public long Id { get; set; }
    public FeedbackProgram Program { get; set; }
    public int? AreaId { get; set; }
    public int? CardId { get; set; }
    public FeedbackSource Source { get; set; }
    public FeedbackAnswer Listened { get; set; }
    public FeedbackAnswer FeelSafer { get; set; }
    public FeedbackAnswer WouldCall { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// The one email asking a requester or a reporter the same three questions. It holds no address (the email itself
/// sits in the outbox, which retention clears) and no tie to the answer: only which record it was for, so nobody is
/// asked twice, and the hash of the link's secret.
/// </summary>
public class FeedbackInvitation
{
    public int Id { get; set; }

    /// <summary>"request:12" or "concern:40": unique, so each is asked once.</summary>
    public required string SourceKey { get; set; }

    public required string TokenHash { get; set; }
    public FeedbackProgram Program { get; set; }
    public int? AreaId { get; set; }
    public DateTime SentUtc { get; set; }
    public DateTime? AnsweredUtc { get; set; }
}
