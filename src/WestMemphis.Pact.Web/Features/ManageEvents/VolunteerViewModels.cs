using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

public sealed record VolunteerRow(string UserId, string Name, string? Email, string Phone, string? Area, AgeGroup AgeGroup, BackgroundCheckStatus BackgroundCheck,
    DateTime? BackgroundCheckUtc, int ShiftsAttended, double Hours, double ApprovedHours);

public sealed record VolunteersViewModel(VolunteerFilter Filter, IReadOnlyList<VolunteerRow> Rows, BackgroundCheckTerms Checks, bool OnlyEnding = false,
    IReadOnlyList<WaitingConsentRow>? WaitingForConsent = null, int WaitingCount = 0);

/// <summary>A minor waiting for their guardian's consent, as the coordinator's list shows it (the guardian's email masked).</summary>
public sealed record WaitingConsentRow(string UserId, string Name, AgeGroup AgeGroup, string? GuardianName, string? GuardianEmail, DateTime? SinceUtc, int SignupsWaiting);

public sealed record VolunteerDetailsViewModel(VolunteerProfile Profile, IReadOnlyList<RosterRow> History, BackgroundCheckTerms Checks);

/// <summary>How long a check lasts and when it is "ending soon" (Events options), with today's instant: what a page needs to say where a check stands.</summary>
public sealed record BackgroundCheckTerms(int ValidMonths, int ReminderDays, DateTime NowUtc)
{
    public BackgroundCheckStanding Standing(BackgroundCheckStatus status, DateTime? checkedUtc) =>
        BackgroundChecks.Standing(status, checkedUtc, NowUtc, ValidMonths, ReminderDays);

    /// <summary>"Cleared on Mon, Mar 4, 2024; valid until Wed, Mar 4, 2026", "Expired on …", or the status alone.</summary>
    public string Describe(BackgroundCheckStatus status, DateTime? checkedUtc)
    {
        var label = status switch
        {
            BackgroundCheckStatus.NotStarted => "Not started",
            BackgroundCheckStatus.Pending => "Pending",
            BackgroundCheckStatus.Cleared => "Cleared",
            _ => "Not cleared",
        };
        if (BackgroundChecks.ExpiresUtc(status, checkedUtc, ValidMonths) is not { } ends)
        {
            return checkedUtc is { } d ? $"{label} ({CentralTime.FormatDate(d)})" : label;
        }

        return Standing(status, checkedUtc) switch
        {
            BackgroundCheckStanding.Expired => $"Expired on {CentralTime.FormatDate(ends)} (cleared {CentralTime.FormatDate(checkedUtc!.Value)})",
            BackgroundCheckStanding.ExpiringSoon => $"Cleared; ends soon, on {CentralTime.FormatDate(ends)}",
            _ => $"Cleared on {CentralTime.FormatDate(checkedUtc!.Value)}; valid until {CentralTime.FormatDate(ends)}",
        };
    }
}
