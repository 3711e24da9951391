using System.Text;

namespace WestMemphis.Pact.Web.Infrastructure.Csv;

/// <summary>
/// Reads CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF line ends, line
/// breaks inside quotes) into records, each with the line it starts on. The counterpart of <see cref="CsvExport"/>.
/// </summary>
public static class CsvRecords
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    /// <exception cref="FormatException">A quoted field is never closed, or a quote appears inside an unquoted field.</exception>
    public static IEnumerable<Record> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var i = 0;
        var quoted = false;
        var any = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                    i++;
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw new FormatException($"Line {line}: text after a closing quote.");
                    }

                    continue;
                }

                if (c == '\n')
                {
                    line++;
                }

                field.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    i++;
                    break;
                case '"':
                    throw new FormatException($"Line {line}: a quote inside an unquoted value.");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    i++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new Record(start, fields.ToList());
                    fields.Clear();
                    any = false;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    i++;
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException($"Line {start}: a quoted value is never closed.");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new Record(start, fields.ToList());
        }
    }
}
