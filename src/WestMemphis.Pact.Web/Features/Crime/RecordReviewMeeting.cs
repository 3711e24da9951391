using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>Record a meeting: the figures as shown now are frozen in it, and the open items of the last meeting of the same areas carry over.</summary>
public sealed partial class CrimeReviewsController
{
    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var today = Today();
        var form = new NewMeetingForm
        {
            MeetingDate = today.ToString(ReviewFilter.DateFormat, CultureInfo.InvariantCulture),
            PeriodEnd = today.AddDays(-1).ToString(ReviewFilter.DateFormat, CultureInfo.InvariantCulture),
        };
        return await CreateViewAsync(form, cancellationToken);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(NewMeetingForm form, [FromServices] IValidator<NewMeetingForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        var areaIds = form.AreaIds.Distinct().ToList();
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        if (areas.Count != areaIds.Count)
        {
            ModelState.AddModelError(nameof(NewMeetingForm.AreaIds), "Choose areas from the list.");
        }

        if (!ModelState.IsValid)
        {
            return await CreateViewAsync(form, cancellationToken);
        }

        ReviewFilter.TryDate(form.MeetingDate, out var meetingDate);
        ReviewFilter.TryDate(form.PeriodEnd, out var periodEnd);
        // The figures as shown now, frozen in the meeting.
        var scopes = areas.Count == 0 ? [(Id: (int?)null, Name: "Citywide")] : areas.Select(a => (Id: (int?)a.Id, a.Name)).ToList();
        var snapshotAreas = new List<SnapshotArea>();
        IReadOnlyList<ReviewPeriod> periods = ReviewPeriods.For(periodEnd);
        foreach (var (id, name) in scopes)
        {
            var figures = await queries.FiguresAsync(periodEnd, id, cancellationToken);
            snapshotAreas.Add(new SnapshotArea(name, figures.Lines.Select(l => new SnapshotLine(l.Label,
                l.ByPeriod.Select(c => c.Current).ToList(), l.ByPeriod.Select(c => c.Previous).ToList())).ToList()));
        }

        var snapshot = new ReviewSnapshot(periodEnd, periods.Select(p => $"{p.Label} ({p.Current}) vs {Sentence.Inside(p.PreviousLabel)} ({p.Previous})").ToList(), snapshotAreas);
        var key = CrimeReview.KeyFor(areaIds);
        var meeting = new CrimeReview
        {
            MeetingDate = meetingDate,
            PeriodEnd = periodEnd,
            AreasKey = key,
            Areas = areaIds.Select(a => new CrimeReviewArea { AreaId = a }).ToList(),
            Attendees = form.Attendees!.Trim(),
            Notes = Blank(form.Notes),
            ProblemsDiscussed = Blank(form.ProblemsDiscussed),
            SnapshotJson = snapshot.ToJson(),
            CreatedById = users.GetUserId(User)!,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CrimeReviews.Add(meeting);
        var open = await db.CrimeActionItems
            .Where(i => i.CurrentReview!.AreasKey == key && (i.Status == ActionItemStatus.Open || i.Status == ActionItemStatus.InProgress))
            .ToListAsync(cancellationToken);
        var carried = CarryOver.Apply(meeting, open);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Crime review meeting {ReviewId} recorded with {Carried} items carried over", meeting.Id, carried);
        this.SetStatus(carried == 0 ? "Meeting recorded." : $"Meeting recorded. {carried} open action item{(carried == 1 ? "" : "s")} carried over from the last meeting of the same areas.");
        return LocalRedirect($"/crime/reviews/{meeting.Id}");
    }

    private async Task<IActionResult> CreateViewAsync(NewMeetingForm form, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        return View("Create", new NewMeetingViewModel(form, areas));
    }
}

public sealed record NewMeetingViewModel(NewMeetingForm Form, IReadOnlyList<SelectListItem> Areas);

/// <summary>A new review meeting: when, which areas (none: citywide), the period reviewed, who came, notes.</summary>
public sealed class NewMeetingForm
{
    public string? MeetingDate { get; set; }
    public string? PeriodEnd { get; set; }
    public List<int> AreaIds { get; set; } = [];
    public string? Attendees { get; set; }
    public string? Notes { get; set; }
    public string? ProblemsDiscussed { get; set; }
}

public sealed class NewMeetingFormValidator : AbstractValidator<NewMeetingForm>
{
    public NewMeetingFormValidator()
    {
        RuleFor(f => f.MeetingDate).Must(d => ReviewFilter.TryDate(d, out var date) && date.Year is >= 2000 and <= 2100)
            .WithMessage("Enter the meeting's date, for example 2026-11-24.");
        RuleFor(f => f.PeriodEnd).Must(d => ReviewFilter.TryDate(d, out var date) && date.Year is >= 2000 and <= 2100)
            .WithMessage("Enter the last day of the period reviewed, for example 2026-11-23.");
        RuleFor(f => f.Attendees).Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("List who attended.")
            .MaximumLength(FieldLengths.CrimeReview.Attendees).WithMessage($"Attendees: at most {FieldLengths.CrimeReview.Attendees} characters.");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.CrimeReview.Notes).WithMessage($"Notes: at most {FieldLengths.CrimeReview.Notes} characters.");
        RuleFor(f => f.ProblemsDiscussed).MaximumLength(FieldLengths.CrimeReview.ProblemsDiscussed).WithMessage($"Problems discussed: at most {FieldLengths.CrimeReview.ProblemsDiscussed} characters.");
        RuleFor(f => f.AreaIds).Must(a => a.Count <= 50).WithMessage("Choose at most 50 areas.");
    }
}
