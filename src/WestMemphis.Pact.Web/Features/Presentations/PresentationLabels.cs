using System.Security.Cryptography;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>How kinds, statuses and topics read on pages and in emails; reference codes.</summary>
public static class PresentationLabels
{
    public static readonly PresentationKind[] Kinds = Enum.GetValues<PresentationKind>();
    public static readonly PresentationStatus[] Statuses = Enum.GetValues<PresentationStatus>();
    public static readonly PresentationTopic[] Topics = Enum.GetValues<PresentationTopic>();

    public static string Name(PresentationKind kind) => kind switch
    {
        PresentationKind.SchoolPresentation => "School presentation",
        PresentationKind.SpeakingEngagement => "Speaking engagement",
        PresentationKind.RustyVisit => "Rusty the Crime Dog visit",
        PresentationKind.StationTour => "Station tour",
        PresentationKind.NationalNightOut => "National Night Out block-party visit",
        _ => kind.ToString(),
    };

    public static string Name(PresentationStatus status) => status switch
    {
        PresentationStatus.Submitted => "Submitted",
        PresentationStatus.UnderReview => "Under review",
        PresentationStatus.Scheduled => "Scheduled",
        PresentationStatus.Declined => "Declined",
        PresentationStatus.Completed => "Completed",
        PresentationStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Name(PresentationTopic topic) => topic switch
    {
        PresentationTopic.StrangerDanger => "Stranger danger",
        PresentationTopic.Bullying => "Bullying and cyberbullying",
        PresentationTopic.InternetSafety => "Internet safety",
        PresentationTopic.DrugAwareness => "Drug awareness",
        PresentationTopic.GunSafety => "Gun safety",
        PresentationTopic.BikeAndPedestrianSafety => "Bike and pedestrian safety",
        PresentationTopic.NineOneOne => "911",
        PresentationTopic.CareersInPolicing => "Careers in policing",
        PresentationTopic.CrimePrevention => "Crime prevention",
        PresentationTopic.Other => "Other",
        _ => topic.ToString(),
    };

    public static string TopicList(string? topics) => string.Join(", ", (topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(t => Enum.TryParse<PresentationTopic>(t, out var p) ? Name(p) : t));

    public static string StatusExplanation(PresentationStatus status) => status switch
    {
        PresentationStatus.Submitted => "We have your request. The Community Outreach Coordinator will review it.",
        PresentationStatus.UnderReview => "The Community Outreach Coordinator is reviewing your request and finding a time.",
        PresentationStatus.Scheduled => "Your visit is scheduled.",
        PresentationStatus.Declined => "We are sorry: we cannot take this request.",
        PresentationStatus.Completed => "The visit took place. Thank you for inviting us.",
        PresentationStatus.Cancelled => "This request was cancelled.",
        _ => "",
    };

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>"PR-" and 8 characters from an alphabet without look-alikes (0/O, 1/I/L): about 10^12 codes.</summary>
    public static string NewReferenceCode() => "PR-" + RandomNumberGenerator.GetString(Alphabet, 8);

    /// <summary>Codes are typed back by people: case and surrounding spaces do not matter, a missing "PR-" neither.</summary>
    public static string NormalizeCode(string? code)
    {
        var c = (code ?? "").Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        return c.StartsWith("PR-", StringComparison.Ordinal) ? c : "PR-" + c;
    }
}
