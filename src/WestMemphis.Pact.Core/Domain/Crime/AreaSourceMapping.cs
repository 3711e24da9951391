namespace WestMemphis.Pact.Domain.Crime;

/// <summary>A source's beat or ward value ("Beat" "B2", "Ward" "3") mapped to one of our areas.</summary>
public class AreaSourceMapping : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Source { get; set; }

    /// <summary>"Beat" or "Ward".</summary>
    public required string Field { get; set; }
    public required string Value { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
    public Guid Version { get; set; }
}

public static class AreaSourceFields
{
    public const string Beat = "Beat";
    public const string Ward = "Ward";
}
