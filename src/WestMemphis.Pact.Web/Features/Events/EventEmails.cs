using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>What a shift or an event looks like in an email; built before the transaction that queues it.</summary>
public sealed record ShiftMailInfo(int EventId, string EventTitle, string Location, DateTime EventStartUtc, DateTime EventEndUtc,
    EventStatus EventStatus, string? Description, int ShiftId, string Role, DateTime StartUtc, DateTime EndUtc);

/// <summary>The events feature's emails, queued through the outbox in the caller's transaction.</summary>
public sealed class EventEmails(Outbox outbox, LinkBuilder links, TimeProvider clock)
{
    private const string Signature = "\n\nPACT West Memphis — Police And Community Togetherness\nQuestions? Call 870-735-1210 or 901-205-8444. For emergencies call 911.";

    public void SignupConfirmed(string to, string? name, ShiftMailInfo shift, long signupId)
    {
        var message = outbox.Enqueue("SignupConfirmed", to, name, $"You're signed up: {shift.Role} at {shift.EventTitle}",
            $"Hello {name},\n\nThank you for volunteering. You are confirmed for:\n\n{Describe(shift)}\n\nCan't make it? Cancel on My PACT so someone on the waitlist can take your place: {links.Absolute("/my")}\n\nThe attached calendar file adds the shift to your calendar.{Signature}");
        Attach(message, shift, signupId);
    }

    public void Waitlisted(string to, string? name, ShiftMailInfo shift, int position) =>
        outbox.Enqueue("SignupWaitlisted", to, name, $"You're on the waitlist: {shift.Role} at {shift.EventTitle}",
            $"Hello {name},\n\nThe shift is full, so you are number {position} on the waitlist for:\n\n{Describe(shift)}\n\nIf a place opens you move up automatically and we email you at once.\nSee your sign-ups: {links.Absolute("/my")}{Signature}");

    public void AwaitingConsent(string to, string? name, ShiftMailInfo shift) =>
        outbox.Enqueue("SignupAwaitingConsent", to, name, $"Waiting for your parent or guardian: {shift.Role} at {shift.EventTitle}",
            $"Hello {name},\n\nWe have your sign-up for:\n\n{Describe(shift)}\n\nBecause you are under 18, it is waiting for your parent or guardian's consent: we emailed them a link. Until they agree, the sign-up holds no place on the shift. When they consent you are confirmed if the shift still has room, and we email you either way.\nSee your sign-ups: {links.Absolute("/my")}{Signature}");

    public void Promoted(string to, string? name, ShiftMailInfo shift, long signupId)
    {
        var message = outbox.Enqueue("WaitlistPromoted", to, name, $"A place opened up: you're confirmed for {shift.Role} at {shift.EventTitle}",
            $"Hello {name},\n\nGood news: a place opened and you moved off the waitlist. You are now confirmed for:\n\n{Describe(shift)}\n\nIf you can no longer come, please cancel on My PACT: {links.Absolute("/my")}{Signature}");
        Attach(message, shift, signupId);
    }

    public void Reminder(string to, string? name, ShiftMailInfo shift, string when) =>
        outbox.Enqueue("ShiftReminder", to, name, $"Reminder: {shift.Role} at {shift.EventTitle} {when}",
            $"Hello {name},\n\nA reminder that you are volunteering {when}:\n\n{Describe(shift)}\n\nCan't make it? Cancel on My PACT: {links.Absolute("/my")}{Signature}");

    public void EventChanged(string to, string? name, ShiftMailInfo shift, string whatChanged) =>
        outbox.Enqueue("EventChanged", to, name, $"Changed: {shift.EventTitle}",
            $"Hello {name},\n\n{whatChanged}\n\nYour shift now reads:\n\n{Describe(shift)}\n\nDetails: {links.Absolute(Slug.EventPath(shift.EventId, shift.EventTitle))}{Signature}");

    public void EventCancelled(string to, string? name, ShiftMailInfo shift, string reason) =>
        outbox.Enqueue("EventCancelled", to, name, $"Cancelled: {shift.EventTitle}",
            $"Hello {name},\n\nWe are sorry: {shift.EventTitle} ({CentralTime.FormatRange(shift.EventStartUtc, shift.EventEndUtc)}) has been cancelled.\n\nReason: {reason}\n\nYour shift ({shift.Role}) will not take place. Thank you for offering your time.{Signature}");

    public void CoordinatorMessage(string to, string? name, string eventTitle, string subject, string body) =>
        outbox.Enqueue("EventMessage", to, name, $"{eventTitle}: {subject}", $"Hello {name},\n\n{body}{Signature}");

    public void NewEvent(string to, string? name, Event e, string? areaName) =>
        outbox.Enqueue("EventPublished", to, name, $"New event: {e.Title}",
            $"Hello {name},\n\nA new event matches what you follow:\n\n{e.Title} ({EventTypes.Name(e.Type)})\n{CentralTime.FormatRange(e.StartUtc, e.EndUtc)}\n{e.Location}{(areaName is null ? "" : " (" + areaName + ")")}\n\nDetails: {links.Absolute(Slug.EventPath(e.Id, e.Title))}\n\nStop these emails at {links.Absolute("/my/follows")}.{Signature}");

    private static string Describe(ShiftMailInfo shift) =>
        $"{shift.EventTitle}\n{shift.Role}: {CentralTime.FormatRange(shift.StartUtc, shift.EndUtc)} (Central time)\n{shift.Location}";

    private void Attach(OutboxMessage message, ShiftMailInfo shift, long signupId)
    {
        var item = new CalendarItem(EventCalendar.ShiftUid(signupId), $"{shift.Role} — {shift.EventTitle}", shift.Description,
            shift.Location, shift.StartUtc, shift.EndUtc, false, links.Absolute(Slug.EventPath(shift.EventId, shift.EventTitle)));
        message.AttachmentName = "shift.ics";
        message.AttachmentContentType = "text/calendar";
        message.AttachmentContent = EventCalendar.Bytes("PACT volunteer shift", [item], clock.GetUtcNow().UtcDateTime);
    }
}
