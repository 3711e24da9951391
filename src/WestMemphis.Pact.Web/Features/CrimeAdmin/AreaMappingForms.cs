using FluentValidation;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>Adds or edits a source's beat or ward value → area mapping (also the form beside each unplaced beat).</summary>
public sealed class AreaMappingForm
{
    public string? Source { get; set; }
    public string? Field { get; set; }
    public string? Value { get; set; }
    public int? AreaId { get; set; }
    public string? Version { get; set; }

    public string SourceKey => (Source ?? "").Trim().ToLowerInvariant();
    public string ValueKey => (Value ?? "").Trim().ToUpperInvariant();

    public static AreaMappingForm From(AreaSourceMapping m) =>
        new() { Source = m.Source, Field = m.Field, Value = m.Value, AreaId = m.AreaId, Version = m.Version.ToString() };
}

public sealed class AreaMappingFormValidator : AbstractValidator<AreaMappingForm>
{
    public AreaMappingFormValidator()
    {
        RuleFor(f => f.Source).NotEmpty().WithMessage("Enter the source, for example chicago.")
            .MaximumLength(CrimeLimits.Source).WithMessage($"Sources are at most {CrimeLimits.Source} characters.")
            .Matches("^[A-Za-z0-9 _-]*$").WithMessage("Sources use letters, digits and hyphens only.");
        RuleFor(f => f.Field).Must(f => f is AreaSourceFields.Beat or AreaSourceFields.Ward).WithMessage("Choose Beat or Ward.");
        RuleFor(f => f.Value).NotEmpty().WithMessage("Enter the beat or ward value as it appears in the files.")
            .MaximumLength(CrimeLimits.Beat).WithMessage($"Values are at most {CrimeLimits.Beat} characters.")
            .Matches("^[A-Za-z0-9 ._/-]*$").WithMessage("Beat and ward values use letters, digits, spaces, dots, slashes and hyphens only.");
        RuleFor(f => f.AreaId).NotNull().WithMessage("Choose the area.");
    }
}

public sealed record AreaMappingRow(int Id, string Source, string Field, string Value, string AreaName);

public sealed record UnplacedBeatRow(string Source, string Value, int Count);

public sealed record AreaMappingsViewModel(string? Source, IReadOnlyList<AreaMappingRow> Rows, IReadOnlyList<UnplacedBeatRow> Unplaced, IReadOnlyList<AreaOption> Areas, AreaMappingForm Form);

public sealed record AreaMappingEditViewModel(int Id, AreaMappingForm Form, IReadOnlyList<AreaOption> Areas);
