using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>
/// Emails to a concern's reporter, through the outbox (saved with the change that causes them). Nobody has verified
/// the address, so an email carries only the portal's (and staff's) own text: never what the reporter typed, not
/// even their name as the recipient's, or anyone could make the department send a stranger their wording.
/// Who is emailed when is <see cref="ConcernIntake.EmailTo"/>.
/// </summary>
public sealed class ConcernEmails(Outbox outbox, LinkBuilder links, Presentations.StatusLinks statusLinks)
{
    /// <summary>Each email gets a private link of its own to the concern's status page (made only when the email is sent).</summary>
    private string Follow(Concern c) =>
        $"See your concern's status at any time with this private link (do not forward it: anyone with it can see the status):\n{statusLinks.NewFor(c)}\n\n" +
        $"You can also follow it at {links.Absolute("/status")} with your reference code {c.ReferenceCode} and this email address.";

    public void Received(Concern c)
    {
        if (ConcernIntake.EmailTo(c, ConcernNews.Received) is { } to)
        {
            outbox.Enqueue("ConcernReceived", to, null, $"We received your concern ({c.ReferenceCode})",
                $"Thank you for telling us. Your reference code is {c.ReferenceCode}.\n\n{Follow(c)}\n\nThis is not for emergencies: call 911.");
        }
    }

    /// <summary>A public update is emailed; an internal note is not.</summary>
    public void Updated(Concern c, string body, bool isPublic)
    {
        if (ConcernIntake.EmailTo(c, isPublic ? ConcernNews.PublicUpdate : ConcernNews.InternalNote) is { } to)
        {
            outbox.Enqueue("ConcernUpdate", to, null, $"An update on your concern {c.ReferenceCode}", $"{body}\n\n{Follow(c)}");
        }
    }

    /// <summary>Call after every status change: only resolving or closing is emailed.</summary>
    public void StatusChanged(Concern c)
    {
        if (ConcernIntake.EmailTo(c, ConcernNews.StatusChanged) is { } to)
        {
            var reason = c.ResolutionReason is null ? "" : $"\n\n{c.ResolutionReason}";
            outbox.Enqueue("ConcernStatus", to, null, $"Your concern {c.ReferenceCode}: {ConcernRules.Label(c.Status)}",
                $"Your concern is now {Sentence.Inside(ConcernRules.Label(c.Status))}.{reason}\n\n{Follow(c)}");
        }
    }
}
