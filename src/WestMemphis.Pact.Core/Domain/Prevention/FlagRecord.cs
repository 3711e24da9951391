namespace WestMemphis.Pact.Domain.Prevention;

/// <summary>A prevention message as the flag's record counts it.</summary>
public sealed record FlagMessageFact(int Id, string Subject, PreventionMessageStatus Status, int? Recipients, DateTime? SentUtc);

/// <summary>An event made from the flag: its status and how many checked in (attended sign-ups).</summary>
public sealed record FlagEventFact(int EventId, string Title, EventType Type, EventStatus Status, DateTime StartUtc, int Attended);

/// <summary>What was done for a flag, in figures and in words.</summary>
public sealed record FlagRecordSummary(int MessagesSent, int PeopleReached, int DraftsWaiting, int Events, int EventsHeld, int Attended, int Contacts,
    IReadOnlyList<string> Lines)
{
    public bool NothingYet => MessagesSent == 0 && DraftsWaiting == 0 && Events == 0 && Contacts == 0;
}

/// <summary>
/// What was done for a flag (docs/decisions/0027): prevention messages sent and to how many, drafts still waiting,
/// events made from it with their attendance (checked-in sign-ups; a cancelled event counts as made, not held), and
/// officers' contacts logged in the area since the flag was raised. The flag page and the review meeting page show the
/// same words.
/// </summary>
public static class FlagRecordRules
{
    public static FlagRecordSummary Summarize(IReadOnlyList<FlagMessageFact> messages, IReadOnlyList<FlagEventFact> events, int contacts)
    {
        var sent = messages.Where(m => m.Status == PreventionMessageStatus.Sent).ToList();
        var reached = sent.Sum(m => m.Recipients ?? 0);
        var waiting = messages.Count(m => m.Status == PreventionMessageStatus.Draft);
        var live = events.Where(e => e.Status != EventStatus.Cancelled).ToList();
        var held = live.Count(e => e.Status == EventStatus.Completed);
        var attended = live.Sum(e => e.Attended);
        var lines = new List<string>();
        if (sent.Count > 0)
        {
            lines.Add($"{Count(sent.Count, "prevention message")} sent to {Count(reached, "follower")} of the area.");
        }

        if (waiting > 0)
        {
            lines.Add($"{Count(waiting, "draft")} waiting for a coordinator's approval.");
        }

        foreach (var e in events)
        {
            var name = Domain.EventTypes.Name(e.Type);
            lines.Add(e.Status switch
            {
                EventStatus.Draft => $"{name} \"{e.Title}\": planned (draft, not yet published).",
                EventStatus.Published => $"{name} \"{e.Title}\": published{(e.Attended > 0 ? $", {Count(e.Attended, "person")} checked in so far" : "")}.",
                EventStatus.Completed => $"{name} \"{e.Title}\": held, {Count(e.Attended, "person")} checked in.",
                _ => $"{name} \"{e.Title}\": cancelled.",
            });
        }

        if (contacts > 0)
        {
            lines.Add($"{Count(contacts, "contact")} logged by officers in the area since the flag was raised.");
        }

        if (lines.Count == 0)
        {
            lines.Add("Nothing recorded yet.");
        }

        return new FlagRecordSummary(sent.Count, reached, waiting, live.Count, held, attended, contacts, lines);
    }

    private static string Count(int n, string noun) =>
        n == 1 ? $"1 {noun}" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n:N0} {(noun == "person" ? "people" : noun + "s")}");
}
