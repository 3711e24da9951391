using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>The list of review meetings, latest first, with how many items each still has open.</summary>
public sealed partial class CrimeReviewsController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var meetings = await db.CrimeReviews.AsNoTracking().OrderByDescending(r => r.MeetingDate).ThenByDescending(r => r.Id).Take(200)
            .Select(r => new MeetingRow(r.Id, r.MeetingDate, r.PeriodEnd, r.Areas.Select(a => a.Area!.Name).ToList(), r.Attendees,
                db.CrimeActionItems.Count(i => i.CurrentReviewId == r.Id && (i.Status == ActionItemStatus.Open || i.Status == ActionItemStatus.InProgress))))
            .ToListAsync(cancellationToken);
        return View(meetings);
    }
}

public sealed record MeetingRow(int Id, DateOnly MeetingDate, DateOnly PeriodEnd, IReadOnlyList<string> Areas, string Attendees, int OpenItems);
