using System.Text;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Liaison;

/// <summary>
/// Reads a congregations CSV (the same columns as the export) into forms, one per row, with each bad row's
/// line and reason. Never throws for a bad file: a file that cannot be used at all gets one message.
/// </summary>
public static class CongregationCsvImport
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    public static readonly IReadOnlyList<string> Required = ["Name", "Address"];
    public static readonly IReadOnlyList<string> Optional = ["Denomination", "Area", "Phone", "Website", "Notes"];

    /// <summary>Columns the export writes that an import ignores (so an exported file imports as is).</summary>
    public static readonly IReadOnlyList<string> Ignored = ["Clergy contacts"];

    public sealed record Row(int Line, CongregationForm Form, string? Area);

    public sealed record Problem(int Line, string Reason);

    public sealed record Result(string? FileError, IReadOnlyList<Row> Rows, IReadOnlyList<Problem> Problems);

    public static Result Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Fail("The file is empty.");
        }

        if (bytes.Length > MaxBytes)
        {
            return Fail($"The file is too large ({bytes.Length / 1024 / 1024.0:0.#} MB). Import at most 1 MB ({MaxRows:N0} rows) at a time.");
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

        var rows = new List<Row>();
        var problems = new List<Problem>();
        try
        {
            using var records = CsvRecords.Read(text.TrimStart('\uFEFF')).GetEnumerator();
            if (!records.MoveNext() || records.Current.Fields.All(string.IsNullOrWhiteSpace))
            {
                return Fail("The file has no header row. The first line must name the columns: " + string.Join(", ", Required.Concat(Optional)) + ".");
            }

            var header = records.Current.Fields.Select(h => h.Trim()).ToList();
            var known = Required.Concat(Optional).Concat(Ignored).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
            {
                return Fail($"The file has no {string.Join(" or ", missing)} column. The first line must name the columns: {string.Join(", ", Required.Concat(Optional))}.");
            }

            var extra = header.Where(h => !known.Contains(h)).ToList();
            if (extra.Count > 0)
            {
                return Fail($"The file has column(s) this import does not know: {string.Join(", ", extra.Select(e => e.Length > 40 ? e[..40] + "…" : e))}. Remove or rename them; the columns are {string.Join(", ", Required.Concat(Optional))}.");
            }

            var duplicateHeaders = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            if (duplicateHeaders.Count > 0)
            {
                return Fail($"The column(s) {string.Join(", ", duplicateHeaders)} appear more than once.");
            }

            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            while (records.MoveNext())
            {
                var (line, values) = (records.Current.Line, records.Current.Fields);
                if (values.All(string.IsNullOrWhiteSpace))
                {
                    continue; // a blank line
                }

                if (rows.Count + problems.Count >= MaxRows)
                {
                    return Fail($"The file has more than {MaxRows:N0} rows. Split it and import the parts one after another.");
                }

                if (values.Count != header.Count)
                {
                    problems.Add(new(line, $"has {values.Count} values but the header names {header.Count} columns."));
                    continue;
                }

                string? Get(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? values[i].Trim() : null;
                var form = new CongregationForm
                {
                    Name = Get("Name"),
                    Denomination = Empty(Get("Denomination")),
                    Address = Get("Address"),
                    Phone = Empty(Get("Phone")),
                    Website = Empty(Get("Website")),
                    Notes = Empty(Get("Notes")),
                };
                var key = $"{form.Name}|{form.Address}";
                if (seen.TryGetValue(key, out var first))
                {
                    problems.Add(new(line, $"repeats line {first} (same name and address)."));
                    continue;
                }

                seen[key] = line;
                rows.Add(new Row(line, form, Empty(Get("Area"))));
            }
        }
        catch (FormatException ex)
        {
            return Fail($"The file could not be read as CSV ({ex.Message} Check the quotes).");
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            return Fail("The file has a header but no rows.");
        }

        return new Result(null, rows, problems);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Result Fail(string message) => new(message, [], []);
}
