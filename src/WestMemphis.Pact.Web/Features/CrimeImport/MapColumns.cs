using FluentValidation;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Forms;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>The mapping screen's form: a source name and, for each field an import reads, the file's column that holds it.</summary>
public sealed class MapColumnsForm
{
    public string? Source { get; set; }
    public string? IncidentNumber { get; set; }
    public string? OccurredAt { get; set; }
    public string? ReportedAt { get; set; }
    public string? NibrsCode { get; set; }
    public string? OffenseDescription { get; set; }
    public string? OffenseSubDescription { get; set; }
    public string? OffenseId { get; set; }
    public string? SourceCode { get; set; }
    public string? Address { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Beat { get; set; }
    public string? Ward { get; set; }
    public string? Disposition { get; set; }
    public string? Domestic { get; set; }
    public string? Juvenile { get; set; }

    public Dictionary<ImportField, string?> Chosen() => new()
    {
        [ImportField.IncidentNumber] = IncidentNumber,
        [ImportField.OccurredAt] = OccurredAt,
        [ImportField.ReportedAt] = ReportedAt,
        [ImportField.NibrsCode] = NibrsCode,
        [ImportField.OffenseDescription] = OffenseDescription,
        [ImportField.OffenseSubDescription] = OffenseSubDescription,
        [ImportField.OffenseId] = OffenseId,
        [ImportField.SourceCode] = SourceCode,
        [ImportField.Address] = Address,
        [ImportField.Latitude] = Latitude,
        [ImportField.Longitude] = Longitude,
        [ImportField.Beat] = Beat,
        [ImportField.Ward] = Ward,
        [ImportField.Disposition] = Disposition,
        [ImportField.Domestic] = Domestic,
        [ImportField.Juvenile] = Juvenile,
    };

    /// <summary>A first guess: each field gets the column whose header reads like the field's name in a ready-made layout.</summary>
    public static MapColumnsForm Guess(IReadOnlyList<string> header, string fileName)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var h in header.Where(h => h.Length > 0))
        {
            byKey.TryAdd(ImportLayouts.Key(h), h);
        }

        string? Find(ImportField field) => new[] { ImportLayouts.Nibrs, ImportLayouts.Chicago, ImportLayouts.Seattle }
            .Select(l => l.TryGetValue(field, out var c) && byKey.TryGetValue(ImportLayouts.Key(c), out var actual) ? actual : null)
            .FirstOrDefault(c => c is not null);

        var form = new MapColumnsForm { Source = ImportMappingRules.NormalizeSource(Path.GetFileNameWithoutExtension(fileName)) };
        foreach (var (field, _) in ImportMappingRules.Fields)
        {
            form.Set(field, Find(field));
        }

        return form;
    }

    private void Set(ImportField field, string? column)
    {
        switch (field)
        {
            case ImportField.IncidentNumber: IncidentNumber = column; break;
            case ImportField.OccurredAt: OccurredAt = column; break;
            case ImportField.ReportedAt: ReportedAt = column; break;
            case ImportField.NibrsCode: NibrsCode = column; break;
            case ImportField.OffenseDescription: OffenseDescription = column; break;
            case ImportField.OffenseSubDescription: OffenseSubDescription = column; break;
            case ImportField.OffenseId: OffenseId = column; break;
            case ImportField.SourceCode: SourceCode = column; break;
            case ImportField.Address: Address = column; break;
            case ImportField.Latitude: Latitude = column; break;
            case ImportField.Longitude: Longitude = column; break;
            case ImportField.Beat: Beat = column; break;
            case ImportField.Ward: Ward = column; break;
            case ImportField.Disposition: Disposition = column; break;
            case ImportField.Domestic: Domestic = column; break;
            case ImportField.Juvenile: Juvenile = column; break;
        }
    }
}

public sealed class MapColumnsFormValidator : AbstractValidator<MapColumnsForm>
{
    public MapColumnsFormValidator()
    {
        RuleFor(f => f.Source).NotEmpty().WithMessage("Enter a name for the source of this file, for example “marion-pd”.")
            .Must(s => string.IsNullOrWhiteSpace(s) || ImportMappingRules.NormalizeSource(s) is not null)
            .WithMessage($"Use letters, digits, spaces and hyphens (at most {CrimeLimits.Source} characters), and not the name of a ready-made layout (chicago, seattle, nibrs).");
        RuleFor(f => f.Source).Must(FormRules.IsPlainText).WithMessage("The source name contains characters that cannot be used.");
    }
}

/// <summary>A column of the uploaded file and a few of its values, to help choose.</summary>
public sealed record ColumnSample(string Name, IReadOnlyList<string> Values)
{
    public string OptionText => Values.Count == 0 ? Name : $"{Name} (e.g. {string.Join("; ", Values)})";
}

public sealed record MapColumnsViewModel(string Token, string FileName, IReadOnlyList<ColumnSample> Columns, MapColumnsForm Form, bool SourceHasMapping)
{
    public static IReadOnlyList<ColumnSample> Samples(UploadInfo info) =>
        info.Header.Select((name, i) => (name, i)).Where(c => c.name.Length > 0).DistinctBy(c => c.name)
            .Select(c => new ColumnSample(c.name, info.Sample.Where(r => r.Count > c.i).Select(r => r[c.i].Trim()).Where(v => v.Length > 0)
                .Select(v => v.Length > 30 ? v[..30] + "…" : v).Distinct().Take(3).ToList()))
            .ToList();
}
