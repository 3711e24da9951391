namespace WestMemphis.Pact.Domain;

/// <summary>
/// An email waiting to be sent. It is written in the same transaction as the change that caused it,
/// and a background worker claims and sends it, so a message is neither lost nor sent twice.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string ToAddress { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }

    /// <summary>Optional attachment (for example an .ics invitation).</summary>
    public string? AttachmentName { get; set; }
    public string? AttachmentContentType { get; set; }
    public byte[]? AttachmentContent { get; set; }

    /// <summary>
    /// The one-click stop address of a mailing (the area digest): sent as the <c>List-Unsubscribe</c> header with
    /// <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> (RFC 8058). Null for a one-off message.
    /// </summary>
    public string? UnsubscribeUrl { get; set; }

    /// <summary>What caused it, for the admin view (for example "AccountConfirmation").</summary>
    public required string Kind { get; set; }

    public DateTime CreatedUtc { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Which sender instance holds the message, and until when; see <c>OutboxSender</c>.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime? SentUtc { get; set; }
    public string? LastError { get; set; }
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}
