using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>Stop a card (lost, or its program ended): its address then says so and takes no answers. Answers already given stay.</summary>
public sealed partial class ManageFeedbackController
{
    [HttpPost("{id:int}/retire")]
    public async Task<IActionResult> Retire(int id, CancellationToken cancellationToken)
    {
        var card = await db.FeedbackCards.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (card is null)
        {
            return NotFound();
        }

        if (card.RetiredUtc is null)
        {
            card.RetiredUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        this.SetStatus("The card is stopped: its address no longer takes answers.");
        return LocalRedirect("/manage/feedback");
    }
}
