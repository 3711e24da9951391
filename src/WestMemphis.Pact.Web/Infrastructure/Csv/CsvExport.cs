using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace WestMemphis.Pact.Web.Infrastructure.Csv;

/// <summary>
/// RFC 4180 CSV for every export. A cell that a spreadsheet would run as a formula (starting with
/// = + - @, or a tab or carriage return) is prefixed with an apostrophe (OWASP "CSV injection").
/// </summary>
public static class CsvExport
{
    public static string Neutralize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    public static string Cell(string? value)
    {
        var safe = Neutralize(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(",", cells.Select(Cell));

    /// <summary>A UTF-8 (with BOM, so Excel reads accents) CSV file download.</summary>
    public static FileContentResult File(string fileName, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder();
        text.Append(Line(header)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(Line(row)).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new FileContentResult(bytes, "text/csv; charset=utf-8") { FileDownloadName = fileName };
    }
}
