using System.Globalization;
using System.Text;
using CsvHelper;

namespace WestMemphis.Pact.Web.Infrastructure.Csv;

/// <summary>
/// Reads an uploaded CSV file (the columns its export writes) into forms, one per row, with each bad row's line
/// and reason. The shared part of every directory import: size and encoding checks, the header (missing, unknown
/// or repeated columns), rows with too many or too few values, repeated rows and blank lines, read with
/// CsvHelper (RFC 4180, the reader that matches <see cref="WestMemphis.Pact.Csv.CsvExport"/>). Never throws for a bad file: a file
/// that cannot be used at all gets one message in <see cref="CsvImportResult{TForm}.FileError"/>.
/// </summary>
public abstract class CsvImport<TForm>
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>Columns every row must have.</summary>
    public abstract IReadOnlyList<string> Required { get; }

    /// <summary>Columns a file may have.</summary>
    public abstract IReadOnlyList<string> Optional { get; }

    /// <summary>Columns the export writes that an import ignores (so an exported file imports as is).</summary>
    public virtual IReadOnlyList<string> Ignored => [];

    /// <summary>The form for one row, from its values by column name (trimmed; null when the column is absent).</summary>
    protected abstract TForm ToForm(Func<string, string?> value);

    /// <summary>What makes two rows of the file the same record, and how to say so.</summary>
    protected abstract string DuplicateKey(TForm form);

    protected abstract string DuplicateReason(int firstLine);

    public static string TooLarge(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"The file is too large ({bytes / 1024.0 / 1024.0:0.#} MB). Import at most 1 MB ({MaxRows:N0} rows) at a time.");

    public CsvImportResult<TForm> Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Fail("The file is empty.");
        }

        if (bytes.Length > MaxBytes)
        {
            return Fail(TooLarge(bytes.Length));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail("The file is not UTF-8 text (it may be saved in another encoding, such as Windows-1252, or not be a CSV at all). In a spreadsheet, save it as \"CSV UTF-8\" and try again.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Fail("The file is not a CSV text file.");
        }

        var columns = string.Join(", ", Required.Concat(Optional));
        var records = new List<(int Line, string[] Values)>();
        var malformed = new Dictionary<int, CsvMalformedReason>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true, // every line counts, also blank ones and those inside quoted values
            SkipEmptyLines = true,
            MaxRecordSize = MaxBytes,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = r => malformed.TryAdd((int)r.LineNumber, r.Reason),
        };
        try
        {
            var start = bytes.AsMemory();
            if (start.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                start = start[3..];
            }

            using var csv = CsvReader.Create(start, options);
            foreach (var record in csv)
            {
                var values = record.ToArray();
                if (records.Count > 0 && values.All(string.IsNullOrWhiteSpace))
                {
                    continue; // a line of empty values (",,,")
                }

                if (records.Count > MaxRows)
                {
                    return Fail($"The file has more than {MaxRows:N0} rows. Split it and import the parts one after another.");
                }

                records.Add(((int)csv.LineNumber, values));
            }
        }
        catch (CsvFormatException)
        {
            return Fail("The file could not be read as CSV. Check the quotes.");
        }

        if (records.Count == 0 || records[0].Values.All(string.IsNullOrWhiteSpace))
        {
            return Fail($"The file has no header row. The first line must name the columns: {columns}.");
        }

        var header = records[0].Values.Select(h => h.Trim()).ToList();
        var missing = Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return Fail($"The file has no {string.Join(" or ", missing)} column. The first line must name the columns: {columns}.");
        }

        var known = Required.Concat(Optional).Concat(Ignored).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = header.Where(h => !known.Contains(h)).ToList();
        if (extra.Count > 0)
        {
            return Fail($"The file has column(s) this import does not know: {string.Join(", ", extra.Select(Shorten))}. Remove or rename them; the columns are {columns}.");
        }

        var repeated = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            return Fail($"The column(s) {string.Join(", ", repeated)} appear more than once.");
        }

        if (malformed.TryGetValue(records[0].Line, out _))
        {
            return Fail("The header row could not be read as CSV. Check the quotes.");
        }

        var rows = new List<CsvImportRow<TForm>>();
        var problems = new List<CsvImportProblem>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, values) in records.Skip(1))
        {
            if (malformed.TryGetValue(line, out var reason))
            {
                problems.Add(new(line, reason == CsvMalformedReason.UnterminatedQuote
                    ? "opens a quoted value that is never closed, so the rest of the file could not be read. Close the quote and import the rest again."
                    : "has a quote in the wrong place (a value with a quote, comma or line break must be wrapped in quotes, with each quote inside doubled)."));
                continue;
            }

            if (values.Length != header.Count)
            {
                problems.Add(new(line, $"has {values.Length} values but the header names {header.Count} columns."));
                continue;
            }

            var form = ToForm(name => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? values[i].Trim() : null);
            var key = DuplicateKey(form);
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new(line, DuplicateReason(first)));
                continue;
            }

            seen[key] = line;
            rows.Add(new CsvImportRow<TForm>(line, form));
        }

        return rows.Count == 0 && problems.Count == 0 ? Fail("The file has a header but no rows.") : new CsvImportResult<TForm>(null, rows, problems);
    }

    /// <summary>Null for an empty value.</summary>
    protected static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    protected static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static CsvImportResult<TForm> Fail(string message) => new(message, [], []);
}

public sealed record CsvImportRow<TForm>(int Line, TForm Form);

public sealed record CsvImportProblem(int Line, string Reason);

public sealed record CsvImportResult<TForm>(string? FileError, IReadOnlyList<CsvImportRow<TForm>> Rows, IReadOnlyList<CsvImportProblem> Problems);
