using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Web.Features.Liaison;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>A meeting's page: its frozen figures, its action items and the form to add one.</summary>
public sealed partial class CrimeReviewsController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await DetailsModelAsync(id, new ReviewActionItemForm(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    private async Task<MeetingViewModel?> DetailsModelAsync(int id, ReviewActionItemForm form, CancellationToken cancellationToken)
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

public sealed record MeetingViewModel(CrimeReview Meeting, ReviewSnapshot? Snapshot, IReadOnlyList<CrimeActionItem> Items, ReviewActionItemForm Form,
    IReadOnlyList<SelectListItem> Officers, int? NextMeetingId)
{
    public string AreasText => Meeting.Areas.Count == 0 ? "Citywide" : string.Join(", ", Meeting.Areas.Select(a => a.Area?.Name));
}
