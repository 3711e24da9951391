using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>
/// Asks a requester (once their visit is completed) or a reporter (once their concern is resolved) the card's three
/// questions, once per record: the invitation and its email join the caller's unit of work, so both are saved, or
/// neither, with the change that prompted them.
/// </summary>
public sealed class FeedbackInvitations(AppDbContext db, Outbox outbox, LinkBuilder links, TimeProvider clock)
{
    public const string EmailKind = "FeedbackAsked";

    public async Task AskOnceAsync(string sourceKind, int sourceId, FeedbackProgram program, int? areaId, string email, string? name, CancellationToken cancellationToken)
    {
        var key = FeedbackRules.SourceKey(sourceKind, sourceId);
        if (await db.FeedbackInvitations.AnyAsync(i => i.SourceKey == key, cancellationToken) || db.FeedbackInvitations.Local.Any(i => i.SourceKey == key))
        {
            return;
        }

        var token = FeedTokens.New();
        db.FeedbackInvitations.Add(new FeedbackInvitation
        {
            SourceKey = key,
            TokenHash = FeedTokens.Hash(token),
            Program = program,
            AreaId = areaId,
            SentUtc = clock.GetUtcNow().UtcDateTime,
        });
        var about = FeedbackRules.Describe(program, null);
        var questions = string.Join("\n", FeedbackRules.Questions.Select(q => "- " + q.Text));
        outbox.Enqueue(EmailKind, email, name, "Three questions about " + about,
            $"Thank you for contacting the West Memphis Police Department's Community Engagement Unit. Would you tell us how we did with {about}? "
            + $"Three questions, one click each, and your answers are anonymous: we keep no name, email or address with them, and nobody can tell which answers are yours.\n\n"
            + $"{questions}\n\nAnswer here: {links.Absolute("/feedback/answer/" + token)}\n\n"
            + "We ask once and will not send a reminder. You get this email because you "
            + (program == FeedbackProgram.ResolvedConcern ? "raised a neighborhood concern with us." : "asked us for a visit or a presentation."));
    }
}
