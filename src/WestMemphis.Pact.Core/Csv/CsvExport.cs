using System.Globalization;
using CsvHelper;

namespace WestMemphis.Pact.Csv;

/// <summary>
/// CSV downloads, written with CsvHelper (UTF-8 with a byte order mark so spreadsheets read accents, CRLF line ends,
/// invariant culture, RFC 4180 quoting). Every cell that a spreadsheet would read as a formula (starting with = + - @,
/// or a tab or carriage return) is prefixed with an apostrophe, so a volunteer named "=HYPERLINK(...)" stays text
/// (CSV injection, OWASP). Downloads (the web project's <c>CsvDownload</c>) stream the rows to the response one by one, never built in memory.
/// </summary>
public static class CsvExport
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    private static CsvWriterOptions Options() => new()
    {
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
    };

    private static string[] Cells(IReadOnlyList<string?> cells)
    {
        var result = new string[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            result[i] = Neutralise(cells[i]);
        }

        return result;
    }

    /// <summary>Writes a header row and the rows to <paramref name="destination"/>; every cell goes through <see cref="Neutralise"/>.</summary>
    public static async Task WriteAsync(Stream destination, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(destination, Options(), leaveOpen: true);
        await csv.WriteRecordAsync(Cells(header), cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(Cells(row), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>The same as <see cref="WriteAsync(Stream, IReadOnlyList{string}, IAsyncEnumerable{IReadOnlyList{string?}}, CancellationToken)"/> for rows already loaded.</summary>
    public static async Task WriteAsync(Stream destination, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(destination, Options(), leaveOpen: true);
        await csv.WriteRecordAsync(Cells(header), cancellationToken);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync(Cells(row), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>The whole file as bytes (small exports and tests).</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options(), leaveOpen: true))
        {
            csv.WriteRecord(Cells(header));
            foreach (var row in rows)
            {
                csv.WriteRecord(Cells(row));
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
