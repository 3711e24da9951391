using FluentValidation;

namespace WestMemphis.Pact.Web.Features.Areas;

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
