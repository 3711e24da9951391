namespace WestMemphis.Pact.Domain;

/// <summary>A message from the coordinator to the requester: emailed and shown on /status. History is kept.</summary>
public class PresentationMessage : IAuditedRecord
{
    public long Id { get; set; }
    public int RequestId { get; set; }
    public PresentationRequest? Request { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? AuthorId { get; set; }
}
