using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>The file itself stops the import at a line: the reason is written for officers and names nothing on the server.</summary>
public sealed class ImportFileException(long line, string reason, Exception? inner = null)
    : Exception($"Line {line}: {reason}", inner)
{
    public long Line { get; } = line;

    public string Reason { get; } = reason;
}

/// <summary>
/// Something outside the file stopped a chunk (an area deleted meanwhile): the chunk was rolled back and the batch is
/// left to be claimed again from its last checkpoint (up to <see cref="CrimeImportOptions.MaxAttempts"/> claims).
/// </summary>
public sealed class ImportRetryException(string message) : InvalidOperationException(message);

/// <summary>
/// What an officer reads when an import or an upload cannot go on: the line and the reason, never an exception's own
/// text (which names server paths, and for some readers quotes the file). The exception itself goes to the log.
/// </summary>
public static class ImportFailures
{
    public const string UnclosedQuote = "a quoted value that starts here is never closed";

    private const string UnclosedQuoteHelp = " (a \" with no closing \", so the rest of the file reads as one value of over 16 million characters).";

    /// <summary>Opens a stored upload; a header Sep cannot finish is reported at line 1.</summary>
    public static SepReader Open(string path, bool hasHeader = true)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = hasHeader }).FromFile(path);
        }
        catch (NotSupportedException ex)
        {
            throw new ImportFileException(1, UnclosedQuote + UnclosedQuoteHelp, ex);
        }
    }

    /// <summary>
    /// The next row. Sep refuses a row over 16 M characters with <see cref="NotSupportedException"/>; in a CSV export
    /// that is a quote never closed, which makes the rest of the file one value. It is reported at the line where that
    /// row starts (<paramref name="nextLine"/>: where the row before it ended).
    /// </summary>
    public static bool MoveNext(SepReader reader, ref int nextLine)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException ex)
        {
            throw new ImportFileException(nextLine, UnclosedQuote + UnclosedQuoteHelp, ex);
        }
    }

    /// <summary>The Failed batch's message.</summary>
    public static string Describe(Exception ex, long batchId) => ex switch
    {
        ImportFileException f => $"Line {f.Line}: {f.Reason} Rows before that line were imported. Correct the file and import it again; rows already imported are not duplicated.",
        FileNotFoundException or DirectoryNotFoundException =>
            "The uploaded file is no longer on the server, so the import could not finish. Upload it again; rows already imported are not duplicated.",
        IOException or UnauthorizedAccessException =>
            $"The uploaded file could not be read on the server. Upload it again; if that fails too, tell the administrator (import {batchId}).",
        DecoderFallbackException => "The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.",
        JsonException => "The columns chosen for this import could not be read. Upload the file again and choose them again.",
        InvalidDataException => "The file could not be read as CSV. Export the data as CSV and import it again.",
        _ => $"The import stopped on an unexpected error; rows already imported are kept. Tell the administrator (import {batchId}): the details are in the server log.",
    };

    /// <summary>The upload page's message when reading the first rows failed; nothing is kept of the upload.</summary>
    public static string DescribeUpload(Exception ex) => ex switch
    {
        ImportFileException f => $"Line {f.Line}: {f.Reason} Correct the file and upload it again. Nothing was imported.",
        DecoderFallbackException => "The file is not UTF-8 text (it may be saved as Windows-1252 or UTF-16). Save it as “CSV UTF-8” and try again. Nothing was imported.",
        IOException or UnauthorizedAccessException => "The server could not store the file (it may be out of disk space). Try again later or tell the administrator. Nothing was imported.",
        _ => "The file could not be read as CSV. Nothing was imported.",
    };
}
