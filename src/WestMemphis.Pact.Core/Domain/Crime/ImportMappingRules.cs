using System.Text;
using System.Text.Json;

namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// The rules of the mapping screen for a file whose header is none of the ready-made layouts: what each field means,
/// which are required, that a column serves one field only, the source name's form, and finding the saved mapping that
/// fits a header so the next upload of such a file is recognised without asking again.
/// </summary>
public static class ImportMappingRules
{
    /// <summary>Fields in the order the screen asks for them, with a label people understand.</summary>
    public static readonly IReadOnlyList<(ImportField Field, string Label)> Fields =
    [
        (ImportField.IncidentNumber, "Incident or case number"),
        (ImportField.OccurredAt, "Date and time it happened"),
        (ImportField.ReportedAt, "Date and time it was reported"),
        (ImportField.NibrsCode, "NIBRS offense code"),
        (ImportField.OffenseDescription, "Offense description"),
        (ImportField.OffenseSubDescription, "Offense detail (a second description column)"),
        (ImportField.OffenseId, "Offense ID (files with one row per offense)"),
        (ImportField.SourceCode, "The records system's own offense code"),
        (ImportField.Address, "Address or block"),
        (ImportField.Beat, "Beat"),
        (ImportField.Ward, "Ward or district"),
        (ImportField.Latitude, "Latitude"),
        (ImportField.Longitude, "Longitude"),
        (ImportField.Disposition, "Disposition or arrest"),
        (ImportField.Domestic, "Domestic flag"),
        (ImportField.Juvenile, "Juvenile flag"),
    ];

    /// <summary>Sources of the ready-made layouts: a custom mapping may not take their names.</summary>
    public static readonly IReadOnlySet<string> ReservedSources = new HashSet<string>(StringComparer.Ordinal)
    {
        ImportLayouts.ChicagoSource, ImportLayouts.SeattleSource, ImportLayouts.NibrsSource,
    };

    public static string Label(ImportField field) => Fields.First(f => f.Field == field).Label;

    /// <summary>
    /// Checks a chosen mapping against the file's header. Returns the problems, each on its field: a required field
    /// without a column, a column that is not in the file, a column chosen for two fields.
    /// </summary>
    public static IReadOnlyList<(ImportField Field, string Message)> Check(IReadOnlyDictionary<ImportField, string?> chosen, IReadOnlyList<string> header)
    {
        var problems = new List<(ImportField, string)>();
        var inFile = header.ToHashSet(StringComparer.Ordinal);
        var usedBy = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var (field, _) in Fields)
        {
            if (!chosen.TryGetValue(field, out var column) || string.IsNullOrEmpty(column))
            {
                continue;
            }

            if (!inFile.Contains(column))
            {
                problems.Add((field, $"{Label(field)}: choose one of the file's columns."));
            }
            else if (usedBy.TryGetValue(column, out var other))
            {
                problems.Add((field, $"{Label(field)}: the column “{column}” is already used for {Label(other)}. A column can be used for one field only."));
            }
            else
            {
                usedBy[column] = field;
            }
        }

        bool Has(ImportField f) => chosen.TryGetValue(f, out var c) && !string.IsNullOrEmpty(c);
        foreach (var field in ImportLayouts.Required.Where(f => !Has(f)))
        {
            problems.Add((field, $"{Label(field)}: choose the column that holds it (required)."));
        }

        if (!Has(ImportField.NibrsCode) && !Has(ImportField.OffenseDescription))
        {
            problems.Add((ImportField.OffenseDescription, "Offense description: choose the column with the offense description or a NIBRS code column (one of the two is required)."));
        }

        return problems;
    }

    /// <summary>
    /// A source name as stored ("Marion PD export" → "marion-pd-export"): lower case letters, digits and hyphens, at most
    /// <see cref="CrimeLimits.Source"/> characters. Null when nothing usable is left or the name is a ready-made layout's.
    /// </summary>
    public static string? NormalizeSource(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (c is ' ' or '-' or '_' or '.' && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
            else if (c is not (' ' or '-' or '_' or '.'))
            {
                return null;
            }
        }

        var key = sb.ToString().TrimEnd('-');
        return key.Length is 0 or > CrimeLimits.Source || ReservedSources.Contains(key) ? null : key;
    }

    public static string Serialize(IReadOnlyDictionary<ImportField, string> columns) => JsonSerializer.Serialize(columns);

    public static Dictionary<ImportField, string> Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<ImportField, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>
    /// The saved mapping for this header: one whose every column is in the header (compared as the layouts compare
    /// headers), preferring the one that reads the most columns. Null when none fits.
    /// </summary>
    public static (string Source, IReadOnlyDictionary<ImportField, string> Columns)? FindSaved(IReadOnlyList<string> header,
        IEnumerable<(string Source, IReadOnlyDictionary<ImportField, string> Columns)> saved)
    {
        var keys = header.Select(ImportLayouts.Key).ToHashSet(StringComparer.Ordinal);
        return saved.Where(s => s.Columns.Count > 0 && s.Columns.Values.All(c => keys.Contains(ImportLayouts.Key(c))))
            .OrderByDescending(s => s.Columns.Count).ThenBy(s => s.Source, StringComparer.Ordinal)
            .Select(s => ((string, IReadOnlyDictionary<ImportField, string>)?)s).FirstOrDefault();
    }
}
