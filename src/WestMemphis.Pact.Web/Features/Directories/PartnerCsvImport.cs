using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>A partner organizations CSV (the same columns as the export): one form per row, with the raw kind, areas and active flag.</summary>
public sealed class PartnerCsvImport : CsvImport<PartnerCsvRow>
{
    public override IReadOnlyList<string> Required { get; } = ["Name", "Kind"];

    public override IReadOnlyList<string> Optional { get; } = ["Contact", "Phone", "Email", "Address", "Services", "Areas served", "Active", "Agreement date"];

    protected override PartnerCsvRow ToForm(Func<string, string?> value) => new(new PartnerForm
    {
        Name = value("Name"),
        ContactName = Empty(value("Contact")),
        ContactPhone = Empty(value("Phone")),
        ContactEmail = Empty(value("Email")),
        Address = Empty(value("Address")),
        Services = Empty(value("Services")),
        AgreementDate = Empty(value("Agreement date")),
    }, value("Kind") ?? "", Empty(value("Areas served")), Empty(value("Active")));

    protected override string DuplicateKey(PartnerCsvRow row) => row.Form.Name ?? "";

    protected override string DuplicateReason(int firstLine) => $"repeats line {firstLine} (same name).";
}

/// <summary>A row as read: the form, and the values that need looking up (kind, areas by name or code separated by ";", Yes/No).</summary>
public sealed record PartnerCsvRow(PartnerForm Form, string Kind, string? Areas, string? Active);
