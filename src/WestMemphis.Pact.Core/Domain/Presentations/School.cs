namespace WestMemphis.Pact.Domain;

/// <summary>A school in the directory the public request form offers (the demo data seeds the West Memphis School District).</summary>
public class School : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string District { get; set; }
    public string? Address { get; set; }
    public int? AreaId { get; set; }
    public Area? Area { get; set; }

    /// <summary>As people say it: "K-5", "6-8", "9-12".</summary>
    public string? Grades { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public bool Active { get; set; } = true;
    public Guid Version { get; set; }
}
