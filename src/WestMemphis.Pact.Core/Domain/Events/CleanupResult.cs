namespace WestMemphis.Pact.Domain;

/// <summary>What an environmental cleanup achieved, recorded by the coordinator after the day.</summary>
public class CleanupResult : IVersioned, IAuditedRecord
{
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int Sites { get; set; }
    public int Volunteers { get; set; }
    public double VolunteerHours { get; set; }
    public int Bags { get; set; }
    public int Tires { get; set; }
    public int LargeItems { get; set; }
    public int EstimatedPounds { get; set; }
    public string? Notes { get; set; }
    public DateTime RecordedUtc { get; set; }
    public Guid Version { get; set; }
}
