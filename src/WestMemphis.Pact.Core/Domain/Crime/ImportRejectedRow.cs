namespace WestMemphis.Pact.Domain.Crime;

/// <summary>A row the import could not take, with where and why (downloadable as CSV).</summary>
public class ImportRejectedRow
{
    public long Id { get; set; }
    public long ImportBatchId { get; set; }
    public ImportBatch? ImportBatch { get; set; }

    /// <summary>The line in the file where the row starts (the header is line 1).</summary>
    public long LineNumber { get; set; }
    public string? Column { get; set; }
    public required string Reason { get; set; }

    /// <summary>The start of the raw row, for the person fixing the file.</summary>
    public string? RawExcerpt { get; set; }
}
