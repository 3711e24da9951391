using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>
/// Emails to a concern's reporter, through the outbox (saved with the change that causes them). Nobody has verified
/// the address, so an email carries only the portal's (and staff's) own text: never what the reporter typed, not
/// even their name as the recipient's, or anyone could make the department send a stranger their wording.
/// </summary>
public sealed class ConcernEmails(Outbox outbox, LinkBuilder links)
{
    private string Follow(Concern c) =>
        $"Follow it at {links.Absolute("/status")} with your reference code {c.ReferenceCode} and this email address.";

    public void Received(Concern c)
    {
        if (c.ReporterEmail is { } to)
        {
            outbox.Enqueue("ConcernReceived", to, null, $"We received your concern ({c.ReferenceCode})",
                $"Thank you for telling us. Your reference code is {c.ReferenceCode}.\n\n{Follow(c)}\n\nThis is not for emergencies: call 911.");
        }
    }

    public void PublicUpdate(Concern c, string body)
    {
        if (c.ReporterEmail is { } to)
        {
            outbox.Enqueue("ConcernUpdate", to, null, $"An update on your concern {c.ReferenceCode}", $"{body}\n\n{Follow(c)}");
        }
    }

    public void StatusChanged(Concern c)
    {
        if (c.ReporterEmail is { } to)
        {
            var reason = c.ResolutionReason is null ? "" : $"\n\n{c.ResolutionReason}";
            outbox.Enqueue("ConcernStatus", to, null, $"Your concern {c.ReferenceCode}: {ConcernRules.Label(c.Status)}",
                $"Your concern is now {ConcernRules.Label(c.Status).ToLowerInvariant()}.{reason}\n\n{Follow(c)}");
        }
    }
}
