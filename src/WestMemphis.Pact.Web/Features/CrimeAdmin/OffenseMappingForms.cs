using FluentValidation;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>Adds or edits an offense description → NIBRS code mapping (also the form beside each unmapped description).</summary>
public sealed class OffenseMappingForm
{
    public string? Source { get; set; }
    public string? Description { get; set; }
    public string? NibrsCode { get; set; }
    public string? Version { get; set; }

    public string SourceKey => (Source ?? "").Trim().ToLowerInvariant();
    public string DescriptionKey => CrimeRowParser.Upper(Description) ?? "";
    public string CodeKey => (NibrsCode ?? "").Trim().ToUpperInvariant();

    public static OffenseMappingForm From(OffenseDescriptionMapping m) =>
        new() { Source = m.Source, Description = m.Description, NibrsCode = m.NibrsCode, Version = m.Version.ToString() };
}

public sealed class OffenseMappingFormValidator : AbstractValidator<OffenseMappingForm>
{
    public OffenseMappingFormValidator()
    {
        RuleFor(f => f.Source).NotEmpty().WithMessage("Enter the source the description comes from, for example chicago.")
            .MaximumLength(CrimeLimits.Source).WithMessage($"Sources are at most {CrimeLimits.Source} characters.")
            .Matches("^[A-Za-z0-9 _-]*$").WithMessage("Sources use letters, digits and hyphens only.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Enter the offense description as it appears in the files.")
            .MaximumLength(CrimeLimits.Description).WithMessage($"Descriptions are at most {CrimeLimits.Description} characters.")
            .Must(FormRules.IsPlainText).WithMessage("The description contains characters that cannot be used.");
        RuleFor(f => f.NibrsCode).NotEmpty().WithMessage("Choose the NIBRS code.")
            .Matches("^[ ]*[0-9A-Za-z]{3}[ ]*$").WithMessage("A NIBRS code is three letters or digits, for example 23C.");
    }
}

public sealed record OffenseMappingRow(int Id, string Source, string Description, string Code, string? CodeName);

public sealed record UnmappedDescriptionRow(string Source, string Description, int Count);

public sealed record CodeOption(string Code, string Name);

public sealed record OffenseMappingsViewModel(string? Search, string? Source, int Page, int Pages, int Total, IReadOnlyList<OffenseMappingRow> Rows,
    IReadOnlyList<UnmappedDescriptionRow> Unmapped, IReadOnlyList<CodeOption> Codes, bool CanEdit, OffenseMappingForm Form)
{
    public string Query(int page) =>
        "?" + string.Join("&", new[] { Search is null ? null : "q=" + Uri.EscapeDataString(Search), Source is null ? null : "source=" + Uri.EscapeDataString(Source), page > 1 ? $"page={page}" : null }
            .Where(p => p is not null));
}

public sealed record OffenseMappingEditViewModel(int Id, OffenseMappingForm Form, IReadOnlyList<CodeOption> Codes);
