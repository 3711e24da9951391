using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.Domain.Prevention;
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
        return new MeetingViewModel(meeting, ReviewSnapshot.FromJson(meeting.SnapshotJson), items, form, officers, next)
        {
            Flags = await FlagsDoneAsync(meeting, cancellationToken),
        };
    }

    /// <summary>
    /// The flags to show beside the meeting's figures: of its areas (every area for a citywide meeting), raised by the end
    /// of the meeting day, and still on then or cleared only after the previous meeting of the same areas (28 days before,
    /// without one); what was done for each, as the flag's page says it.
    /// </summary>
    private async Task<IReadOnlyList<MeetingFlag>> FlagsDoneAsync(CrimeReview meeting, CancellationToken cancellationToken)
    {
        var areaIds = meeting.Areas.Select(a => a.AreaId).ToList();
        var previous = await db.CrimeReviews.AsNoTracking().Where(r => r.AreasKey == meeting.AreasKey && (r.MeetingDate < meeting.MeetingDate || (r.MeetingDate == meeting.MeetingDate && r.Id < meeting.Id)))
            .OrderByDescending(r => r.MeetingDate).ThenByDescending(r => r.Id).Select(r => (DateOnly?)r.MeetingDate).FirstOrDefaultAsync(cancellationToken);
        var until = CentralTimeZone.StartOfDayUtc(meeting.MeetingDate.AddDays(1), CentralTime.Zone);
        var since = CentralTimeZone.StartOfDayUtc(previous ?? meeting.MeetingDate.AddDays(-28), CentralTime.Zone);
        var flags = await db.CrimeFlagAlerts.AsNoTracking()
            .Where(a => (areaIds.Count == 0 || areaIds.Contains(a.AreaId)) && a.SentUtc < until && (a.ClearedUtc == null || a.ClearedUtc >= since))
            .OrderBy(a => a.Area!.SortOrder).ThenBy(a => a.Category).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Area!.Name, a.Category, a.Current, a.Previous, a.SentUtc, a.ClearedUtc }).ToListAsync(cancellationToken);
        if (flags.Count == 0)
        {
            return [];
        }

        var done = await records.ForAsync(flags.Select(f => f.Id).ToList(), cancellationToken);
        return flags.Select(f => new MeetingFlag(f.Id, f.Name, f.Category, f.Current, f.Previous, f.SentUtc, f.ClearedUtc, done[f.Id])).ToList();
    }
}

public sealed record MeetingFlag(int AlertId, string AreaName, ReviewCategory Category, int Current, int Previous, DateTime RaisedUtc, DateTime? ClearedUtc,
    FlagRecordSummary Record);

public sealed record MeetingViewModel(CrimeReview Meeting, ReviewSnapshot? Snapshot, IReadOnlyList<CrimeActionItem> Items, ReviewActionItemForm Form,
    IReadOnlyList<SelectListItem> Officers, int? NextMeetingId)
{
    /// <summary>The flags of the meeting's areas open at the meeting or raised since the previous meeting, and what was done for each.</summary>
    public IReadOnlyList<MeetingFlag> Flags { get; init; } = [];

    public string AreasText => Meeting.Areas.Count == 0 ? "Citywide" : string.Join(", ", Meeting.Areas.Select(a => a.Area?.Name));
}
