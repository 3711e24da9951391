using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>
/// Answer the questions from the one email sent after a completed visit or a resolved concern. The link works once;
/// the answer is stored like a card's, with nothing pointing back to the invitation or the person.
/// </summary>
public sealed partial class FeedbackController
{
    private const string InvitationNotFound = "This link does not work: it was copied incompletely, or the questions were already answered. Thank you either way; you can call 870-735-1210.";

    [HttpGet("feedback/answer/{token}"), RedactInLogs("token")]
    public async Task<IActionResult> Invitation(string token, CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var invitation = await FindInvitationAsync(token, cancellationToken);
        return invitation is null ? InvitationMissing() : View("Answer", await PageForAsync(invitation, token, new FeedbackForm(), cancellationToken));
    }

    [HttpPost("feedback/answer/{token}"), RedactInLogs("token"), FormBudget]
    public async Task<IActionResult> AnswerInvitation(string token, FeedbackForm form, [FromServices] IValidator<FeedbackForm> validator, CancellationToken cancellationToken)
    {
        var invitation = await FindInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return InvitationMissing();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Answer", await PageForAsync(invitation, token, form, cancellationToken));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // Claimed by a conditional update, so a double click (or two tabs) stores one answer.
        var claimed = await db.FeedbackInvitations.Where(i => i.Id == invitation.Id && i.AnsweredUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AnsweredUtc, Domain.CentralTimeZone.DayStartUtc(now)), cancellationToken);
        if (claimed == 1)
        {
            db.FeedbackResponses.Add(form.ToResponse(invitation.Program, invitation.AreaId, null, FeedbackSource.Email, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        return LocalRedirect(Thanks);
    }

    private async Task<FeedbackInvitation?> FindInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (!FeedTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = FeedTokens.Hash(token);
        return await db.FeedbackInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash && i.AnsweredUtc == null, cancellationToken);
    }

    private async Task<FeedbackPage> PageForAsync(FeedbackInvitation invitation, string token, FeedbackForm form, CancellationToken cancellationToken)
    {
        var area = invitation.AreaId is { } id ? await db.Areas.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return new(FeedbackRules.Describe(invitation.Program, area), $"/feedback/answer/{token}", form);
    }

    private ViewResult InvitationMissing()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        ModelState.AddModelError("", InvitationNotFound);
        return View("Missing");
    }
}
