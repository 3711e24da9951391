using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>Record a security assessment of a congregation.</summary>
public sealed partial class CongregationsController
{
    [HttpGet("{id:int}/assessments/new")]
    public async Task<IActionResult> Assess(int id, CancellationToken cancellationToken)
    {
        var name = await db.Congregations.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        return View(new AssessCongregationViewModel(name, new AssessmentForm { Date = CentralTimeZone.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
    }

    [HttpPost("{id:int}/assessments/new")]
    public async Task<IActionResult> Assess(int id, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        var name = await db.Congregations.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return View(new AssessCongregationViewModel(name, form));
        }

        CentralTimeInput.TryParseDate(form.Date, out var date);
        db.SecurityAssessments.Add(new SecurityAssessment
        {
            CongregationId = id,
            Date = date,
            OfficerId = users.GetUserId(User)!,
            Attendance = form.Attendance,
            YouthPrograms = form.YouthPrograms,
            Daycare = form.Daycare,
            Cameras = form.Cameras,
            Alarm = form.Alarm,
            AccessControl = form.AccessControl,
            SecurityTeam = form.SecurityTeam,
            Recommendations = FormRules.Clean(form.Recommendations),
            FollowUpDate = CentralTimeInput.TryParseDate(form.FollowUpDate, out var f) ? f : null,
        });
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Security assessment saved.");
        return LocalRedirect($"/manage/congregations/{id}#assessments");
    }
}

public sealed record AssessCongregationViewModel(string Congregation, AssessmentForm Form);

public sealed class AssessmentForm
{
    public string? Date { get; set; }
    public int? Attendance { get; set; }
    public bool YouthPrograms { get; set; }
    public bool Daycare { get; set; }
    public bool Cameras { get; set; }
    public bool Alarm { get; set; }
    public bool AccessControl { get; set; }
    public bool SecurityTeam { get; set; }
    public string? Recommendations { get; set; }
    public string? FollowUpDate { get; set; }
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public AssessmentFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Date).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the day of the assessment, for example 2026-07-01.")
            .Must(d => !CentralTimeInput.TryParseDate(d, out var day) || day <= CentralTimeZone.Today(clock)).WithMessage("An assessment cannot be in the future.");
        RuleFor(f => f.Attendance).InclusiveBetween(0, 100_000).WithMessage("Attendance runs from 0 to 100,000.");
        RuleFor(f => f.Recommendations).MaximumLength(FieldLengths.SecurityAssessment.Recommendations).WithMessage($"Recommendations are at most {FieldLengths.SecurityAssessment.Recommendations} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The recommendations contain characters that cannot be used.");
        RuleFor(f => f.FollowUpDate).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the follow-up date as a date.")
            .Must((f, d) => !CentralTimeInput.TryParseDate(d, out var due) || !CentralTimeInput.TryParseDate(f.Date, out var day) || due >= day)
            .WithMessage("The follow-up cannot be before the assessment.");
    }
}
