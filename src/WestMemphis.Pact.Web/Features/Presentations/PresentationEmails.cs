using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>What a requester is told, queued through the outbox in the caller's transaction. Every email points to /status.</summary>
public sealed class PresentationEmails(Outbox outbox, LinkBuilder links, TimeProvider clock)
{
    private const string Signature = "\n\nPACT West Memphis — Police And Community Togetherness\nCommunity Outreach Coordinator: 870-735-1210 or 901-205-8444. For emergencies call 911.";

    public static string AppearanceUid(int appearanceId) => $"appearance-{appearanceId}@pact.westmemphis.example";

    private string StatusHelp(PresentationRequest r) =>
        $"Your reference code is {r.ReferenceCode}. Follow your request at {links.Absolute("/status")} with this code and this email address.";

    public void Received(PresentationRequest r) =>
        outbox.Enqueue("PresentationReceived", r.RequesterEmail, r.RequesterName, $"We received your request ({r.ReferenceCode})",
            $"Hello {r.RequesterName},\n\nThank you. We received your request for a {PresentationLabels.Name(r.Kind).ToLowerInvariant()} at {r.Location}.\n\nYour preferred times:\n{string.Join("\n", r.Options().Select((o, i) => $"{i + 1}. {CentralTime.FormatRange(o.StartUtc, o.EndUtc)}"))}\n\nThe Community Outreach Coordinator will be in touch. {StatusHelp(r)}{Signature}");

    public void Message(PresentationRequest r, string body) =>
        outbox.Enqueue("PresentationMessage", r.RequesterEmail, r.RequesterName, $"About your request {r.ReferenceCode}",
            $"Hello {r.RequesterName},\n\n{body}\n\n{StatusHelp(r)}{Signature}");

    public void Declined(PresentationRequest r, string reason) =>
        outbox.Enqueue("PresentationDeclined", r.RequesterEmail, r.RequesterName, $"Your request {r.ReferenceCode}",
            $"Hello {r.RequesterName},\n\nWe are sorry: we cannot take your request for a {PresentationLabels.Name(r.Kind).ToLowerInvariant()} at {r.Location}.\n\nReason: {reason}\n\n{StatusHelp(r)}{Signature}");

    public void Scheduled(PresentationRequest r, Appearance a, bool rusty, bool changed)
    {
        var what = r.Kind == PresentationKind.NationalNightOut
            ? $"Officers{(rusty ? " and Rusty the Crime Dog" : "")} will stop by your National Night Out party between {CentralTime.FormatRange(a.StartUtc, a.EndUtc)} (Central time)."
            : $"{PresentationLabels.Name(r.Kind)}{(rusty ? ", with Rusty the Crime Dog" : "")}: {CentralTime.FormatRange(a.StartUtc, a.EndUtc)} (Central time).";
        var message = outbox.Enqueue(changed ? "PresentationChanged" : "PresentationScheduled", r.RequesterEmail, r.RequesterName,
            changed ? $"Changed: your visit {r.ReferenceCode}" : $"Scheduled: your visit {r.ReferenceCode}",
            $"Hello {r.RequesterName},\n\n{(changed ? "The time or team of your visit has changed. It now reads:" : "Your visit is scheduled.")}\n\n{what}\n{a.Location}\n\nThe attached calendar file adds it to your calendar. {StatusHelp(r)}{Signature}");
        message.AttachmentName = "visit.ics";
        message.AttachmentContentType = "text/calendar";
        message.AttachmentContent = EventCalendar.Bytes("PACT visit",
            [new CalendarItem(AppearanceUid(a.Id), $"PACT: {PresentationLabels.Name(r.Kind)}", null, a.Location, a.StartUtc, a.EndUtc, false, links.Absolute("/status"))],
            clock.GetUtcNow().UtcDateTime);
    }

    public void Reminder(PresentationRequest r, Appearance a) =>
        outbox.Enqueue("PresentationReminder", r.RequesterEmail, r.RequesterName, $"Reminder: your PACT visit {CentralTime.FormatDate(a.StartUtc)}",
            $"Hello {r.RequesterName},\n\nA reminder of your visit:\n\n{PresentationLabels.Name(r.Kind)}: {CentralTime.FormatRange(a.StartUtc, a.EndUtc)} (Central time)\n{a.Location}\n\nIf anything has changed, call 870-735-1210. {StatusHelp(r)}{Signature}");
}
