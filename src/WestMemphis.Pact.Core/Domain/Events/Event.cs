namespace WestMemphis.Pact.Domain;

/// <summary>
/// A community event. Once published it is never deleted: it is cancelled (and stays visible as
/// cancelled) or completed. Times are UTC; the app shows them in Central time.
/// </summary>
public class Event : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public EventType Type { get; set; }
    public string? Description { get; set; }

    /// <summary>Venue name and street address, for example "Eugene Woods Civic Center, 1200 ...".</summary>
    public required string Location { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public EventStatus Status { get; set; }

    /// <summary>A seasonal program (for example National Night Out); <see cref="SeasonNote"/> says when it returns.</summary>
    public bool IsSeasonal { get; set; }
    public string? SeasonNote { get; set; }
    public bool SeekingVolunteers { get; set; }

    /// <summary>Partner organizations involved, as text (the partners directory links them later).</summary>
    public string? Partners { get; set; }
    public string? CancellationReason { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public DateTime? CancelledUtc { get; set; }

    /// <summary>Demo data is created only in Development and marked so it can be told apart.</summary>
    public bool IsDemo { get; set; }

    public List<Shift> Shifts { get; set; } = [];
    public CleanupResult? CleanupResult { get; set; }
    public Guid Version { get; set; }

    /// <summary>A draft that was never published may be deleted; anything else is cancelled instead.</summary>
    public bool CanBeDeleted => Status == EventStatus.Draft && PublishedUtc is null;

    /// <summary>Shifts may be added to a draft or a published event, not to a cancelled or completed one.</summary>
    public bool AcceptsNewShifts => Status is EventStatus.Draft or EventStatus.Published;

    /// <summary>Draft → Published. Returns why not, or null when done.</summary>
    public string? Publish(DateTime nowUtc)
    {
        if (Status != EventStatus.Draft)
        {
            return "Only a draft can be published.";
        }

        Status = EventStatus.Published;
        PublishedUtc ??= nowUtc;
        return null;
    }

    /// <summary>Published → Completed, once the event has started. Returns why not, or null when done.</summary>
    public string? Complete(DateTime nowUtc)
    {
        if (Status != EventStatus.Published || StartUtc > nowUtc)
        {
            return "Only a published event that has started can be marked completed.";
        }

        Status = EventStatus.Completed;
        return null;
    }

    /// <summary>Draft or Published → Cancelled, with the reason volunteers are told. Returns why not, or null when done.</summary>
    public string? Cancel(string reason, DateTime nowUtc)
    {
        var refusal = CancelRefusal;
        if (refusal is not null)
        {
            return refusal;
        }

        Status = EventStatus.Cancelled;
        CancellationReason = reason;
        CancelledUtc = nowUtc;
        return null;
    }

    /// <summary>Why the event cannot be cancelled, or null when it can.</summary>
    public string? CancelRefusal => Status switch
    {
        EventStatus.Cancelled => "The event is already cancelled.",
        EventStatus.Completed => "A completed event cannot be cancelled.",
        _ => null,
    };

    /// <summary>A shift lies inside its event: it starts no earlier and ends no later than the event.</summary>
    public bool Contains(DateTime shiftStartUtc, DateTime shiftEndUtc) => shiftStartUtc >= StartUtc && shiftEndUtc <= EndUtc;
}

public enum EventStatus
{
    Draft = 0,
    Published = 1,
    Cancelled = 2,
    Completed = 3,
}

public enum EventType
{
    CommunityEvent = 0,
    TownHallMeeting = 1,
    NeighborhoodAssociationMeeting = 2,
    SpeakingEngagement = 3,
    DepartmentProject = 4,
    EnvironmentalCleanup = 5,
    ParkAndWalk = 6,
    CoffeeWithACop = 7,
    NationalNightOut = 8,
    FaithAndBlue = 9,
    CitizensPoliceAcademySession = 10,
    PartnerEvent = 11,
}

public static class EventTypes
{
    public static string Name(EventType type) => type switch
    {
        EventType.CommunityEvent => "Community event",
        EventType.TownHallMeeting => "Town hall meeting",
        EventType.NeighborhoodAssociationMeeting => "Neighborhood association meeting",
        EventType.SpeakingEngagement => "Speaking engagement",
        EventType.DepartmentProject => "Department project",
        EventType.EnvironmentalCleanup => "Environmental cleanup",
        EventType.ParkAndWalk => "Park and Walk",
        EventType.CoffeeWithACop => "Coffee with a Cop",
        EventType.NationalNightOut => "National Night Out",
        EventType.FaithAndBlue => "Faith & Blue",
        EventType.CitizensPoliceAcademySession => "Citizens Police Academy session",
        EventType.PartnerEvent => "Partner event",
        _ => type.ToString(),
    };

    public static IReadOnlyList<EventType> All { get; } = Enum.GetValues<EventType>();
}
