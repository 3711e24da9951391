using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>Review meetings: the figures shown (frozen), action items, carry-over of open items to the next meeting of the same areas.</summary>
[Authorize(Policy = Policies.Officer)]
[Route("crime/reviews")]
public sealed class CrimeReviewsController(AppDbContext db, CrimeReviewQueries queries, TimeProvider clock, UserManager<ApplicationUser> users, ILogger<CrimeReviewsController> logger) : Controller
{
    private const string ChangedBySomeoneElse = "This action item was changed by someone else meanwhile. The saved version is shown; record the outcome again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var meetings = await db.CrimeReviews.AsNoTracking().OrderByDescending(r => r.MeetingDate).ThenByDescending(r => r.Id).Take(200)
            .Select(r => new MeetingRow(r.Id, r.MeetingDate, r.PeriodEnd, r.Areas.Select(a => a.Area!.Name).ToList(), r.Attendees,
                db.CrimeActionItems.Count(i => i.CurrentReviewId == r.Id && (i.Status == ActionItemStatus.Open || i.Status == ActionItemStatus.InProgress))))
            .ToListAsync(cancellationToken);
        return View(meetings);
    }

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

        var snapshot = new ReviewSnapshot(periodEnd, periods.Select(p => $"{p.Label} ({p.Current}) vs {p.PreviousLabel.ToLowerInvariant()} ({p.Previous})").ToList(), snapshotAreas);
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

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await DetailsModelAsync(id, new ActionItemForm(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/items")]
    public async Task<IActionResult> AddItem(int id, ActionItemForm form, [FromServices] IValidator<ActionItemForm> validator, CancellationToken cancellationToken)
    {
        if (!await db.CrimeReviews.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (form.OwnerKind == ActionOwnerKind.LiaisonOfficer && !string.IsNullOrWhiteSpace(form.OwnerUserId)
            && !await Officers.Query(db).AnyAsync(u => u.Id == form.OwnerUserId, cancellationToken))
        {
            ModelState.AddModelError(nameof(ActionItemForm.OwnerUserId), "Choose a liaison officer from the list.");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await DetailsModelAsync(id, form, cancellationToken));
        }

        DateOnly? due = ReviewFilter.TryDate(form.DueDate, out var d) ? d : null;
        var item = new CrimeActionItem
        {
            RaisedInReviewId = id,
            CurrentReviewId = id,
            What = form.What!.Trim(),
            OwnerKind = form.OwnerKind!.Value,
            OwnerUserId = form.OwnerKind == ActionOwnerKind.LiaisonOfficer ? form.OwnerUserId : null,
            PartnerName = form.OwnerKind == ActionOwnerKind.PartnerAgency ? form.PartnerName!.Trim() : null,
            DueDate = due,
            Status = ActionItemStatus.Open,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CrimeActionItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Action item {ItemId} added to crime review {ReviewId}", item.Id, id);
        this.SetStatus("Action item added.");
        return LocalRedirect($"/crime/reviews/{id}#items");
    }

    [HttpPost("{id:int}/items/{itemId:int}/outcome")]
    public async Task<IActionResult> Outcome(int id, int itemId, OutcomeForm form, [FromServices] IValidator<OutcomeForm> validator, CancellationToken cancellationToken)
    {
        var item = await db.CrimeActionItems.FirstOrDefaultAsync(i => i.Id == itemId && (i.CurrentReviewId == id || i.RaisedInReviewId == id), cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var result = await validator.ValidateAsync(form, cancellationToken);
        if (!result.IsValid)
        {
            this.SetStatus("Not saved: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct()));
            return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
        }

        if (!Guid.TryParse(form.Version, out var version) || version != item.Version)
        {
            this.SetStatus(ChangedBySomeoneElse);
            return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
        }

        CarryOver.RecordOutcome(item, id, form.Status!.Value, form.Outcome, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            this.SetStatus(ChangedBySomeoneElse);
            return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
        }

        logger.LogInformation("Action item {ItemId} set to {Status} at crime review {ReviewId}", itemId, item.Status, id);
        this.SetStatus($"Action item {CrimeActionItem.StatusLabel(item.Status).ToLowerInvariant()}.");
        return LocalRedirect($"/crime/reviews/{id}#item-{itemId}");
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), CrimeReviewQueries.Zone).DateTime);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<IActionResult> CreateViewAsync(NewMeetingForm form, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        return View("Create", new NewMeetingViewModel(form, areas));
    }

    private async Task<MeetingViewModel?> DetailsModelAsync(int id, ActionItemForm form, CancellationToken cancellationToken)
    {
        var meeting = await db.CrimeReviews.AsNoTracking().Include(r => r.Areas).ThenInclude(a => a.Area).Include(r => r.CreatedBy)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var items = await db.CrimeActionItems.AsNoTracking().Include(i => i.OwnerUser).Include(i => i.RaisedInReview)
            .Where(i => i.CurrentReviewId == id || i.RaisedInReviewId == id || i.OutcomeReviewId == id)
            .OrderBy(i => i.RaisedInReview!.MeetingDate).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var officers = await Officers.ItemsAsync(db, cancellationToken);
        var next = await db.CrimeReviews.AsNoTracking().Where(r => r.AreasKey == meeting.AreasKey && (r.MeetingDate > meeting.MeetingDate || (r.MeetingDate == meeting.MeetingDate && r.Id > meeting.Id)))
            .OrderBy(r => r.MeetingDate).ThenBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return new MeetingViewModel(meeting, ReviewSnapshot.FromJson(meeting.SnapshotJson), items, form, officers, next);
    }
}

public sealed record MeetingRow(int Id, DateOnly MeetingDate, DateOnly PeriodEnd, IReadOnlyList<string> Areas, string Attendees, int OpenItems);

public sealed record NewMeetingViewModel(NewMeetingForm Form, IReadOnlyList<SelectListItem> Areas);

public sealed record MeetingViewModel(CrimeReview Meeting, ReviewSnapshot? Snapshot, IReadOnlyList<CrimeActionItem> Items, ActionItemForm Form,
    IReadOnlyList<SelectListItem> Officers, int? NextMeetingId)
{
    public string AreasText => Meeting.Areas.Count == 0 ? "Citywide" : string.Join(", ", Meeting.Areas.Select(a => a.Area?.Name));
}
