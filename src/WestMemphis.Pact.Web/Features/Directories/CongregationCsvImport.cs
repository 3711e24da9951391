using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>A congregations CSV (the same columns as the export): one form per row, plus the area it names.</summary>
public sealed class CongregationCsvImport : CsvImport<CongregationCsvRow>
{
    public override IReadOnlyList<string> Required { get; } = ["Name", "Address"];

    public override IReadOnlyList<string> Optional { get; } = ["Denomination", "Area", "Phone", "Website", "Notes"];

    public override IReadOnlyList<string> Ignored { get; } = ["Clergy contacts"];

    protected override CongregationCsvRow ToForm(Func<string, string?> value) => new(new CongregationForm
    {
        Name = value("Name"),
        Denomination = Empty(value("Denomination")),
        Address = value("Address"),
        Phone = Empty(value("Phone")),
        Website = Empty(value("Website")),
        Notes = Empty(value("Notes")),
    }, Empty(value("Area")));

    protected override string DuplicateKey(CongregationCsvRow row) => $"{row.Form.Name}|{row.Form.Address}";

    protected override string DuplicateReason(int firstLine) => $"repeats line {firstLine} (same name and address).";
}

public sealed record CongregationCsvRow(CongregationForm Form, string? Area);
