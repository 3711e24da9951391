namespace WestMemphis.Pact.Web.Features.Events;

public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>Hours before a shift when the first and the second reminder go out.</summary>
    public double FirstReminderHours { get; set; } = 48;
    public double SecondReminderHours { get; set; } = 2;

    /// <summary>How often the reminder worker looks for due reminders; 0 switches it off.</summary>
    public double ReminderPollSeconds { get; set; } = 60;

    /// <summary>How long a cleared background check stays valid, in months from the day it was done.</summary>
    public int BackgroundCheckValidMonths { get; set; } = 24;

    /// <summary>How many days before a background check ends the volunteer and the coordinator are reminded.</summary>
    public int BackgroundCheckReminderDays { get; set; } = 30;

    /// <summary>The volunteer waiver's current version; accepting it is stored with the version and time.</summary>
    public string WaiverVersion { get; set; } = "2026-1";
}
