namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// One offense of an incident. The review counts these. <see cref="OccurredAtUtc"/> and <see cref="AreaId"/> are copied
/// from the incident (the import keeps them in step) so "offenses by category by area between two dates" is answered by
/// one covering index without a join.
/// </summary>
public class IncidentOffense
{
    public long Id { get; set; }
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }

    /// <summary>Identifies the offense within its incident so re-imports update rather than duplicate it: Seattle's
    /// Offense ID, else the source's offense code or description.</summary>
    public required string OffenseKey { get; set; }

    /// <summary>NIBRS code; null while the description is not mapped (listed for mapping, never dropped).</summary>
    public string? NibrsCode { get; set; }
    public NibrsOffenseCode? NibrsOffense { get; set; }

    /// <summary>The source's own code (Chicago IUCR, a records-system code), as given.</summary>
    public string? SourceCode { get; set; }

    /// <summary>The offense description as in the file.</summary>
    public required string Description { get; set; }

    /// <summary>Copied from the code (Unknown when unmapped).</summary>
    public OffenseCategory Category { get; set; }

    /// <summary>Copied from the code: 1 or 2, null when unknown.</summary>
    public byte? UcrPart { get; set; }
    public PartIClass PartIClass { get; set; }

    /// <summary>Copy of <see cref="Incident.OccurredAtUtc"/>.</summary>
    public DateTime OccurredAtUtc { get; set; }

    /// <summary>Copy of <see cref="Incident.AreaId"/>.</summary>
    public int? AreaId { get; set; }

    public long ContentHash { get; set; }
}
