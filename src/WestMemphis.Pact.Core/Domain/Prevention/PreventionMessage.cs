using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Domain.Prevention;

public enum PreventionMessageStatus
{
    /// <summary>Written (from a template) and editable; waits for a coordinator's approval.</summary>
    Draft,

    /// <summary>Approved and queued to the area's confirmed followers, once; never changes again.</summary>
    Sent,

    /// <summary>Dropped before it was sent.</summary>
    Withdrawn,
}

/// <summary>
/// A prevention message to an area's followers, drafted for a flag (<see cref="CrimeFlagAlert"/>) from the
/// <see cref="PreventionLibrary"/>, edited, and approved and sent by a coordinator (docs/decisions/0027). Not personal
/// data: the text is the department's, and the row records staff ids only (who drafted, who approved); the recipients
/// are a count. Audited, versioned for the edit forms.
/// </summary>
public class PreventionMessage : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public int CrimeFlagAlertId { get; set; }
    public CrimeFlagAlert? CrimeFlagAlert { get; set; }

    /// <summary>The area it goes to (the flag's).</summary>
    public int AreaId { get; set; }
    public Area? Area { get; set; }

    /// <summary>The library message it was drafted from.</summary>
    public required string TemplateKey { get; set; }

    public required string Subject { get; set; }
    public required string Body { get; set; }
    public PreventionMessageStatus Status { get; set; }

    public required string CreatedById { get; set; }
    public ApplicationUser? CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }

    public string? ApprovedById { get; set; }
    public ApplicationUser? ApprovedBy { get; set; }
    public DateTime? SentUtc { get; set; }

    /// <summary>How many followers it was queued to.</summary>
    public int? RecipientCount { get; set; }

    public DateTime? WithdrawnUtc { get; set; }

    public Guid Version { get; set; }
}

/// <summary>An event made from a flag (a Park and Walk or a Coffee with a Cop in its area), so the flag's record shows it.</summary>
public class CrimeFlagEvent : IAuditedRecord
{
    public int CrimeFlagAlertId { get; set; }
    public CrimeFlagAlert? CrimeFlagAlert { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public required string CreatedById { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>Who may do what with a prevention message.</summary>
public static class PreventionRules
{
    /// <summary>The event types a flag offers: the two that bring officers and residents together on the street.</summary>
    public static readonly IReadOnlyList<EventType> EventTypes = [EventType.ParkAndWalk, EventType.CoffeeWithACop];

    /// <summary>
    /// Why this person may not approve and send the message, or null when they may. Only a coordinator (or an admin)
    /// approves: an officer cannot approve a message, their own included; a coordinator may approve their own, since
    /// approving is their job. Only a draft is approved.
    /// </summary>
    public static string? ApprovalRefusal(PreventionMessageStatus status, bool approverIsCoordinator, bool approverIsAuthor) =>
        status switch
        {
            PreventionMessageStatus.Sent => "This message has already been sent.",
            PreventionMessageStatus.Withdrawn => "This message was withdrawn; draft a new one.",
            _ when !approverIsCoordinator => approverIsAuthor
                ? "You cannot approve your own message: a coordinator approves it before it goes."
                : "Only a coordinator approves a prevention message before it goes.",
            _ => null,
        };

    /// <summary>Why the message cannot be edited or withdrawn, or null: only a draft changes.</summary>
    public static string? EditRefusal(PreventionMessageStatus status) => status switch
    {
        PreventionMessageStatus.Sent => "This message has already been sent; it cannot change.",
        PreventionMessageStatus.Withdrawn => "This message was withdrawn; draft a new one.",
        _ => null,
    };

    /// <summary>The lines every prevention email ends with: why the resident gets it, the area page, and the stop link.</summary>
    public static string Footer(string areaName, string areaUrl, string stopUrl) =>
        $"\n\nWhy you get this: you follow {areaName} on the PACT site, and the department sends its followers a prevention message when crime rises there.\n"
        + $"{areaName} on PACT: {areaUrl}\n"
        + $"Stop all emails about {areaName} in one click: {stopUrl}\n\nPACT West Memphis — Police And Community Togetherness";
}
