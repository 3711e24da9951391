namespace WestMemphis.Pact.Domain;

/// <summary>A resident follows an event type or an area (one of the two) and hears of new events.</summary>
public class EventFollow : IAuditedRecord
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public EventType? Type { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public DateTime CreatedUtc { get; set; }
}
