using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Areas;

public sealed class AreaForm
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? Description { get; set; }
    public bool IsFocusArea { get; set; }
    public string? BoundaryGeoJson { get; set; }
    public string? Version { get; set; }

    public static AreaForm From(Area a) => new()
    {
        Name = a.Name,
        Code = a.Code,
        Description = a.Description,
        IsFocusArea = a.IsFocusArea,
        BoundaryGeoJson = a.BoundaryGeoJson,
        Version = a.Version.ToString(),
    };
}

public sealed class AreaFormValidator : AbstractValidator<AreaForm>
{
    public AreaFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the area's name.").MaximumLength(100).WithMessage("Names are at most 100 characters.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters that cannot be used.");
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter a short code, for example W2.").MaximumLength(20).WithMessage("Codes are at most 20 characters.")
            .Matches("^[A-Za-z0-9-]*$").WithMessage("Codes use letters, digits and hyphens only.");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Descriptions are at most 2,000 characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The description contains characters that cannot be used.");
        RuleFor(f => f.BoundaryGeoJson).Must(g => AreaBoundary.Check(g) is null).WithMessage(f => AreaBoundary.Check(f.BoundaryGeoJson) ?? "");
    }
}

public sealed class StreetRangeForm
{
    public string? StreetName { get; set; }
    public int? FromNumber { get; set; }
    public int? ToNumber { get; set; }
    public HouseNumberParity Parity { get; set; }
}

public sealed class StreetRangeFormValidator : AbstractValidator<StreetRangeForm>
{
    public StreetRangeFormValidator()
    {
        RuleFor(f => f.StreetName).NotEmpty().WithMessage("Enter the street, for example N Missouri St.")
            .MaximumLength(100).WithMessage("Street names are at most 100 characters.")
            .Must(FormRules.IsPlainText).WithMessage("The street name contains characters that cannot be used.")
            .Must(s => string.IsNullOrWhiteSpace(s) || AddressNormalizer.NormalizeStreet(s) is not null).WithMessage("Enter a street name with letters, for example N Missouri St.");
        RuleFor(f => f.FromNumber).NotNull().WithMessage("Enter the first house number.").InclusiveBetween(0, 999_999).WithMessage("House numbers run from 0 to 999999.");
        RuleFor(f => f.ToNumber).NotNull().WithMessage("Enter the last house number.").InclusiveBetween(0, 999_999).WithMessage("House numbers run from 0 to 999999.")
            .GreaterThanOrEqualTo(f => f.FromNumber ?? 0).When(f => f.FromNumber is not null).WithMessage("The last house number cannot be before the first.");
        RuleFor(f => f.Parity).IsInEnum().WithMessage("Choose odd, even or both sides.");
    }
}

public sealed class AssignmentForm
{
    public string? OfficerId { get; set; }
    public int? AreaId { get; set; }
    public string? StartDate { get; set; }
    public int? WeeklyHours { get; set; }
}

public sealed class AssignmentFormValidator : AbstractValidator<AssignmentForm>
{
    public AssignmentFormValidator()
    {
        RuleFor(f => f.OfficerId).NotEmpty().WithMessage("Choose an officer.").MaximumLength(450).WithMessage("Choose an officer from the list.");
        RuleFor(f => f.AreaId).NotNull().WithMessage("Choose an area.");
        RuleFor(f => f.StartDate).Must(d => Events.CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the first day as a date, for example 2026-07-01.");
        RuleFor(f => f.WeeklyHours).NotNull().WithMessage("Enter the weekly hours.").InclusiveBetween(1, 60).WithMessage("Weekly hours run from 1 to 60.");
    }
}

public sealed class EndAssignmentForm
{
    public string? EndDate { get; set; }
    public string? Version { get; set; }
}
