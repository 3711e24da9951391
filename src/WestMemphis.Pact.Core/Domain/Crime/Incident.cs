namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// A crime incident from an imported file. Unique by (<see cref="Source"/>, <see cref="SourceIncidentNumber"/>):
/// re-importing updates it in place. Counts are by offense (<see cref="Offenses"/>); the incident also keeps its
/// highest offense. Written in bulk by the import (raw ADO.NET), not edited by staff, so not versioned.
/// </summary>
public class Incident
{
    public long Id { get; set; }

    /// <summary>Where the record came from ("chicago", "seattle", "nibrs", or a custom source key). Lower case.</summary>
    public required string Source { get; set; }

    /// <summary>The record system's incident or case number; unique per source.</summary>
    public required string SourceIncidentNumber { get; set; }

    public DateTime? ReportedAtUtc { get; set; }

    /// <summary>When it happened (the start of the offense). The review counts by this time.</summary>
    public DateTime OccurredAtUtc { get; set; }

    /// <summary>Exact address as in the file. Staff only.</summary>
    public string? Address { get; set; }

    /// <summary>Public-safe hundred block ("15XX N MISSOURI ST"); the finest location ever shown publicly.</summary>
    public string? HundredBlock { get; set; }

    /// <summary>Coordinates when given and plausible (0,0 and points far from the city are dropped as missing).</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>The file's own beat/ward value, as given.</summary>
    public string? SourceBeat { get; set; }

    /// <summary>Null means "unassigned".</summary>
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public AreaPlacement AreaPlacement { get; set; }

    public string? Disposition { get; set; }
    public bool IsDomestic { get; set; }
    public bool IsJuvenile { get; set; }

    /// <summary>The most serious offense's NIBRS code (UCR hierarchy), null when none of its offenses is mapped.</summary>
    public string? HighestOffenseCode { get; set; }

    public int OffenseCount { get; set; }

    /// <summary>The batch that last inserted or changed this incident.</summary>
    public long? ImportBatchId { get; set; }
    public ImportBatch? ImportBatch { get; set; }

    /// <summary>Hash of the incident's own fields as read, so a re-import can tell "unchanged" without comparing every column.</summary>
    public long ContentHash { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<IncidentOffense> Offenses { get; set; } = [];
}
