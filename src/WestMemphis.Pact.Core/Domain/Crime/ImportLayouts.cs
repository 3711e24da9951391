using System.Text;

namespace WestMemphis.Pact.Domain.Crime;

/// <summary>The things an import reads from a row; a layout maps each to a column header.</summary>
public enum ImportField
{
    IncidentNumber,
    OccurredAt,
    ReportedAt,
    NibrsCode,
    OffenseDescription,
    OffenseSubDescription,
    OffenseId,
    SourceCode,
    Address,
    Latitude,
    Longitude,
    Beat,
    Ward,
    Disposition,
    Domestic,
    Juvenile,
}

/// <summary>A layout recognised from a header: which source it is and which column holds each field.</summary>
public sealed record DetectedLayout(ImportLayout Layout, string Source, string Name, IReadOnlyDictionary<ImportField, string> Columns);

/// <summary>
/// The ready-made layouts (Chicago "Crimes - 2001 to Present", Seattle "SPD Crime Data", a generic NIBRS layout) and the
/// header check. Headers are compared ignoring case, spaces and punctuation ("Case Number" = "case_number").
/// </summary>
public static class ImportLayouts
{
    public const string ChicagoSource = "chicago";
    public const string SeattleSource = "seattle";
    public const string NibrsSource = "nibrs";

    public static readonly IReadOnlyDictionary<ImportField, string> Chicago = new Dictionary<ImportField, string>
    {
        [ImportField.IncidentNumber] = "Case Number",
        [ImportField.OccurredAt] = "Date",
        [ImportField.Address] = "Block",
        [ImportField.SourceCode] = "IUCR",
        [ImportField.OffenseDescription] = "Primary Type",
        [ImportField.OffenseSubDescription] = "Description",
        [ImportField.Disposition] = "Arrest",
        [ImportField.Domestic] = "Domestic",
        [ImportField.Beat] = "Beat",
        [ImportField.Ward] = "Ward",
        [ImportField.Latitude] = "Latitude",
        [ImportField.Longitude] = "Longitude",
    };

    public static readonly IReadOnlyDictionary<ImportField, string> Seattle = new Dictionary<ImportField, string>
    {
        [ImportField.IncidentNumber] = "Report Number",
        [ImportField.OffenseId] = "Offense ID",
        [ImportField.OccurredAt] = "Offense Start DateTime",
        [ImportField.ReportedAt] = "Report DateTime",
        [ImportField.NibrsCode] = "Offense Code",
        [ImportField.OffenseDescription] = "Offense",
        [ImportField.Beat] = "Beat",
        [ImportField.Address] = "100 Block Address",
        [ImportField.Latitude] = "Latitude",
        [ImportField.Longitude] = "Longitude",
    };

    public static readonly IReadOnlyDictionary<ImportField, string> Nibrs = new Dictionary<ImportField, string>
    {
        [ImportField.IncidentNumber] = "Incident Number",
        [ImportField.OccurredAt] = "Occurred At",
        [ImportField.ReportedAt] = "Reported At",
        [ImportField.NibrsCode] = "NIBRS Code",
        [ImportField.OffenseDescription] = "Offense Description",
        [ImportField.OffenseId] = "Offense ID",
        [ImportField.Address] = "Address",
        [ImportField.Latitude] = "Latitude",
        [ImportField.Longitude] = "Longitude",
        [ImportField.Beat] = "Beat",
        [ImportField.Ward] = "Ward",
        [ImportField.Disposition] = "Disposition",
        [ImportField.Domestic] = "Domestic",
        [ImportField.Juvenile] = "Juvenile",
    };

    /// <summary>Fields a layout must have a column for, besides an offense code or description.</summary>
    public static readonly IReadOnlyList<ImportField> Required = [ImportField.IncidentNumber, ImportField.OccurredAt];

    public static string Key(string header)
    {
        var sb = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Recognises a ready-made layout from the header, or uses <paramref name="savedMapping"/> (the source's saved mapping).
    /// Returns null and a message naming what is missing when neither fits.
    /// </summary>
    public static DetectedLayout? Detect(IReadOnlyList<string> header, out string? error, (string Source, IReadOnlyDictionary<ImportField, string> Columns)? savedMapping = null)
    {
        error = null;
        switch (ReadyMade(header))
        {
            case ImportLayout.Chicago:
                return Resolve(ImportLayout.Chicago, ChicagoSource, "Chicago “Crimes - 2001 to Present”", Chicago, header, out error);
            case ImportLayout.Seattle:
                return Resolve(ImportLayout.Seattle, SeattleSource, "Seattle “SPD Crime Data” (one row per offense)", Seattle, header, out error);
            case ImportLayout.Nibrs:
                return Resolve(ImportLayout.Nibrs, NibrsSource, "Generic NIBRS", Nibrs, header, out error);
        }

        if (savedMapping is { } saved)
        {
            return Resolve(ImportLayout.Custom, saved.Source, $"Saved mapping for “{saved.Source}”", saved.Columns, header, out error);
        }

        error = "The columns were not recognised. Use Chicago's “Crimes - 2001 to Present” export (Case Number, Date, Block, IUCR, Primary Type, Description, Beat, Ward, Latitude, Longitude...), "
            + "Seattle's “SPD Crime Data” export (Report Number, Offense ID, Offense Start DateTime, Offense Code, Offense, Beat, 100 Block Address, Latitude, Longitude) "
            + "or the generic NIBRS layout (Incident Number, Occurred At, NIBRS Code or Offense Description, Address, Latitude, Longitude, Beat...).";
        return null;
    }

    /// <summary>The ready-made layout the header looks like (by its telltale columns), or null for any other header.</summary>
    public static ImportLayout? ReadyMade(IReadOnlyList<string> header)
    {
        var keys = header.Select(Key).ToHashSet(StringComparer.Ordinal);
        bool Has(params string[] names) => names.All(n => keys.Contains(Key(n)));
        if (Has("Case Number", "Primary Type", "IUCR"))
        {
            return ImportLayout.Chicago;
        }

        if (Has("Report Number", "Offense Code", "Offense Start DateTime"))
        {
            return ImportLayout.Seattle;
        }

        return Has("Incident Number", "NIBRS Code", "Occurred At") || Has("Incident Number", "Offense Description", "Occurred At") ? ImportLayout.Nibrs : null;
    }

    private static DetectedLayout? Resolve(ImportLayout layout, string source, string name, IReadOnlyDictionary<ImportField, string> wanted, IReadOnlyList<string> header, out string? error)
    {
        error = null;
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in header)
        {
            byKey.TryAdd(Key(h), h);
        }

        var columns = new Dictionary<ImportField, string>();
        foreach (var (field, column) in wanted)
        {
            if (byKey.TryGetValue(Key(column), out var actual))
            {
                columns[field] = actual;
            }
        }

        var missing = Required.Where(f => !columns.ContainsKey(f)).Select(f => wanted.TryGetValue(f, out var c) ? c : f.ToString()).ToList();
        if (!columns.ContainsKey(ImportField.NibrsCode) && !columns.ContainsKey(ImportField.OffenseDescription))
        {
            missing.Add("an offense code or description column");
        }

        if (missing.Count > 0)
        {
            error = $"The file looks like the {name} layout but has no {string.Join(", ", missing)} column. Nothing was imported.";
            return null;
        }

        return new DetectedLayout(layout, source, name, columns);
    }
}
