namespace WestMemphis.Pact.Domain;

/// <summary>A part of the city (the demo data uses the five wards).</summary>
public class Area : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Code { get; set; }
    public string? Description { get; set; }

    /// <summary>A challenged area where liaison officers focus their time.</summary>
    public bool IsFocusArea { get; set; }

    /// <summary>Optional boundary polygon as GeoJSON, used to place incidents by coordinates.</summary>
    public string? BoundaryGeoJson { get; set; }

    public int SortOrder { get; set; }
    public Guid Version { get; set; }
}
