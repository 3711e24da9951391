using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace WestMemphis.Pact.Web.Infrastructure.Csv;

/// <summary>
/// CSV downloads. Every cell that a spreadsheet would read as a formula (starting with = + - @, or a
/// tab or carriage return) is prefixed with an apostrophe, so a volunteer named "=HYPERLINK(...)"
/// stays text (CSV injection, OWASP).
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

    /// <summary>One cell: neutralised, and quoted when it holds a comma, a quote or a line break.</summary>
    public static string Cell(string? value)
    {
        var cell = Neutralise(value);
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>Writes a header row and the rows; every cell goes through <see cref="Neutralise"/>.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Cell(cells[i]));
        }

        text.Append("\r\n");
    }

    public static FileContentResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        new(Write(header, rows), "text/csv; charset=utf-8") { FileDownloadName = fileName };

    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
