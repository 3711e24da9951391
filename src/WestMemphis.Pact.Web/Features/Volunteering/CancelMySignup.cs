using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>A resident cancels their own sign-up (while the rules allow it); the seat goes to the waitlist.</summary>
public sealed partial class VolunteeringController
{
    [HttpPost("/signups/{id:long}/cancel")]
    public async Task<IActionResult> Cancel(long id, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await signups.CancelAsync(id, UserId, cancellationToken);
        if (result.Outcome == CancelOutcome.NotFound)
        {
            return NotFound();
        }

        this.SetStatus(result.Outcome switch
        {
            CancelOutcome.Cancelled => "Your sign-up is cancelled. Thank you for letting us know.",
            CancelOutcome.Refused => result.Message!,
            _ => "That sign-up was already cancelled.",
        });
        var back = SafeLocal(returnUrl);
        if (back is null)
        {
            var e = await db.Signups.Where(s => s.Id == id).Select(s => new { s.Shift!.EventId, s.Shift.Event!.Title }).FirstAsync(cancellationToken);
            back = Slug.EventPath(e.EventId, e.Title);
        }

        return LocalRedirect(back);
    }
}
