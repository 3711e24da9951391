namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// One uploaded file and its import. Queued on upload, claimed by a background worker with a lease (a conditional
/// UPDATE, so several app instances are safe), and checkpointed: <see cref="RowsRead"/> and the counts are committed in
/// the same transaction as the rows, so after a crash the next claim skips what is done and finishes the job.
/// </summary>
public class ImportBatch
{
    public long Id { get; set; }
    public required string Source { get; set; }
    public ImportLayout Layout { get; set; }

    /// <summary>The column mapping used (JSON, field → header), kept with the batch.</summary>
    public string? ColumnMapJson { get; set; }

    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public required string Sha256 { get; set; }
    public long FileSizeBytes { get; set; }

    /// <summary>Where the upload was streamed to (under App_Data, outside the web root).</summary>
    public required string StoredFilePath { get; set; }

    public string? UploadedById { get; set; }
    public ApplicationUser? UploadedBy { get; set; }
    public DateTime UploadedAtUtc { get; set; }

    public ImportStatus Status { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>Data rows processed and committed (the checkpoint).</summary>
    public long RowsRead { get; set; }
    public long RowsInserted { get; set; }
    public long RowsUpdated { get; set; }
    public long RowsUnchanged { get; set; }
    public long RowsRejected { get; set; }

    /// <summary>Estimated data rows in the file (from its size and the preview), for the progress bar.</summary>
    public long EstimatedRows { get; set; }

    /// <summary>Seconds spent importing so far (over all attempts), for the rate.</summary>
    public double ElapsedSeconds { get; set; }

    public string? Error { get; set; }

    /// <summary>The worker instance holding the batch, and until when.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresUtc { get; set; }
    public int Attempts { get; set; }

    public List<ImportRejectedRow> RejectedRows { get; set; } = [];
}
