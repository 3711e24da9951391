namespace WestMemphis.Pact.Domain.Crime;

/// <summary>A saved column mapping for a source whose header is not a ready-made layout (the mapping screen).</summary>
public class ImportMapping : IVersioned, IAuditedRecord
{
    public int Id { get; set; }

    /// <summary>The source key the mapping is for (lower case); unique.</summary>
    public required string Source { get; set; }

    /// <summary>JSON object: field name (see ImportField) → the file's column header.</summary>
    public required string ColumnMapJson { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; }
}
