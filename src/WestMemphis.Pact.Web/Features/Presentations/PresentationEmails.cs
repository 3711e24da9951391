using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// What a requester is told, queued through the outbox in the caller's transaction. Every email carries a private link
/// of its own that opens the request's status page (<see cref="StatusLinks"/>), and names /status and the code as well.
/// Nobody has verified the requester's address, so an email carries only the portal's own text (and what staff wrote):
/// the reference code, times staff chose, and the link. Never the requester's name, place, organisation or notes, or
/// anyone could make the department email a stranger with their wording; what was asked is on the status page.
/// </summary>
public sealed class PresentationEmails(Outbox outbox, LinkBuilder links, StatusLinks statusLinks, TimeProvider clock)
{
    private const string Signature = "\n\nPACT West Memphis — Police And Community Togetherness\nCommunity Outreach Coordinator: 870-735-1210 or 901-205-8444. For emergencies call 911.";

    public static string AppearanceUid(int appearanceId) => $"appearance-{appearanceId}@pact.westmemphis.example";

    private string StatusHelp(PresentationRequest r) => StatusHelp(r, statusLinks.NewFor(r));

    private string StatusHelp(PresentationRequest r, string privateLink) =>
        $"See your request's status at any time with this private link (do not forward it: anyone with it can see the status):\n{privateLink}\n\n" +
        $"Your reference code is {r.ReferenceCode}. You can also follow your request at {links.Absolute("/status")} with this code and this email address.";

    /// <summary>Queues the "received" email; returns the private status link made for it, for the sent page too.</summary>
    public string Received(PresentationRequest r)
    {
        var privateLink = statusLinks.NewFor(r);
        outbox.Enqueue("PresentationReceived", r.RequesterEmail, null, $"We received your request ({r.ReferenceCode})",
            $"Hello,\n\nThank you. We received your request for a {Sentence.Inside(PresentationLabels.Name(r.Kind))}. What you asked for is shown on the status page.\n\nThe Community Outreach Coordinator will be in touch. {StatusHelp(r, privateLink)}\n\nIf you did not ask for this, you can ignore this email.{Signature}");
        return privateLink;
    }

    public void Message(PresentationRequest r, string body) =>
        outbox.Enqueue("PresentationMessage", r.RequesterEmail, null, $"About your request {r.ReferenceCode}",
            $"Hello,\n\n{body}\n\n{StatusHelp(r)}{Signature}");

    public void Declined(PresentationRequest r, string reason) =>
        outbox.Enqueue("PresentationDeclined", r.RequesterEmail, null, $"Your request {r.ReferenceCode}",
            $"Hello,\n\nWe are sorry: we cannot take your request for a {Sentence.Inside(PresentationLabels.Name(r.Kind))}.\n\nReason: {reason}\n\n{StatusHelp(r)}{Signature}");

    public void Scheduled(PresentationRequest r, Appearance a, bool rusty, bool changed)
    {
        var what = r.Kind == PresentationKind.NationalNightOut
            ? $"Officers{(rusty ? " and Rusty the Crime Dog" : "")} will stop by your National Night Out party between {CentralTime.FormatRange(a.StartUtc, a.EndUtc)} (Central time)."
            : $"{PresentationLabels.Name(r.Kind)}{(rusty ? ", with Rusty the Crime Dog" : "")}: {CentralTime.FormatRange(a.StartUtc, a.EndUtc)} (Central time).";
        var privateLink = statusLinks.NewFor(r);
        var message = outbox.Enqueue(changed ? "PresentationChanged" : "PresentationScheduled", r.RequesterEmail, null,
            changed ? $"Changed: your visit {r.ReferenceCode}" : $"Scheduled: your visit {r.ReferenceCode}",
            $"Hello,\n\n{(changed ? "The time or team of your visit has changed. It now reads:" : "Your visit is scheduled.")}\n\n{what}\n\nThe place is shown on the status page. The attached calendar file adds the visit to your calendar. {StatusHelp(r, privateLink)}{Signature}");
        message.AttachmentName = "visit.ics";
        message.AttachmentContentType = "text/calendar";
        message.AttachmentContent = EventCalendar.Bytes("PACT visit",
            [new CalendarItem(AppearanceUid(a.Id), $"PACT: {PresentationLabels.Name(r.Kind)}", null, "See the status page", a.StartUtc, a.EndUtc, false, links.Absolute("/status"))],
            clock.GetUtcNow().UtcDateTime);
    }

    public void Reminder(PresentationRequest r, Appearance a) =>
        outbox.Enqueue("PresentationReminder", r.RequesterEmail, null, $"Reminder: your PACT visit {CentralTime.FormatDate(a.StartUtc)}",
            $"Hello,\n\nA reminder of your visit:\n\n{PresentationLabels.Name(r.Kind)}: {CentralTime.FormatRange(a.StartUtc, a.EndUtc)} (Central time)\nThe place is shown on the status page.\n\nIf anything has changed, call 870-735-1210. {StatusHelp(r)}{Signature}");
}
